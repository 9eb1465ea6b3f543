import { contentDisposition, parseByteRange } from './evidence-content.js';

describe('parseByteRange', () => {
  it.each([
    ['bytes=0-99', { start: 0, end: 99 }],
    ['bytes=100-', { start: 100, end: 999 }],
    ['bytes=-10', { start: 990, end: 999 }],
    ['bytes=900-5000', { start: 900, end: 999 }],
    ['bytes=-5000', { start: 0, end: 999 }],
  ])('%s of 1000 bytes', (header, expected) => {
    expect(parseByteRange(header, 1000)).toEqual(expected);
  });

  it.each([undefined, 'bytes=0-1,5-6', 'items=0-1', 'bytes=-', 'bytes=9-2'])('sends everything for %s', (header) => {
    expect(parseByteRange(header, 1000)).toBeUndefined();
  });

  it.each(['bytes=1000-', 'bytes=5000-6000', 'bytes=-0'])('refuses %s as not satisfiable', (header) => {
    expect(() => parseByteRange(header, 1000)).toThrow(expect.objectContaining({ code: 'EVIDENCE.RANGE_NOT_SATISFIABLE' }));
  });
});

describe('contentDisposition', () => {
  it('keeps the UTF-8 name and an ASCII fallback', () => {
    expect(contentDisposition('laporan "akhir" – 2025.pdf')).toBe(
      `attachment; filename="laporan _akhir_ _ 2025.pdf"; filename*=UTF-8''laporan%20%22akhir%22%20%E2%80%93%202025.pdf`,
    );
  });
});
