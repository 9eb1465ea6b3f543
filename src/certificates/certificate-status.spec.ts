import { formatCertificateNumber } from './certificate-numbering.js';
import { addMonths, effectiveStatus, maskNationalId, nextCertificateStatus, surveillanceDates } from './certificate-status.js';

describe('certificate status', () => {
  it('allows suspend ⇄ reinstate and a final withdrawal', () => {
    expect(nextCertificateStatus('suspend', 'active')).toBe('suspended');
    expect(nextCertificateStatus('reinstate', 'suspended')).toBe('active');
    expect(nextCertificateStatus('withdraw', 'suspended')).toBe('withdrawn');
    expect(nextCertificateStatus('reinstate', 'withdrawn')).toBeNull();
    expect(nextCertificateStatus('suspend', 'withdrawn')).toBeNull();
    expect(nextCertificateStatus('reinstate', 'active')).toBeNull();
  });

  it('derives expired from the date only for active certificates', () => {
    expect(effectiveStatus('active', '2026-01-01', '2026-01-01')).toBe('active');
    expect(effectiveStatus('active', '2026-01-01', '2026-01-02')).toBe('expired');
    expect(effectiveStatus('suspended', '2020-01-01', '2026-01-02')).toBe('suspended');
    expect(effectiveStatus('withdrawn', '2020-01-01', '2026-01-02')).toBe('withdrawn');
  });

  it('adds months clamping to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-22', 36)).toBe('2029-11-22');
  });

  it('schedules surveillance every interval before expiry', () => {
    expect(surveillanceDates('2026-03-10', '2029-03-10', 12)).toEqual(['2027-03-10', '2028-03-10']);
    expect(surveillanceDates('2026-03-10', '2029-03-10', 0)).toEqual([]);
  });

  it('masks all but the last four NIK digits', () => {
    expect(maskNationalId('3273015704950002')).toBe('************0002');
    expect(maskNationalId(null)).toBeNull();
  });

  it('fills the numbering template', () => {
    expect(formatCertificateNumber('{BODY}/{SCHEME}/{YEAR}/{SEQ:6}', { body: 'LSP-TDN', scheme: 'JWD', year: 2026, seq: 42 }))
      .toBe('LSP-TDN/JWD/2026/000042');
    expect(() => formatCertificateNumber('{BODY}', { body: 'X', scheme: 'Y', year: 2026, seq: 1 })).toThrow('SEQ');
  });
});
