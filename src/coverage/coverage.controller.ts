import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { CoverageService } from './coverage.service.js';
import { CoverageResponseDto, toCoverageResponse } from './dto/coverage.dto.js';

@ApiTags('assessment evidence')
@Controller('assessments/:id/coverage')
export class CoverageController {
  constructor(private readonly coverage: CoverageService) {}

  @Get()
  @RequirePermission(P.readAssessmentEvidence)
  @ApiOperation({ summary: 'Coverage matrix: per KUK the current evidence per method, whether satisfied, and the gaps' })
  @ApiOkResponse({ type: CoverageResponseDto })
  @ApiNotFoundResponse({ description: 'ASSESSMENT.NOT_FOUND' })
  async report(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return toCoverageResponse(await this.coverage.report(user, id));
  }
}
