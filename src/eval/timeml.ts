// TimeML (.tml) documents → the plain text of <TEXT> and the gold TIMEX3 spans as offsets into
// it. TimeML marks time expressions inline, in mixed content ("in <TIMEX3 ...>last month</TIMEX3>'s
// shooting"), and scoring needs character offsets into the text with the tags removed. A generic
// XML parser hands back a tree without source offsets, so this reads the tag structure with a
// small tokenizer instead: start, end and empty-element tags, comments, processing instructions,
// CDATA and character references, with a stack that refuses mismatched or unclosed tags.

export interface GoldTimex {
  tid: string;
  type: string;
  value: string;
  /** Offsets into `TimemlDocument.text`. */
  start: number;
  end: number;
  text: string;
}

export interface TimemlDocument {
  /** The document creation time as YYYY-MM-DD, or null when the file has none. */
  dct: string | null;
  /** The content of <TEXT> with every tag removed and character references decoded. */
  text: string;
  timexes: GoldTimex[];
}

/** A malformed document: `line` is the 1-based line of the file where reading failed. */
export class TimemlError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'TimemlError';
  }
}

const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|&(#x[0-9a-fA-F]+|#\d+|[A-Za-z]+);|[<&]/g;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

function attributes(raw: string, decode: (s: string, at: number) => string, at: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of raw.matchAll(ATTRIBUTE)) out[m[1]] = decode(m[2] ?? m[3] ?? '', at);
  return out;
}

/** Parses one TimeML file. Throws TimemlError for input that is not well-formed. */
export function parseTimeml(source: string): TimemlDocument {
  const fail = (offset: number, message: string): TimemlError => new TimemlError(lineAt(source, offset), message);
  const decodeEntity = (ref: string, at: number): string => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff) throw fail(at, `bad character reference &${ref};`);
      return String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[ref];
    if (named === undefined) throw fail(at, `unknown entity &${ref};`);
    return named;
  };
  const decodeAttr = (s: string, at: number) =>
    s.replace(/&(#x[0-9a-fA-F]+|#\d+|[A-Za-z]+);/g, (_, ref: string) => decodeEntity(ref, at));

  const stack: Array<{ name: string; at: number; timex: GoldTimex | null }> = [];
  let dct: string | null = null;
  let inText = false;
  let sawText = false;
  let text = '';
  const timexes: GoldTimex[] = [];
  let last = 0;
  const emit = (s: string) => {
    if (inText) text += s;
  };

  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(source); m !== null; m = TOKEN.exec(source)) {
    const plain = source.slice(last, m.index);
    emit(plain);
    last = m.index + m[0].length;
    const tok = m[0];
    if (tok === '<' || tok === '&') throw fail(m.index, `stray "${tok}" (unescaped or a broken tag)`);
    if (m[6] !== undefined) {
      emit(decodeEntity(m[6], m.index));
      continue;
    }
    if (m[1] !== undefined) {
      emit(m[1]);
      continue;
    }
    const name = m[3];
    if (name === undefined) continue; // comment, processing instruction, doctype
    const closing = m[2] === '/';
    const selfClosing = m[5] === '/';
    if (closing) {
      if (selfClosing || m[4].trim() !== '') throw fail(m.index, `malformed end tag ${tok}`);
      const open = stack.pop();
      if (!open) throw fail(m.index, `end tag </${name}> without a start tag`);
      if (open.name !== name) throw fail(m.index, `end tag </${name}> closes <${open.name}> (opened on line ${lineAt(source, open.at)})`);
      if (open.timex) {
        open.timex.end = text.length;
        open.timex.text = text.slice(open.timex.start, open.timex.end);
      }
      if (name === 'TEXT') inText = false;
      continue;
    }
    const attrs = attributes(m[4], decodeAttr, m.index);
    if (name === 'TIMEX3' && attrs.functionInDocument === 'CREATION_TIME') {
      const day = /^(\d{4}-\d{2}-\d{2})/.exec(attrs.value ?? '');
      if (day) dct = day[1];
    }
    if (selfClosing) continue;
    let timex: GoldTimex | null = null;
    if (name === 'TEXT') {
      if (sawText) throw fail(m.index, 'a second <TEXT> element');
      inText = true;
      sawText = true;
    } else if (name === 'TIMEX3' && inText) {
      if (stack.some((s) => s.timex)) throw fail(m.index, 'a TIMEX3 nested in another TIMEX3');
      timex = { tid: attrs.tid ?? '', type: attrs.type ?? '', value: attrs.value ?? '', start: text.length, end: text.length, text: '' };
      timexes.push(timex);
    }
    stack.push({ name, at: m.index, timex });
  }
  emit(source.slice(last));
  if (stack.length > 0) {
    const open = stack[stack.length - 1];
    throw fail(open.at, `<${open.name}> is never closed`);
  }
  if (!sawText) throw fail(0, 'no <TEXT> element');
  // TE3 scores neither the DCT nor an empty extent.
  return { dct, text, timexes: timexes.filter((t) => t.tid !== 't0' && t.text.trim() !== '') };
}
