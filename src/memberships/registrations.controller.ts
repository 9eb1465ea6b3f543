import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/decorators/public.decorator.js';
import { RegisterCandidateDto, RegistrationResponseDto } from './dto/registration.dto.js';
import { RegistrationsService } from './registrations.service.js';

@ApiTags('registrations')
@Controller('certification-bodies/:bodyId/registrations')
export class RegistrationsController {
  constructor(private readonly registrations: RegistrationsService) {}

  @Public()
  @Post()
  @ApiOperation({ summary: 'Self-register as a candidate (asesi) of a certification body' })
  @ApiCreatedResponse({ type: RegistrationResponseDto })
  @ApiNotFoundResponse({ description: 'Unknown body' })
  @ApiConflictResponse({ description: 'REGISTRATION.EMAIL_TAKEN' })
  register(@Param('bodyId', ParseUUIDPipe) bodyId: string, @Body() dto: RegisterCandidateDto): Promise<RegistrationResponseDto> {
    return this.registrations.registerCandidate(bodyId, dto);
  }
}
