import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PerformanceCriterion } from './entities/performance-criterion.entity.js';
import { SchemeElement } from './entities/scheme-element.entity.js';
import { SchemeQuestion } from './entities/scheme-question.entity.js';
import { SchemeUnit } from './entities/scheme-unit.entity.js';
import { SchemeVersion } from './entities/scheme-version.entity.js';
import { Scheme } from './entities/scheme.entity.js';
import { PublicSchemesController } from './public-schemes.controller.js';
import { SchemeAccess } from './scheme-access.js';
import { SchemeContentController } from './scheme-content.controller.js';
import { SchemeContentService } from './scheme-content.service.js';
import { SchemeImportService } from './scheme-import.service.js';
import { SchemeTreeStore } from './scheme-tree.store.js';
import { SchemeVersionsController } from './scheme-versions.controller.js';
import { SchemeVersionsService } from './scheme-versions.service.js';
import { SchemesController } from './schemes.controller.js';
import { SchemesService } from './schemes.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Scheme, SchemeVersion, SchemeUnit, SchemeElement, PerformanceCriterion, SchemeQuestion])],
  controllers: [SchemesController, SchemeVersionsController, SchemeContentController, PublicSchemesController],
  providers: [SchemeAccess, SchemeTreeStore, SchemesService, SchemeVersionsService, SchemeContentService, SchemeImportService],
  exports: [SchemesService, SchemeVersionsService, SchemeImportService],
})
export class SchemesModule {}
