/** Limits for ZIP-based containers (DOCX, XLSX): checked on the central directory, nothing is extracted. */
export const ARCHIVE_LIMITS = { maxEntries: 10_000, maxUncompressedBytes: 200 * 1024 * 1024, maxRatio: 100 };

export interface ArchiveSummary {
  entries: number;
  compressedBytes: number;
  uncompressedBytes: number;
}

/** Reads `length` bytes at `offset` of the stored file. */
export type ReadRange = (offset: number, length: number) => Promise<Buffer>;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/**
 * Sums the sizes the central directory declares. Returns a reason string when
 * the archive is malformed, ZIP64 (no evidence document needs it) or beyond
 * the limits, else null. Declared sizes are what an extractor would be told;
 * Kompeten itself never extracts.
 */
export async function inspectZip(fileSize: number, read: ReadRange): Promise<{ summary?: ArchiveSummary; reason: string | null }> {
  const tailLength = Math.min(fileSize, EOCD_SIZE + MAX_COMMENT);
  const tail = await read(fileSize - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { reason: 'no ZIP end-of-central-directory record' };
  const entries = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (entries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return { reason: 'ZIP64 archives are not accepted' };
  if (entries > ARCHIVE_LIMITS.maxEntries) return { reason: `${entries} entries (limit ${ARCHIVE_LIMITS.maxEntries})` };
  if (cdOffset + cdSize > fileSize) return { reason: 'the central directory lies outside the file' };
  const cd = await read(cdOffset, cdSize);
  const summary: ArchiveSummary = { entries: 0, compressedBytes: 0, uncompressedBytes: 0 };
  let at = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > cd.length || cd.readUInt32LE(at) !== CENTRAL_ENTRY_SIGNATURE) return { reason: 'malformed central directory' };
    const compressed = cd.readUInt32LE(at + 20);
    const uncompressed = cd.readUInt32LE(at + 24);
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) return { reason: 'ZIP64 archives are not accepted' };
    summary.entries++;
    summary.compressedBytes += compressed;
    summary.uncompressedBytes += uncompressed;
    at += 46 + cd.readUInt16LE(at + 28) + cd.readUInt16LE(at + 30) + cd.readUInt16LE(at + 32);
  }
  return { summary, reason: limitExceeded(summary) };
}

function limitExceeded(s: ArchiveSummary): string | null {
  if (s.uncompressedBytes > ARCHIVE_LIMITS.maxUncompressedBytes) {
    return `unpacks to ${s.uncompressedBytes} bytes (limit ${ARCHIVE_LIMITS.maxUncompressedBytes})`;
  }
  // Tiny archives (a few XML parts) legitimately compress well; the ratio matters once the content is large.
  const ratio = s.uncompressedBytes / Math.max(1, s.compressedBytes);
  if (s.uncompressedBytes > 1024 * 1024 && ratio > ARCHIVE_LIMITS.maxRatio) {
    return `compression ratio ${Math.round(ratio)}:1 (limit ${ARCHIVE_LIMITS.maxRatio}:1)`;
  }
  return null;
}
