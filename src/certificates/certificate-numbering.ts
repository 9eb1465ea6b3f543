import { DomainError } from '../common/errors/domain-error.js';

/** Registration numbers (No. Reg.) follow this fixed template when the body does not enter BNSP's number. */
export const REGISTRATION_NUMBER_TEMPLATE = 'REG/{BODY}/{YEAR}/{SEQ:6}';

export class CertificateNumberTemplateInvalidError extends DomainError {
  constructor(template: string) {
    super('CERTIFICATE.NUMBER_TEMPLATE_INVALID', `The certificate number template must contain {SEQ:n}: ${template}`);
  }
}

/**
 * Fills a numbering template: {BODY} body code, {SCHEME} scheme code, {YEAR} four digits,
 * {SEQ:n} the sequence zero-padded to n digits. Pure.
 */
export function formatCertificateNumber(template: string, v: { body: string; scheme: string; year: number; seq: number }): string {
  if (!/\{SEQ:\d+\}/.test(template)) throw new CertificateNumberTemplateInvalidError(template);
  return template
    .replaceAll('{BODY}', v.body)
    .replaceAll('{SCHEME}', v.scheme)
    .replaceAll('{YEAR}', String(v.year))
    .replace(/\{SEQ:(\d+)\}/g, (_, n: string) => String(v.seq).padStart(Number(n), '0'));
}
