import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import Parser from 'rss-parser';
import { CorroborateError, isCorroborateError } from '../model/errors.ts';
import { toIsoDate } from './html.ts';
import { checkPublicUrl, guardedFetch } from '../watch/url-guard.ts';
import { readInput, type ArticleMeta } from './read.ts';
import { DEFAULT_MAX_BYTES, checkNotBinary, decodeInput } from './validate.ts';

// What `corroborate ingest` reads: files, folders (recursively, in name order), JSONL (one
// article a line), RSS/Atom feeds (files or URLs: each item's content is the article), a web
// page URL, and "-" for stdin. Each becomes a stream of raw articles with their metadata, or of
// failures that name the input (with the line or item) and the reason; a failure never stops
// the rest.

export interface RawArticle {
  kind: 'article';
  /** What reports call it: "dir/a.txt", "batch.jsonl:12", "feed.xml#3". */
  origin: string;
  raw: string;
  meta: ArticleMeta;
}

export interface SourceFailure {
  kind: 'failure';
  origin: string;
  reason: string;
}

export type SourceItem = RawArticle | SourceFailure;

export interface SourceOptions {
  maxBytes?: number;
  stdin?: NodeJS.ReadableStream;
  /** Fetch for feed and page URLs (tests pass their own); default `guardedFetch`, whose connections refuse non-public addresses unless allowPrivateUrls. */
  fetch?: typeof fetch;
  /** Fetch feed and page URLs on private, loopback and link-local addresses too (src/watch/url-guard.ts). */
  allowPrivateUrls?: boolean;
}

/** Redirects a feed or page URL may take, each one checked like the URL itself. */
const MAX_REDIRECTS = 5;

/** Extensions a folder walk picks up; a file named explicitly is read whatever its name. */
const ARTICLE_EXT = new Set(['.txt', '.text', '.html', '.htm', '.xhtml']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
const FEED_EXT = new Set(['.rss', '.atom', '.xml']);
const URL = /^https?:\/\//i;

export async function* readSources(paths: readonly string[], opts: SourceOptions = {}): AsyncGenerator<SourceItem> {
  for (const path of paths) yield* readSource(path, opts);
}

async function* readSource(path: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  if (path === '-') return yield* readStdin(opts);
  if (URL.test(path)) return yield* readUrl(path, opts);
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return yield failure(path, code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file or folder' : `cannot be read (${code ?? String(e)})`);
  }
  if (info.isDirectory()) return yield* readFolder(path, opts);
  const ext = extname(path).toLowerCase();
  if (JSONL_EXT.has(ext)) return yield* readJsonl(fileChunks(path), path, opts);
  if (FEED_EXT.has(ext)) return yield* readFeedFile(path, opts);
  return yield* readArticleFile(path, opts);
}

async function* readFolder(dir: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    return yield failure(dir, `folder cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      yield* readFolder(path, opts);
      continue;
    }
    const ext = extname(entry.name).toLowerCase();
    if (ARTICLE_EXT.has(ext) || JSONL_EXT.has(ext) || FEED_EXT.has(ext)) yield* readSource(path, opts);
  }
}

async function* readArticleFile(path: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  let raw: string;
  try {
    raw = (await readInput(path, { maxBytes: opts.maxBytes })).raw;
  } catch (e) {
    return yield fromError(path, e);
  }
  if (looksLikeFeed(raw)) return yield* readFeedText(raw, path);
  yield { kind: 'article', origin: path, raw, meta: {} };
}

async function* readFeedFile(path: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  let raw: string;
  try {
    raw = (await readInput(path, { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES })).raw;
  } catch (e) {
    return yield fromError(path, e);
  }
  yield* readFeedText(raw, path);
}

/** "-": JSONL when the first character is "{", a feed when it is one, else one article. */
async function* readStdin(opts: SourceOptions): AsyncGenerator<SourceItem> {
  const stream = opts.stdin ?? process.stdin;
  if ((stream as { isTTY?: boolean }).isTTY) {
    return yield failure('stdin', 'is a terminal; pipe articles in (text, HTML, JSONL or a feed) or give paths');
  }
  const chunks = streamChunks(stream);
  const first = await chunks.next();
  if (first.done) return yield failure('stdin', 'input is empty');
  const head = first.value.subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  async function* all(): AsyncGenerator<Buffer> {
    yield first.value as Buffer;
    yield* chunks;
  }
  if (head.startsWith('{')) return yield* readJsonl(all(), 'stdin', opts);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const parts: Buffer[] = [];
  let size = 0;
  for await (const c of all()) {
    size += c.length;
    if (size > maxBytes) return yield failure('stdin', `input is too large (more than the limit of ${maxBytes} bytes)`);
    parts.push(c);
  }
  let raw: string;
  try {
    raw = decodeInput(Buffer.concat(parts), 'stdin');
  } catch (e) {
    return yield fromError('stdin', e);
  }
  if (looksLikeFeed(raw)) return yield* readFeedText(raw, 'stdin');
  yield { kind: 'article', origin: 'stdin', raw, meta: {} };
}

async function* readUrl(url: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  // The connection itself goes through the guarded lookup too (DNS rebinding between check and fetch).
  const doFetch = opts.fetch ?? guardedFetch({ allowPrivate: opts.allowPrivateUrls ?? false, what: 'feed URL', maxBytes });
  let body: string;
  try {
    // Every hop is checked before it is fetched: the URL, then each redirect target (SSRF).
    let target = url;
    let res: Response;
    for (let hop = 0; ; hop++) {
      await checkPublicUrl(target, hop === 0 ? 'feed URL' : `feed URL ${url} redirects to`, { allowPrivate: opts.allowPrivateUrls ?? false });
      res = await doFetch(target, { redirect: 'manual', signal: AbortSignal.timeout(30_000), headers: { accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5' } });
      const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
      if (location === null) break;
      await res.body?.cancel();
      if (hop >= MAX_REDIRECTS) return yield failure(url, `more than ${MAX_REDIRECTS} redirects`);
      target = new globalThis.URL(location, target).toString();
    }
    if (!res.ok) return yield failure(url, `HTTP ${res.status} ${res.statusText}`.trim());
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length > maxBytes) return yield failure(url, `response is too large (${bytes.length} bytes; the limit is ${maxBytes})`);
    body = decodeInput(bytes, url);
  } catch (e) {
    if (isCorroborateError(e)) return yield fromError(url, e);
    const err = e as NodeJS.ErrnoException & { cause?: { code?: string; message?: string } };
    return yield failure(url, `cannot be fetched (${err.cause?.code ?? err.cause?.message ?? err.code ?? err.message})`);
  }
  if (looksLikeFeed(body)) return yield* readFeedText(body, url);
  yield { kind: 'article', origin: url, raw: body, meta: { url } };
}

function looksLikeFeed(s: string): boolean {
  const head = s.slice(0, 2048).replace(/^\uFEFF/, '');
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/.test(head);
}

const parser = new Parser();

async function* readFeedText(xml: string, name: string): AsyncGenerator<SourceItem> {
  let feed;
  try {
    feed = await parser.parseString(xml);
  } catch (e) {
    return yield failure(name, `not a readable RSS or Atom feed (${firstLine((e as Error).message)})`);
  }
  const source = feed.title?.trim() || null;
  const items = feed.items ?? [];
  if (items.length === 0) return yield failure(name, 'the feed has no items');
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Parser.Item & { 'content:encoded'?: string; description?: string };
    const origin = `${name}#${i + 1}`;
    const raw = [item['content:encoded'], item.content, item.summary, item.description, item.contentSnippet].find(
      (x): x is string => typeof x === 'string' && x.trim() !== '',
    );
    if (raw === undefined) {
      yield failure(origin, `item${item.title ? ` "${item.title}"` : ''} has no content or description`);
      continue;
    }
    const published = toIsoDate(item.isoDate ?? item.pubDate ?? null);
    yield {
      kind: 'article',
      origin,
      raw: /<[a-z!]/i.test(raw) ? ensureHtml(raw) : raw,
      meta: {
        title: item.title?.trim() || undefined,
        url: item.link?.trim() || undefined,
        published: published ?? undefined,
        source: source ?? undefined,
      },
    };
  }
}

/** Lines of a JSONL stream: one article object a line; blank lines are skipped. */
async function* readJsonl(chunks: AsyncIterable<Buffer>, name: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let lineNo = 0;
  try {
    for await (const line of lines(chunks, maxBytes, name)) {
      lineNo++;
      const origin = `${name}:${lineNo}`;
      if (line.kind === 'too-long') {
        yield failure(origin, `line is longer than the limit of ${maxBytes} bytes`);
        continue;
      }
      let text: string;
      try {
        text = UTF8.decode(line.bytes);
      } catch {
        yield failure(origin, 'line is not valid UTF-8');
        continue;
      }
      if (lineNo === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.trim() === '') continue;
      yield parseJsonlLine(text, origin);
    }
  } catch (e) {
    yield fromError(lineNo === 0 ? name : `${name}:${lineNo + 1}`, e);
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

type Line = { kind: 'line'; bytes: Buffer } | { kind: 'too-long' };

/**
 * Splits a byte stream at LF without holding more than one line in memory; a line past
 * `maxBytes` is reported once and dropped. A stream that starts like a binary or UTF-16 file is
 * refused whole.
 */
async function* lines(chunks: AsyncIterable<Buffer>, maxBytes: number, name: string): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  let pendingSize = 0;
  let skipping = false;
  let first = true;
  const take = (tail: Buffer): Buffer => {
    const all = pending.length === 0 ? tail : Buffer.concat([...pending, tail]);
    pending = [];
    pendingSize = 0;
    return all[all.length - 1] === 13 ? all.subarray(0, all.length - 1) : all;
  };
  for await (const chunk of chunks) {
    if (chunk.length === 0) continue;
    if (first) {
      first = false;
      checkNotBinary(chunk.subarray(0, 8192), name);
    }
    let start = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      start = nl + 1;
      if (skipping) {
        skipping = false;
        pending = [];
        pendingSize = 0;
        continue;
      }
      if (pendingSize + piece.length > maxBytes) {
        pending = [];
        pendingSize = 0;
        yield { kind: 'too-long' };
        continue;
      }
      yield { kind: 'line', bytes: take(piece) };
    }
    if (skipping || start >= chunk.length) continue;
    const rest = chunk.subarray(start);
    if (pendingSize + rest.length > maxBytes) {
      skipping = true;
      pending = [];
      pendingSize = 0;
      yield { kind: 'too-long' };
    } else {
      pending.push(Buffer.from(rest));
      pendingSize += rest.length;
    }
  }
  if (first) throw new CorroborateError('E_EMPTY', `${name}: input is empty`);
  if (!skipping && pendingSize > 0) yield { kind: 'line', bytes: take(Buffer.alloc(0)) };
}

export function parseJsonlLine(line: string, origin: string): SourceItem {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return failure(origin, `malformed JSON (${(e as Error).message})`);
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return failure(origin, 'a line must be a JSON object with "text" or "html"');
  const o = obj as Record<string, unknown>;
  const raw = typeof o.text === 'string' && o.text.trim() !== '' ? o.text : typeof o.html === 'string' && o.html.trim() !== '' ? o.html : null;
  if (raw === null) return failure(origin, 'no "text" or "html" field with an article in it');
  const meta: ArticleMeta = {};
  for (const key of ['title', 'url', 'source', 'published'] as const) {
    const v = o[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') return failure(origin, `"${key}" must be a string`);
    meta[key] = v;
  }
  // A timestamp is accepted for its date; the analysis works by day.
  if (meta.published && /^\d{4}-\d{2}-\d{2}T/.test(meta.published)) meta.published = meta.published.slice(0, 10);
  return { kind: 'article', origin, raw: o.html === raw && !/\.x?html?$/i.test(origin) ? ensureHtml(raw) : raw, meta };
}

/** HTML from a JSONL "html" field is analysed as a page even when it is a fragment. */
function ensureHtml(html: string): string {
  return /<html[\s>]|<body[\s>]|<!doctype/i.test(html.slice(0, 4096)) ? html : `<html><body>${html}</body></html>`;
}

async function* fileChunks(path: string): AsyncGenerator<Buffer> {
  yield* streamChunks(createReadStream(path, { highWaterMark: 1 << 20 }));
}

async function* streamChunks(stream: NodeJS.ReadableStream): AsyncGenerator<Buffer> {
  for await (const c of stream) yield Buffer.isBuffer(c) ? c : Buffer.from(c as string);
}

function failure(origin: string, reason: string): SourceFailure {
  return { kind: 'failure', origin, reason };
}

/** A CorroborateError's message already names the input: keep only the reason. */
export function fromError(origin: string, e: unknown): SourceFailure {
  if (isCorroborateError(e)) {
    const msg = e.message;
    const reason = msg.replace(/^(?:input|stdin|[^:]*?)(?::\d+)?: /, '');
    return failure(origin, reason === msg ? msg : reason);
  }
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return failure(origin, 'no such file');
  if (err?.code === 'EACCES') return failure(origin, 'cannot be opened (permission denied)');
  return failure(origin, err?.message ?? String(e));
}

function firstLine(s: string): string {
  return s.split('\n')[0].slice(0, 200);
}

/**
 * How many articles the inputs hold, as far as can be told cheaply (for a progress bar): files
 * count one, JSONL lines and feed items are counted; URLs and stdin are unknown (null).
 */
export async function countInputs(paths: readonly string[]): Promise<number | null> {
  let total = 0;
  let known = true;
  const visit = async (path: string, explicit: boolean): Promise<void> => {
    if (path === '-' || URL.test(path)) {
      known = false;
      return;
    }
    let info;
    try {
      info = await stat(path);
    } catch {
      total += 1;
      return;
    }
    if (info.isDirectory()) {
      let entries: string[] = [];
      try {
        entries = (await readdir(path)).filter((e) => !e.startsWith('.'));
      } catch {
        total += 1;
        return;
      }
      for (const e of entries) await visit(join(path, e), false);
      return;
    }
    const ext = extname(path).toLowerCase();
    if (JSONL_EXT.has(ext)) {
      let n = 0;
      let last = 10;
      for await (const c of fileChunks(path)) {
        for (let i = c.indexOf(10); i >= 0; i = c.indexOf(10, i + 1)) n++;
        last = c[c.length - 1];
      }
      total += n + (last === 10 ? 0 : 1);
    } else if (FEED_EXT.has(ext)) {
      let n = 0;
      for await (const c of fileChunks(path)) n += c.toString('latin1').match(/<(?:item|entry)[\s>]/g)?.length ?? 0;
      total += Math.max(1, n);
    } else if (explicit || ARTICLE_EXT.has(ext)) total += 1;
  };
  for (const p of paths) await visit(p, true);
  return known ? total : null;
}
