import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { P } from '../auth/permissions.js';
import { DossierExportService } from './dossier-export.service.js';
import { DossierService } from './dossier.service.js';
import { DossierResponseDto, toDossierResponse } from './dto/dossier-response.dto.js';

@ApiTags('dossiers')
@Controller('assessments/:id/dossier')
export class DossiersController {
  constructor(private readonly dossiers: DossierService, private readonly exports: DossierExportService) {}

  @Get()
  @RequirePermission(P.readDossiers)
  @ApiOperation({ summary: 'The complete record of one assessment, from application to appeals, with its audit entries (admins, auditors)' })
  @ApiOkResponse({ type: DossierResponseDto })
  @ApiNotFoundResponse({ description: 'ASSESSMENT.NOT_FOUND: unknown, or another body' })
  async get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<DossierResponseDto> {
    return toDossierResponse(await this.dossiers.assemble(user, id));
  }

  @Get('export')
  @RequirePermission(P.readDossiers)
  @ApiOperation({ summary: 'The dossier as a streamed ZIP: dossier.json, issued PDFs, evidence files, manifest.json, SHA256SUMS, README.txt (audited)' })
  @ApiProduces('application/zip')
  @ApiOkResponse({ description: 'The ZIP archive', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ description: 'ASSESSMENT.NOT_FOUND: unknown, or another body' })
  async export(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response): Promise<void> {
    const { fileName, stream } = await this.exports.open(user, id);
    res.status(200);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }
}
