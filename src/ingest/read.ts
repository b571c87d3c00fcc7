// The ingest boundary: a path, "-" for stdin, or a string in memory becomes validated text and
// an Article. Every refusal is a CorroborateError naming the input.

import { createReadStream, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import type { Article } from '../model/types.ts';
import { CorroborateError } from '../model/errors.ts';
import { extractHtmlArticle, looksLikeHtml, normalizeLine } from './html.ts';
import { requireEnglish } from './language.ts';
import { DEFAULT_MAX_BYTES, checkMaxBytes, checkSize, checkText, decodeInput, tooLarge } from './validate.ts';

export interface ReadOptions {
  /** Refuse inputs larger than this many bytes (default 10 MB). */
  maxBytes?: number;
  /** Read "-" from this stream instead of process.stdin. */
  stdin?: NodeJS.ReadableStream;
}

export interface RawInput {
  /** The path as given, or "stdin": what error messages and reports call the input. */
  name: string;
  raw: string;
}

export interface ArticleMeta {
  title?: string;
  /** YYYY-MM-DD. */
  published?: string;
  source?: string;
  url?: string;
}

/**
 * Reads a file, or stdin for "-", without holding more than `maxBytes` (+ one chunk) in memory,
 * and returns it as validated UTF-8 text with LF line ends.
 */
export async function readInput(pathOrDash: string, opts: ReadOptions = {}): Promise<RawInput> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  checkMaxBytes(maxBytes);
  if (pathOrDash === '-') {
    const name = 'stdin';
    const stream = opts.stdin ?? process.stdin;
    if ((stream as { isTTY?: boolean }).isTTY) {
      throw new CorroborateError('E_NO_INPUT', `${name}: is a terminal; pipe an article in or give a file path`);
    }
    return { name, raw: decodeInput(await readStreamBounded(stream, maxBytes, name), name) };
  }
  const name = pathOrDash;
  if (name.trim() === '') throw new CorroborateError('E_NO_INPUT', 'no input given: pass a file path, or "-" for stdin');
  const info = await statInput(name);
  if (info.isDirectory()) throw new CorroborateError('E_NOT_A_FILE', `${name}: is a directory, not a file`);
  if (info.isFile()) {
    // The size check comes from stat, before a byte is read, so memory stays bounded.
    checkSize(info.size, maxBytes, name);
    return { name, raw: decodeInput(await readFileBounded(name, maxBytes), name) };
  }
  if (info.isFIFO() || info.isCharacterDevice() || info.isSocket()) {
    // A pipe such as bash's <(...) has no size to stat: read it like stdin, up to the limit.
    return { name, raw: decodeInput(await readStreamBounded(createReadStream(name), maxBytes, name), name) };
  }
  throw new CorroborateError('E_NOT_A_FILE', `${name}: is not a regular file`);
}

/**
 * Raw text (plain or HTML) → article text and metadata. HTML is recognised by extension
 * (.html, .htm, .xhtml) or by content. Explicit `meta` wins over page metadata. The returned
 * text is NFC-normalised, one paragraph per line; all offsets downstream index this string.
 */
export function prepareArticle(
  raw: string,
  name: string,
  meta: ArticleMeta = {},
): { text: string; article: Omit<Article, 'id'> } {
  if (meta.published !== undefined && !isIsoDate(meta.published)) {
    throw new CorroborateError('E_BAD_OPTION', `${name}: published date "${meta.published}" is not a valid YYYY-MM-DD date`);
  }
  const checked = checkText(raw, name);
  const isHtml = /\.x?html?$/i.test(name) || looksLikeHtml(checked);
  const page = isHtml ? extractHtmlArticle(checked, meta.url) : null;
  const joined = page ? page.text : plainTextParagraphs(checked);
  // ASCII is already in NFC.
  const text = ASCII.test(joined) ? joined : joined.normalize('NFC');
  if (text === '') {
    throw new CorroborateError('E_EMPTY', `${name}: no article text found${isHtml ? ' in the HTML page' : ''}`);
  }
  requireEnglish(text, name);
  return {
    text,
    article: {
      title: explicit(meta.title) ?? page?.title ?? null,
      published: meta.published ?? page?.published ?? null,
      source: explicit(meta.source) ?? page?.siteName ?? null,
      url: explicit(meta.url) ?? page?.url ?? null,
      byline: page?.byline ?? null,
      language: 'en',
    },
  };
}

const ASCII = /^[\x00-\x7f]*$/;
/** Printable ASCII words with single spaces between: what normalizeLine leaves as it is. */
const NORMAL_LINE = /^[!-~]+(?: [!-~]+)*$/;

/** One paragraph per line: whitespace collapsed inside lines, blank lines dropped. */
function plainTextParagraphs(text: string): string {
  return text
    .split('\n')
    .map((line) => (NORMAL_LINE.test(line) ? line : normalizeLine(line)))
    .filter((line) => line !== '')
    .join('\n');
}

function explicit(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A day that exists as Date.UTC counts them, by calendar arithmetic (no Date, no match array).
 * Date.UTC reads years 0 to 99 as 1900 to 1999, so "0000-02-29" is no day here, as before.
 */
function isIsoDate(s: string): boolean {
  if (!ISO_DAY.test(s)) return false;
  const year = Number(s.slice(0, 4));
  const month = Number(s.slice(5, 7));
  const day = Number(s.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const y = year < 100 ? year + 1900 : year;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return day <= (month === 2 && leap ? 29 : MONTH_DAYS[month - 1]);
}

async function statInput(name: string): Promise<Stats> {
  try {
    return await stat(name);
  } catch (e) {
    throw fsError(e, name);
  }
}

/** Reads at most maxBytes + 1 bytes, so a file that grew after stat is still caught. */
async function readFileBounded(name: string, maxBytes: number): Promise<Uint8Array> {
  let handle: FileHandle;
  try {
    handle = await open(name, 'r');
  } catch (e) {
    throw fsError(e, name);
  }
  try {
    const size = (await handle.stat()).size;
    checkSize(size, maxBytes, name);
    const buffer = Buffer.allocUnsafe(Math.min(size, maxBytes) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    checkSize(filled, maxBytes, name);
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** Collects a stream's bytes, giving up (and destroying the stream) once past maxBytes. */
async function readStreamBounded(stream: NodeJS.ReadableStream, maxBytes: number, name: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      total += buf.length;
      if (total > maxBytes) throw tooLarge(name, maxBytes, null);
      chunks.push(buf);
    }
  } catch (e) {
    if (e instanceof CorroborateError) throw e;
    throw fsError(e, name);
  }
  return Buffer.concat(chunks, total);
}

function fsError(e: unknown, name: string): Error {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return new CorroborateError('E_NOT_FOUND', `${name}: no such file`);
    case 'ENOTDIR':
      return new CorroborateError('E_NOT_FOUND', `${name}: no such file (a parent in the path is not a directory)`);
    case 'EISDIR':
      return new CorroborateError('E_NOT_A_FILE', `${name}: is a directory, not a file`);
    case 'EACCES':
    case 'EPERM':
      return new CorroborateError('E_NOT_FOUND', `${name}: cannot be opened (permission denied)`);
    case 'ELOOP':
    case 'ENAMETOOLONG':
      return new CorroborateError('E_NOT_FOUND', `${name}: no such file (${code})`);
    default:
      return e instanceof Error ? e : new Error(String(e));
  }
}
