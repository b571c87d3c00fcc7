// HTML pages → article text plus page metadata. Readability (over linkedom's DOM) finds the
// article body; we then turn its DOM into text ourselves so that paragraph structure survives:
// one line per paragraph or heading, whitespace collapsed inside a line. Metadata (published
// date, canonical URL) is read from the untouched page first, since Readability edits the DOM.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { AFTER_READABILITY, pruneFurniture, pruneStoryCards } from './html-furniture.ts';
import { escapeRegExp } from '../recognize/regex.ts';

export interface HtmlArticle {
  /** Paragraphs and headings, one per line, joined by "\n"; no blank lines. */
  text: string;
  title: string | null;
  byline: string | null;
  /** YYYY-MM-DD, as written by the publisher (no time-zone shift). */
  published: string | null;
  siteName: string | null;
  /** Canonical URL declared by the page, else the `url` it was fetched from, else null. */
  url: string | null;
}

/** True when `s` is an HTML document or fragment rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  const head = s.slice(0, 4096).replace(/^\uFEFF/, '');
  const start = head.replace(/^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*/, '');
  if (/^<(?:!doctype\s+html|html|head|body|meta|title|article|main|section|div|p|h[1-6]|header|nav|span|table|ul|ol|figure|blockquote|br|a|b|i|em|strong)[\s/>]/i.test(start)) {
    return true;
  }
  // A page saved with text before the markup (a proxy banner, a stray line): look for the skeleton.
  return /<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]/i.test(head);
}

export function extractHtmlArticle(html: string, url?: string): HtmlArticle {
  const source = asDocument(html);
  const { document } = parseHTML(source);
  const base = absoluteHttpUrl(url ?? null, null);
  const meta = readPageMetadata(document, base);

  clearPage(document);
  let blocks: Block[] = [];
  let reader: ReturnType<Readability<Node>['parse']> = null;
  try {
    // Class names are kept so that AFTER_READABILITY can recognise furniture in the result.
    reader = new Readability<Node>(document as unknown as Document, { serializer: (node) => node, keepClasses: true }).parse();
  } catch {
    // Readability gives up on some malformed pages; the plain-body fallback below still works.
    reader = null;
  }
  if (reader?.content) {
    pruneFurniture(reader.content as Element, AFTER_READABILITY);
    blocks = collectBlocks(reader.content, true);
  }
  if (blocks.length === 0) {
    // Readability found nothing (it returns null when all text sits in asides, hidden or
    // unlikely blocks) and has already edited this DOM: start again from the body.
    const fresh = parseHTML(source).document;
    clearPage(fresh);
    const root = (fresh.body && fresh.body.childNodes.length > 0 ? fresh.body : fresh.documentElement) as Node | null;
    // Chrome is skipped unless it is all the page has.
    blocks = root ? collectBlocks(root, true) : [];
    if (blocks.length === 0 && root) blocks = collectBlocks(root, false);
  }

  const title = cleanMeta(reader?.title) ?? meta.title ?? meta.documentTitle;
  const byline = cleanByline(reader?.byline) ?? meta.byline;
  blocks = dropTitleHeading(blocks, [title, meta.title, meta.documentTitle]);
  blocks = dropBylineLine(blocks, byline);
  blocks = dropFurniture(blocks);

  return {
    text: blocks.map((b) => b.text).join('\n'),
    title,
    byline,
    published: meta.published ?? toIsoDate(reader?.publishedTime ?? null),
    siteName: cleanMeta(reader?.siteName) ?? meta.siteName,
    url: meta.canonical ?? base,
  };
}

/** Whitespace runs become one space; invisible and control characters go; ends trimmed. */
export function normalizeLine(s: string): string {
  return s
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Text from the DOM

interface Block {
  text: string;
  heading: boolean;
  /** Share of the block's characters that sit inside links. */
  linkShare: number;
  /** The block's text outside links, whitespace collapsed. */
  unlinked: string;
}

const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/** Never contribute text. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'iframe', 'frame', 'frameset', 'template', 'svg', 'math',
  'object', 'embed', 'canvas', 'audio', 'video', 'head', 'title', 'meta', 'link', 'button',
  'select', 'option', 'textarea', 'input',
]);

/**
 * Page chrome outside <article>/<main>. Readability drops most of it, but on short pages it can
 * return the whole body, navigation included.
 */
const CHROME = new Set(['nav', 'footer', 'aside']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const CELL = new Set(['td', 'th']);
const HEADING = /^h[1-6]$/;

/** Class or id tokens of advertising containers. */
const AD_TOKEN =
  /^(?:ad|ads|adv|advert|adverts|advertisement|advertising|adsbygoogle|dfp|gpt-ad|sponsored|sponsored-content|outbrain|taboola)$|^(?:ad|ads|advert|dfp|gpt)[-_]|[-_](?:ad|ads|advert|advertisement)$/i;
/** Whole lines that are ad furniture, not article text. */
const AD_LINE =
  /^(?:advertisement|advertisements|advert|sponsored|sponsored content|ad|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading (?:the )?(?:main story|below)|scroll to continue(?: with content)?)$/i;

function collectBlocks(root: Node, skipChrome: boolean): Block[] {
  const blocks: Block[] = [];
  let line = '';
  let linked = 0;
  let unlinked = '';
  let heading = false;
  let inLink = 0;
  const flush = () => {
    const text = normalizeLine(line);
    if (text && !AD_LINE.test(text)) {
      const visible = line.replace(/\s+/g, '').length;
      blocks.push({ text, heading, linkShare: visible === 0 ? 0 : linked / visible, unlinked: normalizeLine(unlinked) });
    }
    line = '';
    linked = 0;
    unlinked = '';
    heading = false;
  };
  const walk = (node: Node, inArticle: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      line += data;
      if (inLink > 0) linked += data.replace(/\s+/g, '').length;
      else unlinked += data;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== DOCUMENT_FRAGMENT_NODE) return;
    const el = node as Element;
    const tag = node.nodeType === ELEMENT_NODE ? el.tagName.toLowerCase() : '#fragment';
    if (SKIP.has(tag)) return;
    if (node.nodeType === ELEMENT_NODE) {
      if (isHidden(el) || isAd(el)) return;
      if (skipChrome && !inArticle && (CHROME.has(tag) || tag === 'header' || isChromeRole(el))) return;
    }
    if (tag === 'br') {
      flush();
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    if (CELL.has(tag)) line += ' ';
    const isHeading = HEADING.test(tag);
    if (isHeading) heading = true;
    const childInArticle = inArticle || tag === 'article' || tag === 'main';
    if (tag === 'a') inLink++;
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child, childInArticle);
    if (tag === 'a') inLink--;
    if (isHeading) heading = true;
    if (CELL.has(tag)) line += ' ';
    if (block) flush();
  };
  walk(root, false);
  flush();
  return blocks;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_FRAGMENT_NODE = 11;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Longer than this, a container with an ad-like class is more likely a page wrapper. */
const MAX_AD_TEXT = 500;
const NEVER_AD = new Set(['html', 'body', 'main', 'article']);

/** What goes from a page before Readability reads it: ads, furniture known by its markup, story cards. */
function clearPage(document: ParsedDocument): void {
  removeAds(document);
  pruneFurniture(document);
  pruneStoryCards(document);
}

/** Ad containers go before Readability runs, so its choice of the article's container never counts them. */
function removeAds(document: ParsedDocument): void {
  for (const el of Array.from(document.querySelectorAll('[class], [id]'))) {
    if (NEVER_AD.has(el.tagName.toLowerCase()) || !isAd(el as unknown as Element)) continue;
    if ((el.textContent ?? '').length <= MAX_AD_TEXT) el.remove();
  }
}

function isAd(el: Element): boolean {
  const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/);
  return tokens.some((t) => t !== '' && AD_TOKEN.test(t));
}

function isChromeRole(el: Element): boolean {
  const role = el.getAttribute('role');
  return role !== null && CHROME_ROLES.has(role.toLowerCase());
}

/** Removes the first heading near the top that repeats the title; in-body subheadings stay. */
function dropTitleHeading(blocks: Block[], titles: Array<string | null>): Block[] {
  const keys = titles.filter((t): t is string => !!t).map(titleKey);
  if (keys.length === 0) return blocks;
  const index = blocks.slice(0, 3).findIndex((b) => {
    if (!b.heading) return false;
    const h = titleKey(b.text);
    return keys.some((k) => k === h || (h.length >= 10 && withSiteSuffix(h).test(k)));
  });
  return index < 0 ? blocks : blocks.filter((_, i) => i !== index);
}

/** A block whose text is (nearly) all link text: a related-story teaser, a menu entry, a tag. */
const LINK_ONLY = 0.9;

/**
 * Page furniture that Readability keeps inside the article container: link-only blocks and
 * furniture lines (isFurnitureLine; ad labels already went in collectBlocks, AD_LINE). When
 * dropping them would leave nothing, the blocks stay as they were.
 */
function dropFurniture(blocks: Block[]): Block[] {
  const linkOnly = blocks.map((b) => (b.linkShare >= LINK_ONLY && !BARE_URL.test(b.text)) || isLabelledLink(b));
  const kept = blocks.filter(
    (b, i) => !linkOnly[i] && !isFurnitureLine(b.text) && !(isTeaserHeading(b) && linkOnly[i + 1] === true),
  );
  return kept.length > 0 ? kept : blocks;
}

/**
 * Outside its links, the block is only a label: "READ MORE: <link>", "WATCH: <link>",
 * "<link> [INSIGHT]", "Related: <link>". A teaser of another story.
 */
const TEASER_LABEL = /^(?:[\p{Lu}\p{N}'’ ]{2,24}:|\[[\p{Lu} ]{2,24}\]|[-–—•|:\s])+$/u;
const LABELLED_LINK = 0.5;

function isLabelledLink(b: Block): boolean {
  return b.linkShare >= LABELLED_LINK && b.unlinked !== '' && TEASER_LABEL.test(b.unlinked);
}

/** Longest heading of a list of teasers ("You may also like", "Latest news", "More from X"). */
const TEASER_HEADING_WORDS = 6;

/** A heading, or a short line with no sentence end, that could title the link-only list after it. */
function isTeaserHeading(b: Block): boolean {
  const words = b.text.split(' ').length;
  if (words > TEASER_HEADING_WORDS) return false;
  return b.heading || !/[.!?]["”’)]?$/.test(b.text) || /(?:\.\.\.|…|:)$/.test(b.text);
}

/** A link whose text is its own address was written out for the reader to see: it stays. */
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;

/** Lines of page furniture, whole: labels of widgets, media players and galleries. */
const FURNITURE_LINE =
  /^(?:subscribe|sign up|caption|close|latest|popular|highlights|share|comments|skip to (?:main )?content|loading(?: content)?(?:\.\.\.|…)?|breaking news|media playback is unsupported on your device|image \d+ of \/? ?\d+|\d+ of \d+)$/i;
/** "Published: 10:48, Tue, Nov 19, 2019", "Updated Nov 19, 6:55 AM; Posted …": a time stamp line. */
const STAMP_LINE = /^\|?\s*(?:published|updated|posted|last updated|first published|last modified|modified)\b(?=.*\d)/i;
/** "Photo: Jane Doe, AP", "(Image: Getty)", "FILE PHOTO: …": a picture's credit or caption. */
const CREDIT_LINE = /^\(?(?:photo|image|picture|photograph|file photo|credit|media caption)s?(?: credit)?\s*:/i;

function isFurnitureLine(text: string): boolean {
  const words = text.split(' ').length;
  if (FURNITURE_LINE.test(text)) return true;
  if (words <= 14 && STAMP_LINE.test(text)) return true;
  if (words <= 40 && CREDIT_LINE.test(text)) return true;
  // A line that is nothing but a date: "18 NOV 2019".
  return words <= 4 && toIsoDate(text) !== null && /^[\p{L}\p{N} ,./-]+$/u.test(text);
}

/** Removes a "By Jane Doe" line near the top when it repeats the byline. */
function dropBylineLine(blocks: Block[], byline: string | null): Block[] {
  if (!byline) return blocks;
  const key = titleKey(byline);
  const index = blocks.slice(0, 3).findIndex((b) => !b.heading && titleKey(b.text.replace(/^by\s+/i, '')) === key);
  return index < 0 ? blocks : blocks.filter((_, i) => i !== index);
}

/** "Headline - Site", "Headline | Site", "Headline — Site": the page title with the site name. */
function withSiteSuffix(heading: string): RegExp {
  return new RegExp(`^${escapeRegExp(heading)}\\s*[-|–—:·»]\\s`);
}

function titleKey(s: string): string {
  return normalizeLine(s.normalize('NFC'))
    .toLowerCase()
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[.!?…]+$/, '');
}

// ---------------------------------------------------------------------------------------------
// Page metadata

interface PageMetadata {
  title: string | null;
  documentTitle: string | null;
  byline: string | null;
  published: string | null;
  siteName: string | null;
  canonical: string | null;
}

/** Meta keys for the publication date, most specific first. */
const PUBLISHED_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published_time',
  'dc.date.issued',
  'dc.date',
  'dcterms.issued',
  'dcterms.date',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'og:pubdate',
];

function readPageMetadata(document: ParsedDocument, base: string | null): PageMetadata {
  const meta = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const content = el.getAttribute('content');
    if (!content || !content.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !meta.has(key)) meta.set(key, content.trim());
    }
  }
  const jsonLd = readJsonLd(document);

  const published =
    firstDate(PUBLISHED_KEYS.map((k) => meta.get(k))) ??
    toIsoDate(jsonLd.datePublished) ??
    firstDate(timeCandidates(document));

  const canonicalHref = Array.from(document.querySelectorAll('link[href]')).find((el) =>
    (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  )?.getAttribute('href');
  const canonical =
    absoluteHttpUrl(canonicalHref ?? null, base) ?? absoluteHttpUrl(meta.get('og:url') ?? null, base);

  const author = meta.get('author') ?? meta.get('article:author') ?? jsonLd.author;
  return {
    title: cleanMeta(meta.get('og:title') ?? meta.get('twitter:title') ?? jsonLd.headline),
    documentTitle: cleanMeta(document.querySelector('title')?.textContent),
    byline: author && !/^https?:\/\//i.test(author) ? cleanByline(author) : null,
    published,
    siteName: cleanMeta(meta.get('og:site_name') ?? meta.get('application-name')),
    canonical,
  };
}

interface JsonLdFacts {
  datePublished: string | null;
  headline: string | null;
  author: string | null;
}

const ARTICLE_TYPE = /article|posting|report|newsarticle|blogposting/i;

/** datePublished/headline/author from JSON-LD, preferring Article-like objects. */
function readJsonLd(document: ParsedDocument): JsonLdFacts {
  const objects: Array<Record<string, unknown>> = [];
  for (const script of Array.from(document.querySelectorAll('script'))) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue; // broken JSON-LD is common and never fatal
    }
    collectObjects(data, objects, 0);
  }
  const typed = (o: Record<string, unknown>) => [o['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
  const ordered = [...objects.filter(typed), ...objects.filter((o) => !typed(o))];
  const pick = (key: string) => {
    for (const o of ordered) {
      const v = o[key];
      if (typeof v === 'string' && v.trim()) return v.trim();
    }
    return null;
  };
  const authorOf = (o: Record<string, unknown>) => {
    const a = [o.author].flat()[0];
    if (typeof a === 'string') return a;
    if (a && typeof a === 'object' && typeof (a as Record<string, unknown>).name === 'string') {
      return (a as Record<string, unknown>).name as string;
    }
    return null;
  };
  return {
    datePublished: pick('datePublished'),
    headline: pick('headline'),
    author: ordered.map(authorOf).find((a) => a !== null) ?? null,
  };
}

function collectObjects(data: unknown, out: Array<Record<string, unknown>>, depth: number): void {
  if (depth > 4 || data === null || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const item of data) collectObjects(item, out, depth + 1);
    return;
  }
  const obj = data as Record<string, unknown>;
  out.push(obj);
  if (obj['@graph']) collectObjects(obj['@graph'], out, depth + 1);
}

/** <time pubdate>, <time itemprop=datePublished>, then a <time> inside the article. */
function timeCandidates(document: ParsedDocument): Array<string | null> {
  const times = Array.from(document.querySelectorAll('time'));
  const value = (el: Element) => el.getAttribute('datetime') ?? el.textContent;
  const marked = times.filter(
    (el) => el.hasAttribute('pubdate') || (el.getAttribute('itemprop') ?? '').toLowerCase() === 'datepublished',
  );
  const inArticle = times.filter((el) => el.hasAttribute('datetime') && el.closest('article, main'));
  // A lone <time> on the page is the article's; several outside the article may be anything.
  const lone = times.length === 1 && times[0].hasAttribute('datetime') ? times : [];
  return [...marked, ...inArticle, ...lone].map(value);
}

function firstDate(values: Array<string | null | undefined>): string | null {
  for (const v of values) {
    const date = toIsoDate(v ?? null);
    if (date) return date;
  }
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';

/**
 * YYYY-MM-DD from the date formats pages use in metadata. The calendar date is taken as written:
 * "2026-11-24T01:00+05:00" is the 24th where it was published, whatever UTC says.
 */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(?:$|T|\s)/.exec(s);
  if (m) return calendarDate(+m[1], +m[2], +m[3]);
  m = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})`, 'i').exec(s);
  if (m) return calendarDate(+m[3], monthNumber(m[2]), +m[1]);
  m = new RegExp(`${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i').exec(s);
  if (m) return calendarDate(+m[3], monthNumber(m[1]), +m[2]);
  return null;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function calendarDate(year: number, month: number, day: number): string | null {
  // Years before 1900 in page metadata are CMS placeholders ("0001-01-01"), not dates.
  if (year < 1900 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function absoluteHttpUrl(href: string | null, base: string | null): string | null {
  if (!href || !href.trim()) return null;
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function cleanByline(s: string | null | undefined): string | null {
  return cleanMeta(s?.replace(/^\s*by\s+/i, ''));
}

function cleanMeta(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = normalizeLine(s);
  return t === '' ? null : t;
}

type ParsedDocument = ReturnType<typeof parseHTML>['document'];

/** linkedom builds no implied <html>/<body>: supply them so body-level queries work. */
function asDocument(html: string): string {
  const hasHtml = /<html[\s>]/i.test(html);
  const hasBody = /<body[\s>]/i.test(html);
  if (hasBody) return hasHtml ? html : `<html>${html}</html>`;
  if (!hasHtml) return `<!doctype html><html><head></head><body>${html}</body></html>`;
  const headEnd = /<\/head\s*>/i.exec(html);
  const htmlOpen = /<html[^>]*>/i.exec(html);
  const at = headEnd ? headEnd.index + headEnd[0].length : htmlOpen!.index + htmlOpen![0].length;
  const close = html.search(/<\/html\s*>/i);
  const end = close >= at ? close : html.length;
  return `${html.slice(0, at)}<body>${html.slice(at, end)}</body>${html.slice(end)}`;
}
