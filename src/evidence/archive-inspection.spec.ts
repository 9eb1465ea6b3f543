import { ARCHIVE_LIMITS, inspectZip } from './archive-inspection.js';

/** A ZIP reduced to what the inspection reads: `dataBytes` of (fake) entry data, the central directory, the end record. */
function zipWith(entries: Array<{ compressed: number; uncompressed: number }>, dataBytes = 1000, entryCount = entries.length): Buffer {
  const cd = Buffer.concat(entries.map((e, i) => {
    const name = Buffer.from(`word/part${i}.xml`);
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt32LE(e.compressed, 20);
    h.writeUInt32LE(e.uncompressed, 24);
    h.writeUInt16LE(name.length, 28);
    return Buffer.concat([h, name]);
  }));
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entryCount, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(dataBytes, 16);
  return Buffer.concat([Buffer.alloc(dataBytes), cd, end]);
}

const inspect = (zip: Buffer) => inspectZip(zip.length, async (offset, length) => zip.subarray(offset, offset + length));

describe('inspectZip', () => {
  it('accepts an ordinary document', async () => {
    const r = await inspect(zipWith([{ compressed: 400, uncompressed: 2000 }, { compressed: 50_000, uncompressed: 60_000 }]));
    expect(r).toEqual({ reason: null, summary: { entries: 2, compressedBytes: 50_400, uncompressedBytes: 62_000 } });
  });

  it('accepts small parts that compress very well (XML), refuses large content beyond the ratio', async () => {
    expect((await inspect(zipWith([{ compressed: 100, uncompressed: 500_000 }]))).reason).toBeNull();
    expect((await inspect(zipWith([{ compressed: 10_000, uncompressed: 5_000_000 }]))).reason).toMatch(/compression ratio 500:1/);
  });

  it('refuses more unpacked bytes than the limit, also spread over entries', async () => {
    const part = { compressed: 30_000_000, uncompressed: 60_000_000 };
    expect((await inspect(zipWith([part, part, part, part]))).reason).toMatch(/unpacks to 240000000 bytes/);
  });

  it('refuses too many entries, ZIP64 markers and a missing or misplaced central directory', async () => {
    expect((await inspect(zipWith([], 10, ARCHIVE_LIMITS.maxEntries + 1))).reason).toMatch(/entries/);
    expect((await inspect(zipWith([{ compressed: 0xffffffff, uncompressed: 1 }]))).reason).toMatch(/ZIP64/);
    expect((await inspect(Buffer.from('%PDF-1.4 not a zip'))).reason).toMatch(/end-of-central-directory/);
    const lying = zipWith([{ compressed: 1, uncompressed: 1 }]);
    lying.writeUInt32LE(lying.length, lying.length - 6);
    expect((await inspect(lying)).reason).toMatch(/outside the file/);
  });
});
