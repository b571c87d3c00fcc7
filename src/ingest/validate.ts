// Checks on raw input before any analysis. Each failure is a CorroborateError whose message names
// the input (a path, or "stdin") and says what is wrong with it, so the CLI can print it as is.

import { CorroborateError } from '../model/errors.ts';

/** Inputs larger than this are refused unless the caller raises the limit. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Binary sniffing looks at this many leading bytes only. */
const SNIFF_BYTES = 8192;
/** More control characters than this share of the sniffed bytes means "not text". */
const MAX_CONTROL_SHARE = 0.1;

/** Throws E_TOO_LARGE when `size` bytes exceed `maxBytes`. */
export function checkSize(size: number, maxBytes: number, name: string): void {
  if (size > maxBytes) throw tooLarge(name, maxBytes, size);
}

/** The E_TOO_LARGE error; `size` is null when reading stopped at the limit (a stream). */
export function tooLarge(name: string, maxBytes: number, size: number | null): CorroborateError {
  const detail =
    size === null
      ? `more than the limit of ${describeBytes(maxBytes)}`
      : describeBytes(size) === describeBytes(maxBytes)
        ? `${size} bytes; the limit is ${maxBytes} bytes`
        : `${describeBytes(size)}; the limit is ${describeBytes(maxBytes)}`;
  return new CorroborateError('E_TOO_LARGE', `${name}: input is too large (${detail})`);
}

/** Throws E_BAD_OPTION unless `maxBytes` is a usable limit. */
export function checkMaxBytes(maxBytes: number): void {
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) {
    throw new CorroborateError('E_BAD_OPTION', `maxBytes must be a positive whole number of bytes, got ${maxBytes}`);
  }
}

/**
 * Raw bytes → text: refuses empty, binary and non-UTF-8 input, strips a UTF-8 byte-order mark
 * and turns CRLF (and lone CR) line ends into LF.
 */
export function decodeInput(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new CorroborateError('E_EMPTY', `${name}: input is empty`);
  checkNotBinary(bytes, name);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    throw new CorroborateError(
      'E_ENCODING',
      `${name}: input is not valid UTF-8 (first bad byte sequence at byte offset ${offset}); ` +
        `convert it to UTF-8 first`,
    );
  }
  return checkText(text, name);
}

/**
 * The checks that apply to text already in memory (a string handed to the library): no NUL or
 * control-character noise, no unpaired surrogates, not blank. Strips a BOM and normalises line
 * ends. Idempotent, so running it after decodeInput costs a scan and changes nothing.
 */
export function checkText(text: string, name: string): string {
  let s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  s = s.replace(/\r\n?/g, '\n');
  if (s.trim() === '') {
    throw new CorroborateError('E_EMPTY', `${name}: input is ${s === '' ? 'empty' : 'only whitespace'}`);
  }
  const sniff = s.slice(0, SNIFF_BYTES);
  const nul = sniff.indexOf('\u0000');
  if (nul >= 0) {
    throw new CorroborateError('E_BINARY', `${name}: input looks binary, not text (NUL character at offset ${nul})`);
  }
  const controls = countControls((i) => sniff.charCodeAt(i), sniff.length);
  if (controls > MAX_CONTROL_SHARE * sniff.length) {
    throw new CorroborateError('E_BINARY', `${name}: input looks binary, not text (${controls} control characters in the first ${sniff.length})`);
  }
  const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(s);
  if (lone) {
    throw new CorroborateError('E_ENCODING', `${name}: text contains an unpaired UTF-16 surrogate at offset ${lone.index}`);
  }
  return s;
}

export function checkNotBinary(bytes: Uint8Array, name: string): void {
  // UTF-16 text is full of NULs; name it rather than calling it binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new CorroborateError('E_ENCODING', `${name}: input is UTF-16 (byte-order mark found); convert it to UTF-8 first`);
  }
  const n = Math.min(bytes.length, SNIFF_BYTES);
  const nul = bytes.subarray(0, n).indexOf(0);
  if (nul >= 0) {
    throw new CorroborateError('E_BINARY', `${name}: input looks binary, not text (NUL byte at offset ${nul})`);
  }
  const controls = countControls((i) => bytes[i], n);
  if (controls > MAX_CONTROL_SHARE * n) {
    throw new CorroborateError('E_BINARY', `${name}: input looks binary, not text (${controls} control bytes in the first ${n})`);
  }
}

/** C0 controls other than tab, LF, VT, FF and CR, plus DEL: text has almost none. */
function countControls(codeAt: (i: number) => number, n: number): number {
  let count = 0;
  for (let i = 0; i < n; i++) {
    const c = codeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || c === 0x7f) count++;
  }
  return count;
}

/**
 * Byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and code points
 * above U+10FFFF included), or -1. Only called after the decoder has already failed.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= bytes.length) return i; // truncated at the end of the input
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function describeBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${n} bytes`;
}
