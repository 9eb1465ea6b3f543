/**
 * Certificate lifecycle (ISO/IEC 17024 §9.5): active ⇄ suspended, either → withdrawn
 * (final). `expired` is derived from the expiry date, never stored. Pure.
 */
export const STORED_CERTIFICATE_STATUSES = ['active', 'suspended', 'withdrawn'] as const;
export type StoredCertificateStatus = (typeof STORED_CERTIFICATE_STATUSES)[number];
export type CertificateStatus = StoredCertificateStatus | 'expired';
export const CERTIFICATE_STATUSES: readonly CertificateStatus[] = [...STORED_CERTIFICATE_STATUSES, 'expired'];

export const CERTIFICATE_ACTIONS = {
  suspend: { from: ['active'], to: 'suspended' },
  reinstate: { from: ['suspended'], to: 'active' },
  withdraw: { from: ['active', 'suspended'], to: 'withdrawn' },
} as const satisfies Record<string, { from: readonly StoredCertificateStatus[]; to: StoredCertificateStatus }>;
export type CertificateAction = keyof typeof CERTIFICATE_ACTIONS;

export function nextCertificateStatus(action: CertificateAction, current: StoredCertificateStatus): StoredCertificateStatus | null {
  const rule: { from: readonly StoredCertificateStatus[]; to: StoredCertificateStatus } = CERTIFICATE_ACTIONS[action];
  return rule.from.includes(current) ? rule.to : null;
}

/** Withdrawn and suspended win over expiry; an active certificate past its expiry date is expired. `today` is YYYY-MM-DD. */
export function effectiveStatus(stored: StoredCertificateStatus, expiresOn: string, today: string): CertificateStatus {
  if (stored !== 'active') return stored;
  return expiresOn < today ? 'expired' : 'active';
}

export const STATUS_STATEMENTS: Record<CertificateStatus, string> = {
  active: 'This certificate is valid.',
  suspended: 'This certificate is suspended: it is not valid until the certification body reinstates it.',
  withdrawn: 'This certificate has been withdrawn by the certification body and is no longer valid.',
  expired: 'This certificate has expired and is no longer valid.',
};

/** Adds whole months to a YYYY-MM-DD date, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Surveillance every `intervalMonths` after issue, strictly before expiry. */
export function surveillanceDates(issuedOn: string, expiresOn: string, intervalMonths: number): string[] {
  const dates: string[] = [];
  if (intervalMonths <= 0) return dates;
  for (let k = 1; ; k++) {
    const d = addMonths(issuedOn, k * intervalMonths);
    if (d >= expiresOn) return dates;
    dates.push(d);
  }
}

/** Masks a NIK except its last four digits. */
export const maskNationalId = (nik: string | null): string | null => (nik ? `${'*'.repeat(Math.max(0, nik.length - 4))}${nik.slice(-4)}` : null);
