import { renderAssessmentRecord } from './assessment-record.renderer.js';
import { renderCertificate } from './certificate.renderer.js';
import { renderDecisionLetter } from './decision-letter.renderer.js';
import type { DocumentJob } from './document-models.js';

/** Renders any document job in this thread; used directly and by the worker. */
export function renderDocument(job: DocumentJob): Promise<Buffer> {
  switch (job.kind) {
    case 'assessment-record':
      return renderAssessmentRecord(job.model);
    case 'decision-letter':
      return renderDecisionLetter(job.model);
    case 'certificate':
      return renderCertificate(job.model);
  }
}
