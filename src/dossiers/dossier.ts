import type { AppealDetail } from '../appeals/appeals.service.js';
import type { ApplicationDetail } from '../applications/applications.service.js';
import type { AssessmentPlan } from '../assessment-plans/assessment-plan.entity.js';
import type { AssessmentDetail } from '../assessments/assessments.service.js';
import type { AuditEntry } from '../audit/audit-entry.entity.js';
import type { CertificateDetail } from '../certificates/certificates.service.js';
import type { ConsentView } from '../consents/consents.service.js';
import type { Coverage } from '../coverage/coverage.js';
import type { DecisionDetail } from '../decisions/decisions.service.js';
import type { EthicsStatus } from '../ethics/ethics.service.js';
import type { PortfolioItem } from '../evidence/portfolio-item.entity.js';
import type { AssessmentFeedback } from '../feedback/assessment-feedback.entity.js';
import type { IssuedDocument } from '../issued-documents/issued-document.entity.js';
import type { RecordWithSuccessor } from '../judgements/judgements.service.js';
import type { SignedRecommendation } from '../recommendations/recommendations.service.js';
import type { SelfAssessmentView } from '../self-assessments/dto/self-assessment.dto.js';

/** Everything recorded about one assessment, as each module holds it. */
import type { ReviewWithSuccessor } from '../quality-reviews/quality-reviews.service.js';

export interface Dossier {
  generatedAt: Date;
  assessment: AssessmentDetail;
  application: ApplicationDetail;
  selfAssessment: SelfAssessmentView | null;
  ethics: EthicsStatus;
  plans: AssessmentPlan[];
  consent: ConsentView;
  evidenceRecords: RecordWithSuccessor[];
  portfolioItems: PortfolioItem[];
  coverage: Coverage;
  recommendation: SignedRecommendation | null;
  feedback: AssessmentFeedback | null;
  decision: DecisionDetail | null;
  certificate: CertificateDetail | null;
  appeals: AppealDetail[];
  qualityReviews: ReviewWithSuccessor[];
  documents: IssuedDocument[];
  auditEntries: AuditEntry[];
}
