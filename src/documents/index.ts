export * from './document-models.js';
export { renderAssessmentRecord } from './assessment-record.renderer.js';
export { renderDecisionLetter } from './decision-letter.renderer.js';
export { renderCertificate } from './certificate.renderer.js';
export { renderQualityReview } from './quality-review.renderer.js';
export { renderDocument } from './render-document.js';
export { sha256, documentHash, isAuthenticIssuedDocument } from './document-hash.js';
export { PdfRenderPool, type RenderedDocument, type PdfRenderPoolOptions } from './pdf-render-pool.js';
export { measureThroughput, type ThroughputOptions } from './pdf-throughput.js';
