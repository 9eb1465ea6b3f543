import { AppealsModule } from './appeals/appeals.module.js';
import { CertificatesModule } from './certificates/certificates.module.js';
import { ComplaintsModule } from './complaints/complaints.module.js';
import { DecisionsModule } from './decisions/decisions.module.js';
import { IssuedDocumentsModule } from './issued-documents/issued-documents.module.js';

/** Issue 7: decisions, certificates and public verification, issued PDFs, appeals, complaints. */
export const CertificationModules = [IssuedDocumentsModule, CertificatesModule, DecisionsModule, AppealsModule, ComplaintsModule];
