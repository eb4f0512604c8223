// Turns the bytes of a text file into a string: BOMs, UTF-8, UTF-16 without a BOM, and the
// single-byte encodings of old Cyrillic and Western files. Never throws; never touches the disk.
import iconv from 'iconv-lite';
import { analyse } from 'chardet';
import { plausibility } from './encodingScore';

/** A decoded text and the encoding it was read as (lowercase label, e.g. `windows-1251`). */
export interface Decoded {
  text: string;
  encoding: string;
}

const SAMPLE = 64 * 1024;
const SCORE_SAMPLE = 16 * 1024;
/** Encodings always weighed against chardet's guesses: the ones it confuses most. */
const FALLBACK_CANDIDATES = ['windows-1251', 'koi8-r', 'koi8-u', 'iso-8859-5', 'ibm866', 'windows-1252', 'iso-8859-1'];
const MULTIBYTE = new Set(['shift_jis', 'euc-jp', 'euc-kr', 'gb18030', 'big5']);

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lossy = new TextDecoder('utf-8', { ignoreBOM: true });

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean, fatal: boolean): string {
  let data = bytes.subarray(0, bytes.length - (bytes.length % 2));
  if (bigEndian) {
    const swapped = new Uint8Array(data.length);
    for (let i = 0; i < data.length; i += 2) {
      swapped[i] = data[i + 1]!;
      swapped[i + 1] = data[i]!;
    }
    data = swapped;
  }
  return new TextDecoder('utf-16le', { fatal, ignoreBOM: true }).decode(data);
}

/** The sum of the three largest counts. */
function topThree(counts: Uint32Array): number {
  let a = 0;
  let b = 0;
  let c = 0;
  for (const v of counts) {
    if (v > a) [a, b, c] = [v, a, b];
    else if (v > b) [b, c] = [v, b];
    else if (v > c) c = v;
  }
  return a + b + c;
}

function distinct(counts: Uint32Array): number {
  let n = 0;
  for (const v of counts) if (v > 0) n++;
  return n;
}

/** Guesses UTF-16 without a BOM. `relaxed` also accepts text without ASCII (e.g. Cyrillic without spaces). */
function guessUtf16(bytes: Uint8Array, relaxed: boolean): 'utf-16le' | 'utf-16be' | null {
  const n = Math.floor(Math.min(bytes.length, SAMPLE) / 2);
  if (n < 1) return null;
  // Without a zero byte only the relaxed reading can say UTF-16 (most files: one native scan).
  if (!relaxed && bytes.subarray(0, 2 * n).indexOf(0) === -1) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  const even = new Uint32Array(256);
  const odd = new Uint32Array(256);
  for (let i = 0; i < n; i++) {
    const a = bytes[2 * i]!;
    const b = bytes[2 * i + 1]!;
    if (a === 0) zeroEven++;
    if (b === 0) zeroOdd++;
    even[a]!++;
    odd[b]!++;
  }
  // In UTF-16 the high bytes come from few values (0 for ASCII, one or two script blocks).
  const narrow = (counts: Uint32Array) => topThree(counts) >= 0.9 * n;
  let guess: 'utf-16le' | 'utf-16be' | null = null;
  if (zeroOdd >= 0.1 * n && zeroEven <= 0.02 * n && narrow(odd)) guess = 'utf-16le';
  else if (zeroEven >= 0.1 * n && zeroOdd <= 0.02 * n && narrow(even)) guess = 'utf-16be';
  else if (relaxed && n >= 16) {
    if (narrow(odd) && distinct(even) >= 12) guess = 'utf-16le';
    else if (narrow(even) && distinct(odd) >= 12) guess = 'utf-16be';
  }
  if (guess === null) return null;
  try {
    decodeUtf16(bytes.subarray(0, 2 * n), guess === 'utf-16be', true);
    return guess;
  } catch {
    return null;
  }
}

/** True when the bytes are UTF-8 with only a few broken sequences (a damaged UTF-8 file, not another encoding). */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  const end = Math.min(bytes.length, SAMPLE);
  for (let i = 0; i < end; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return valid >= 4 && invalid * 10 <= valid;
}

/** True when more than 5% of the first characters are control characters other than whitespace. */
function controlNoise(text: string): boolean {
  const end = Math.min(text.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  return control > 0.05 * end;
}

function iconvDecode(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(toBuffer(bytes), encoding, { stripBOM: true });
}

/** Picks the most plausible single- or multi-byte encoding for bytes that are not UTF-8. */
function detectLegacy(bytes: Uint8Array): Decoded {
  const sample = bytes.subarray(0, SAMPLE);
  const guesses = analyse(sample)
    .map((m) => ({ name: m.name.toLowerCase(), confidence: m.confidence }))
    .filter((m) => m.name !== 'ascii' && !m.name.startsWith('utf') && iconv.encodingExists(m.name));
  const top = guesses[0];
  if (top && MULTIBYTE.has(top.name) && top.confidence >= 50) return { text: iconvDecode(bytes, top.name), encoding: top.name };

  const candidates = [...new Set([...guesses.slice(0, 3).map((g) => g.name), ...FALLBACK_CANDIDATES])].filter((c) => !MULTIBYTE.has(c));
  const scoreSample = bytes.subarray(0, SCORE_SAMPLE);
  let best = candidates[0] ?? 'windows-1252';
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    const score = plausibility(iconvDecode(scoreSample, candidate));
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return { text: iconvDecode(bytes, best), encoding: best };
}

/**
 * Decodes file bytes: UTF-8 with or without BOM, UTF-16 LE/BE (BOM or heuristic), and otherwise
 * the most plausible legacy encoding (windows-1251, KOI8-R, latin-1, ... via chardet and a
 * plausibility score). The BOM is never part of the text. Never throws.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  try {
    if (bytes.length === 0) return { text: '', encoding: 'utf-8' };
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8Lossy.decode(bytes.subarray(3)), encoding: 'utf-8' };
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeUtf16(bytes.subarray(2), false, false), encoding: 'utf-16le' };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes.subarray(2), true, false), encoding: 'utf-16be' };
    const utf16 = guessUtf16(bytes, false);
    if (utf16) return { text: decodeUtf16(bytes, utf16 === 'utf-16be', false), encoding: utf16 };
    let utf8: string | null = null;
    try {
      utf8 = utf8Strict.decode(bytes);
    } catch {
      // Not UTF-8: try the other readings below.
    }
    if (utf8 !== null && !controlNoise(utf8)) return { text: utf8, encoding: 'utf-8' };
    const relaxed = guessUtf16(bytes, true);
    if (relaxed) return { text: decodeUtf16(bytes, relaxed === 'utf-16be', false), encoding: relaxed };
    if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
    if (mostlyUtf8(bytes)) return { text: utf8Lossy.decode(bytes), encoding: 'utf-8' };
    return detectLegacy(bytes);
  } catch {
    return { text: utf8Lossy.decode(bytes), encoding: 'utf-8' };
  }
}

/**
 * Decodes with a declared charset (HTTP header, `<meta charset>`), WHATWG-style: latin-1 and
 * ASCII labels mean windows-1252. A BOM overrides the label. Null when the label is unknown.
 */
export function decodeWithLabel(bytes: Uint8Array, label: string): Decoded | null {
  let name = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (['iso-8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'iso_8859-1', 'cp1252'].includes(name)) name = 'windows-1252';
  if (name === 'utf8') name = 'utf-8';
  if ((bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return decodeBytes(bytes);
  }
  if (name === 'utf-8') return { text: utf8Lossy.decode(bytes), encoding: 'utf-8' };
  if (name === 'utf-16' || name === 'utf-16le' || name === 'utf-16be') return decodeBytes(bytes);
  if (!iconv.encodingExists(name)) return null;
  try {
    return { text: iconvDecode(bytes, name), encoding: name };
  } catch {
    return null;
  }
}
