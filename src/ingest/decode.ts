import { NexusError } from '../core/index.js';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** True when the bytes were not valid UTF-8 and Windows-1252 was assumed. */
  fallback: boolean;
}

/** File signatures: what the file is, and what to do about it. */
const MAGIC: Array<[number[], string, string?]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x52, 0x49, 0x46, 0x46], 'a RIFF file (WebP image or audio)'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or an Office document)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF file', 'convert it to text first, e.g. with pdftotext'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable'],
  [[0x42, 0x5a, 0x68], 'a bzip2 archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7z archive'],
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Decodes bytes to text: UTF-8 with or without BOM, UTF-16 with BOM, and
 * Windows-1252 when the bytes are not valid UTF-8 (old news sites). Binary
 * files are refused rather than decoded into noise.
 */
export function decode(bytes: Uint8Array, subject: string): Decoded {
  if (bytes.length === 0) throw new NexusError('InputEmpty', 'is empty', { subject });
  let result: Decoded;
  if (startsWith(bytes, [0xff, 0xfe])) result = { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', fallback: false };
  else if (startsWith(bytes, [0xfe, 0xff])) result = { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', fallback: false };
  else {
    const magic = MAGIC.find(([m]) => startsWith(bytes, m));
    if (magic) throw new NexusError('InputBinary', `is a binary file (${magic[1]}), not text${magic[2] ? `: ${magic[2]}` : ''}`, { subject });
    const head = bytes.subarray(0, 8192);
    if (head.includes(0)) throw new NexusError('InputBinary', 'is a binary file (it contains NUL bytes), not text', { subject });
    try {
      result = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', fallback: false };
    } catch {
      result = { text: decodeWindows1252(bytes), encoding: 'windows-1252', fallback: true };
    }
  }
  if (result.text.trim() === '') throw new NexusError('InputEmpty', 'contains only white space', { subject });
  // Text with many control characters is binary data that happened to decode.
  let control = 0;
  const sample = result.text.slice(0, 8192);
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  if (control > sample.length * 0.05) throw new NexusError('InputBinary', 'is a binary file (mostly control characters), not text', { subject });
  return result;
}

// Windows-1252 differs from Latin-1 in 0x80-0x9F (curly quotes, dashes, euro).
// Node's TextDecoder treats the label as Latin-1, so those 32 are mapped here.
const CP1252 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252.charCodeAt(b - 0x80) : b)));
  }
  return out;
}
