import { Module } from '@nestjs/common';
import { AppealsModule } from '../appeals/appeals.module.js';
import { ApplicationsModule } from '../applications/applications.module.js';
import { AssessmentPlansModule } from '../assessment-plans/assessment-plans.module.js';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { CertificatesModule } from '../certificates/certificates.module.js';
import { ConsentsModule } from '../consents/consents.module.js';
import { CoverageModule } from '../coverage/coverage.module.js';
import { DecisionsModule } from '../decisions/decisions.module.js';
import { EthicsModule } from '../ethics/ethics.module.js';
import { EvidenceModule } from '../evidence/evidence.module.js';
import { FeedbackModule } from '../feedback/feedback.module.js';
import { IssuedDocumentsModule } from '../issued-documents/issued-documents.module.js';
import { JudgementsModule } from '../judgements/judgements.module.js';
import { RecommendationsModule } from '../recommendations/recommendations.module.js';
import { SelfAssessmentsModule } from '../self-assessments/self-assessments.module.js';
import { QualityReviewsModule } from '../quality-reviews/quality-reviews.module.js';
import { DossierExportService } from './dossier-export.service.js';
import { DossierService } from './dossier.service.js';
import { DossiersController } from './dossiers.controller.js';

/** Auditor access (issue 8): the assessment dossier and its ZIP export, built from each module's own reads. */
@Module({
  imports: [
    ApplicationsModule, SelfAssessmentsModule, AssessmentsModule, EthicsModule, AssessmentPlansModule, ConsentsModule, JudgementsModule, CoverageModule,
    RecommendationsModule, FeedbackModule, DecisionsModule, CertificatesModule, AppealsModule, IssuedDocumentsModule, EvidenceModule,
    QualityReviewsModule,
  ],
  controllers: [DossiersController],
  providers: [DossierService, DossierExportService],
})
export class DossiersModule {}
