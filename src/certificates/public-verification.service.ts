import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConflictError, NotFoundError } from '../common/errors/domain-error.js';
import { onReadReplica } from '../database/read-replica.js';
import { type CertificateStatus, effectiveStatus, STATUS_STATEMENTS, type StoredCertificateStatus } from './certificate-status.js';
import type { CertificateUnitSnapshot } from './certificate.entity.js';
import { todayInJakarta } from './certificates.service.js';
import { VerificationCounter } from './verification-counter.js';

/** Exactly what a verifier may see (ISO/IEC 17024 §7.2): nothing else leaves this service. */
export interface PublicCertificateView {
  holderName: string;
  scheme: { code: string; titleId: string; titleEn: string };
  units: CertificateUnitSnapshot[];
  certificationBody: { name: string; licenseNumber: string };
  issuedOn: string;
  expiresOn: string;
  status: CertificateStatus;
  statement: string;
}

export class CertificateUnknownError extends NotFoundError {
  constructor() {
    super('Certificate');
    this.message = 'No certificate matches. It was not issued by a certification body using this service, or the code or number is mistyped.';
  }
}

export class CertificateNumberAmbiguousError extends ConflictError {
  constructor() {
    super('CERTIFICATE.NUMBER_AMBIGUOUS', 'More than one certification body issued a certificate with this number: verify with the code from its QR instead');
  }
}

interface Row {
  certification_body_id: string; id: string; holder_name: string; scheme_code: string; scheme_title_id: string; scheme_title_en: string;
  units: CertificateUnitSnapshot[]; issued_on: string; expires_on: string; status: StoredCertificateStatus; body_name: string; license_number: string;
}

const SELECT = `SELECT c.certification_body_id, c.id, c.holder_name, c.scheme_code, c.scheme_title_id, c.scheme_title_en, c.units,
  c.issued_on::text AS issued_on, c.expires_on::text AS expires_on, c.status, b.name AS body_name, b.license_number
  FROM certificates c JOIN certification_bodies b ON b.id = c.certification_body_id`;

/** Public verification by code or number: one query on the read replica; the count is added in the background. */
@Injectable()
export class PublicVerificationService {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly counter: VerificationCounter) {}

  async byCode(code: string): Promise<PublicCertificateView> {
    if (!/^[A-Za-z0-9_-]{16,64}$/.test(code)) throw new CertificateUnknownError();
    const rows = await onReadReplica(this.db, (em) => em.query(`${SELECT} WHERE c.verification_code = $1`, [code]) as Promise<Row[]>);
    return this.view(rows);
  }

  async byNumber(number: string): Promise<PublicCertificateView> {
    const rows = await onReadReplica(this.db, (em) => em.query(`${SELECT} WHERE c.certificate_number = $1 LIMIT 2`, [number]) as Promise<Row[]>);
    if (rows.length > 1) throw new CertificateNumberAmbiguousError();
    return this.view(rows);
  }

  private view(rows: Row[]): PublicCertificateView {
    const r = rows[0];
    if (!r) throw new CertificateUnknownError();
    this.counter.count(r.certification_body_id, r.id);
    const status = effectiveStatus(r.status, r.expires_on, todayInJakarta());
    return {
      holderName: r.holder_name,
      scheme: { code: r.scheme_code, titleId: r.scheme_title_id, titleEn: r.scheme_title_en },
      units: r.units.map((u) => ({ code: u.code, titleId: u.titleId, titleEn: u.titleEn })),
      certificationBody: { name: r.body_name, licenseNumber: r.license_number },
      issuedOn: r.issued_on,
      expiresOn: r.expires_on,
      status,
      statement: STATUS_STATEMENTS[status],
    };
  }
}
