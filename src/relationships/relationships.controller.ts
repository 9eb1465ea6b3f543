import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import {
  DeclareRelationshipDto, RelationshipQueryDto, RelationshipResponseDto, toRelationshipResponse,
} from './dto/relationship.dto.js';
import { RelationshipsService } from './relationships.service.js';

@ApiTags('relationships')
@Controller('relationships')
export class RelationshipsController {
  constructor(private readonly relationships: RelationshipsService) {}

  @Post()
  @RequirePermission(P.declareRelationships)
  @ApiOperation({ summary: "Declare an assessor's relationship (employer, trained, family, business, other)" })
  @ApiCreatedResponse({ type: RelationshipResponseDto })
  @ApiNotFoundResponse({ description: 'A named user is not a member of the body' })
  @ApiConflictResponse({ description: 'RELATIONSHIP.NOT_AN_ASSESSOR' })
  async declare(@CurrentUser() user: AuthUser, @Body() dto: DeclareRelationshipDto) {
    return toRelationshipResponse(await this.relationships.declare(user, dto));
  }

  @Get()
  @RequirePermission(P.readRelationships)
  @ApiOperation({ summary: 'Relationships naming a user (default: the caller) on either side' })
  @ApiOkResponse({ type: [RelationshipResponseDto] })
  async list(@CurrentUser() user: AuthUser, @Query() q: RelationshipQueryDto) {
    return (await this.relationships.listForUser(user, q.userId)).map(toRelationshipResponse);
  }
}
