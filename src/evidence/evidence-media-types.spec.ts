import { checkEvidenceType, sanitizeFileName } from './evidence-media-types.js';

describe('checkEvidenceType', () => {
  it('accepts content whose declared type and extension agree', () => {
    expect(checkEvidenceType('pdf', { mediaType: 'application/pdf', fileName: 'sertifikat.PDF' })).toBe('application/pdf');
    expect(checkEvidenceType('jpg', { mediaType: 'image/jpg', fileName: 'foto.jpeg' })).toBe('image/jpeg');
    expect(checkEvidenceType('png', { mediaType: 'application/octet-stream', fileName: 'a.png' })).toBe('image/png');
  });

  it.each([
    ['exe', 'application/pdf', 'setup.pdf', 'EVIDENCE.TYPE_NOT_ALLOWED'],
    ['elf', 'application/pdf', 'a.pdf', 'EVIDENCE.TYPE_NOT_ALLOWED'],
    [undefined, 'text/plain', 'notes.txt', 'EVIDENCE.TYPE_NOT_ALLOWED'],
    ['zip', 'application/zip', 'a.zip', 'EVIDENCE.TYPE_NOT_ALLOWED'],
    ['pdf', 'image/png', 'scan.png', 'EVIDENCE.TYPE_MISMATCH'],
    ['pdf', 'application/pdf', 'scan.png', 'EVIDENCE.TYPE_MISMATCH'],
    ['pdf', 'application/pdf', 'no-extension', 'EVIDENCE.TYPE_MISMATCH'],
    ['png', 'image/jpeg', 'a.png', 'EVIDENCE.TYPE_MISMATCH'],
  ])('refuses detected %s declared %s named %s', (ext, mediaType, fileName, code) => {
    expect(() => checkEvidenceType(ext, { mediaType, fileName })).toThrow(expect.objectContaining({ code }));
  });
});

describe('sanitizeFileName', () => {
  it.each([
    ['../../etc/passwd.pdf', 'passwd.pdf'],
    ['C:\\Users\\x\\laporan.docx', 'laporan.docx'],
    ['a\u0000b\u0007c.pdf', 'abc.pdf'],
    ['evil\u202Efdp.exe', 'evilfdp.exe'],
    ['...hidden.pdf', 'hidden.pdf'],
    ['', 'file'],
    [undefined, 'file'],
    ['../', 'file'],
  ])('%j becomes %j', (raw, expected) => {
    expect(sanitizeFileName(raw)).toBe(expected);
  });

  it('limits the length and keeps the extension', () => {
    const name = sanitizeFileName(`${'x'.repeat(500)}.pdf`);
    expect(name).toHaveLength(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});
