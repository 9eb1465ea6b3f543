import { extname } from 'node:path';
import { EvidenceTypeMismatchError, EvidenceTypeNotAllowedError } from './evidence.errors.js';

interface AllowedType {
  mediaType: string;
  extensions: readonly string[];
  /** Other spellings a client may declare for the same type. */
  aliases?: readonly string[];
}

/** Allow-list keyed by the `ext` that file-type detects from the content. */
export const ALLOWED_EVIDENCE_TYPES: Readonly<Record<string, AllowedType>> = {
  pdf: { mediaType: 'application/pdf', extensions: ['pdf'] },
  jpg: { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], aliases: ['image/jpg', 'image/pjpeg'] },
  png: { mediaType: 'image/png', extensions: ['png'] },
  webp: { mediaType: 'image/webp', extensions: ['webp'] },
  mp4: { mediaType: 'video/mp4', extensions: ['mp4'] },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
};

/** Declared types that carry no claim about the content (browsers send these for unknown files). */
const GENERIC_DECLARED = new Set(['application/octet-stream', '']);

/**
 * Decides the stored media type from the detected content type, refusing
 * content outside the allow-list and declarations (Content-Type, extension)
 * that disagree with it. Returns the canonical media type.
 */
export function checkEvidenceType(
  detectedExt: string | undefined,
  declared: { mediaType: string; fileName: string },
): string {
  const allowed = detectedExt ? ALLOWED_EVIDENCE_TYPES[detectedExt] : undefined;
  if (!allowed) throw new EvidenceTypeNotAllowedError(detectedExt);
  const declaredType = declared.mediaType.split(';')[0].trim().toLowerCase();
  const typeAgrees =
    GENERIC_DECLARED.has(declaredType) || declaredType === allowed.mediaType || !!allowed.aliases?.includes(declaredType);
  const ext = extname(declared.fileName).slice(1).toLowerCase();
  if (!typeAgrees || !allowed.extensions.includes(ext)) {
    throw new EvidenceTypeMismatchError(allowed.mediaType, declared);
  }
  return allowed.mediaType;
}

const MAX_FILE_NAME = 200;

/**
 * A display-only file name: no directories, control characters, bidi
 * overrides or leading dots; at most 200 characters with the extension kept.
 * It never takes part in a storage path.
 */
export function sanitizeFileName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  let name = base.normalize('NFC').replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  name = name.replace(/\s+/g, ' ').replace(/^[\s.]+/, '').trim();
  if (!name) return 'file';
  if (name.length <= MAX_FILE_NAME) return name;
  const ext = extname(name).slice(0, 16);
  return name.slice(0, MAX_FILE_NAME - ext.length) + ext;
}
