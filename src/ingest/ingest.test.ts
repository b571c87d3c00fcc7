import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CorroborateError, type ErrorCode } from '../model/errors.ts';
import { extractHtmlArticle, looksLikeHtml, toIsoDate } from './html.ts';
import { detectLanguage, requireEnglish } from './language.ts';
import { prepareArticle, readInput } from './read.ts';
import { decodeInput, firstInvalidUtf8Offset } from './validate.ts';
import { needsShared, sharedPath, SHARED_DIR } from '../../test/shared.ts';
import { parse } from 'csv-parse/sync';

// ---------------------------------------------------------------------------------------------
// Shared data: tests over ../shared skip when it is absent, and fail under CI=true.

const CORPUS_ARTICLE = sharedPath('corpus/afpak-militant-releases.txt');
const GTD = sharedPath('data/gtd/dev.csv');
const ACLED = sharedPath('data/acled/dev.csv');
const needShared = (path: string) => needsShared(relative(SHARED_DIR, path));

const SUBHEADINGS = new Set([
  'Afghanistan’s Internal Turmoil Fuels Extremism',
  'A Regional Security Alarm',
  'The Bigger Picture',
]);
const TITLE = 'Kabul frees thousands of militants as Pakistan goes on alert';

/** The article's paragraphs, as the source text has them: one per line, trimmed. */
function paragraphsOf(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A news page around the article: head metadata, nav, ads, script, iframe, footer. */
function wrapInPage(paragraphs: string[]): string {
  const body = paragraphs
    .map((p, i) => {
      if (SUBHEADINGS.has(p)) return `<h2>${escapeHtml(p)}</h2>`;
      // Source-code line breaks and indentation inside a paragraph must collapse to spaces.
      const html = `<p>\n        ${escapeHtml(p).replace(/, /g, ',\n        ').replace('TTP', '<strong>TTP</strong>')}\n      </p>`;
      if (i === 1) {
        return `${html}\n<div class="ad-slot ad-inline"><span>Advertisement</span>` +
          `<p>Cheap flights to Dubai: book today and save 40%!</p></div>\n<p>Advertisement</p>`;
      }
      if (i === 4) return `${html}\n<figure><iframe src="https://video.example/embed/1">Your browser does not support iframes.</iframe></figure>`;
      return html;
    })
    .join('\n      ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${TITLE} | Frontier Monitor</title>
  <meta property="og:title" content="${TITLE}">
  <meta property="og:site_name" content="Frontier Monitor">
  <meta property="article:published_time" content="2026-11-24T09:30:00+05:00">
  <meta name="author" content="Staff Reporter">
  <link rel="canonical" href="/pakistan/kabul-frees-militants">
  <style>body { font-family: serif; } .ad-slot { display: block; }</style>
  <script>window.analytics = { page: "script text must never appear" };</script>
</head>
<body>
  <header class="site-header"><a href="/">Frontier Monitor</a></header>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/pakistan">Pakistan</a></li><li><a href="/world">World</a></li></ul></nav>
  <main>
    <article>
      <h1>${TITLE}</h1>
      <p class="byline">By Staff Reporter</p>
      ${body}
      <script>trackRead("afpak");</script>
    </article>
  </main>
  <aside><h3>Most read</h3><ul><li><a href="/x">Floods in Sindh displace thousands</a></li></ul></aside>
  <footer><p>© 2026 Frontier Monitor. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body>
</html>`;
}

async function expectError(
  promiseOrFn: Promise<unknown> | (() => unknown),
  code: ErrorCode,
  mentions: string[],
): Promise<CorroborateError> {
  try {
    await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
  } catch (e) {
    assert.ok(e instanceof CorroborateError, `expected a CorroborateError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    for (const m of mentions) assert.ok(e.message.includes(m), `"${e.message}" should mention "${m}"`);
    return e;
  }
  assert.fail(`expected ${code}`);
}

// ---------------------------------------------------------------------------------------------
// HTML extraction on the real article

describe('HTML article extraction (real article)', () => {
  const opts = needShared(CORPUS_ARTICLE);
  let original = '';
  let expected = '';
  let page = '';
  before(async () => {
    if (opts.skip) return;
    original = await readFile(CORPUS_ARTICLE, 'utf8');
    expected = paragraphsOf(original).join('\n');
    page = wrapInPage(paragraphsOf(original));
  });

  test('text equals the article paragraphs; metadata from the head', opts, () => {
    const r = extractHtmlArticle(page, 'https://frontier.example/pakistan/story?id=7');
    assert.equal(r.text, expected);
    assert.equal(r.title, TITLE);
    assert.equal(r.published, '2026-11-24');
    assert.equal(r.byline, 'Staff Reporter');
    assert.equal(r.siteName, 'Frontier Monitor');
    assert.equal(r.url, 'https://frontier.example/pakistan/kabul-frees-militants');
  });

  test('subheadings on their own lines, title not repeated, no chrome', opts, () => {
    const lines = extractHtmlArticle(page).text.split('\n');
    for (const h of SUBHEADINGS) assert.equal(lines.filter((l) => l === h).length, 1, h);
    assert.ok(!lines.includes(TITLE));
    for (const junk of ['script text', 'trackRead', 'Advertisement', 'Cheap flights', 'iframes', 'Home', 'Most read', 'All rights reserved', 'font-family']) {
      assert.ok(!lines.some((l) => l.includes(junk)), `"${junk}" leaked into the text`);
    }
  });

  test('prepareArticle on an .html file: HTML detected, explicit options win', opts, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'corroborate-ingest-'));
    try {
      const path = join(dir, 'militant-release.html');
      await writeFile(path, page);
      const { name, raw } = await readInput(path);
      assert.equal(name, path);
      const fromPage = prepareArticle(raw, name, {});
      assert.equal(fromPage.text, expected);
      assert.deepEqual(fromPage.article, {
        title: TITLE,
        published: '2026-11-24',
        source: 'Frontier Monitor',
        url: null, // relative canonical and no base URL: nothing absolute to report
        byline: 'Staff Reporter',
        language: 'en',
      });
      const explicit = prepareArticle(raw, name, {
        title: 'Given title',
        published: '2026-11-25',
        source: 'Given source',
        url: 'https://given.example/a',
      });
      assert.equal(explicit.text, expected);
      assert.equal(explicit.article.title, 'Given title');
      assert.equal(explicit.article.published, '2026-11-25');
      assert.equal(explicit.article.source, 'Given source');
      assert.equal(explicit.article.url, 'https://given.example/a');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('HTML detected by content under a neutral name (stdin)', opts, () => {
    assert.equal(prepareArticle(page, 'stdin', {}).text, expected);
  });

  test('plain text: same paragraphs; BOM, CRLF and ragged whitespace normalised', opts, () => {
    assert.equal(prepareArticle(original, 'a.txt').text, expected);
    const messy = '\uFEFF' + original.split('\n').map((l) => `  ${l.replace(/ /g, '  ')}\t`).join('\r\n\r\n');
    const r = prepareArticle(messy, 'messy.txt', { published: '2026-11-24' });
    assert.equal(r.text, expected);
    assert.equal(r.article.published, '2026-11-24');
    assert.equal(r.article.title, null);
    assert.equal(r.article.language, 'en');
  });
});

// ---------------------------------------------------------------------------------------------
// HTML: smaller pages

describe('HTML pages', () => {
  test('looksLikeHtml', () => {
    const cases: Array<[string, boolean]> = [
      ['<!doctype html><html><body><p>x</p></body></html>', true],
      ['\n\n  <!-- saved page --><HTML><BODY>x', true],
      ['<p>One.</p><p>Two.</p>', true],
      ['<article><h1>T</h1></article>', true],
      ['Saved from the web\n<html><head></head><body></body></html>', true],
      ['Suicide bomb kills six in southwest Pakistan: officials', false],
      ['Casualties were <10 according to officials; >3 wounded.', false],
      ['', false],
    ];
    for (const [s, want] of cases) assert.equal(looksLikeHtml(s), want, s);
  });

  test('publication date from each kind of page metadata', () => {
    const para = '<p>Security forces said the attack began shortly after dawn and lasted for several hours before the militants were killed.</p>';
    const cases: Array<[string, string, string | null]> = [
      ['article:published_time', '<meta property="article:published_time" content="2026-11-24T23:30:00-05:00">', '2026-11-24'],
      ['meta name=date', '<meta name="date" content="2026-11-24">', '2026-11-24'],
      ['meta name=pubdate', '<meta name="pubdate" content="20261124T0800">', '2026-11-24'],
      ['og:published_time', '<meta property="og:published_time" content="Tue, 24 Nov 2026 08:00:00 GMT">', '2026-11-24'],
      ['JSON-LD', '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2026-11-24T10:00:00Z","headline":"H"}]}</script>', '2026-11-24'],
      ['time pubdate', '<time pubdate datetime="2026-11-24">Nov 24</time>', '2026-11-24'],
      ['time in article', '<article><time datetime="2026-11-24T08:00">24 November</time></article>', '2026-11-24'],
      ['broken JSON-LD and a bad date', '<script type="application/ld+json">{oops</script><meta name="date" content="2026-02-30">', null],
      ['nothing', '', null],
    ];
    for (const [label, markup, want] of cases) {
      const r = extractHtmlArticle(`<html><head>${markup.startsWith('<article') || markup.startsWith('<time') ? '' : markup}</head><body>${markup.startsWith('<article') || markup.startsWith('<time') ? markup : ''}${para}</body></html>`);
      assert.equal(r.published, want, label);
    }
  });

  test('toIsoDate keeps the calendar date as written', () => {
    const cases: Array<[string, string | null]> = [
      ['2026-11-24T01:00:00+05:00', '2026-11-24'],
      ['2026/11/24', '2026-11-24'],
      ['November 24th, 2026', '2026-11-24'],
      ['24 Nov. 2026', '2026-11-24'],
      ['2026-13-01', null],
      ['0001-01-01T00:00:00Z', null],
      ['yesterday', null],
    ];
    for (const [s, want] of cases) assert.equal(toIsoDate(s), want, s);
  });

  test('tiny page without a Readability article: body text, same paragraph handling', () => {
    const r = extractHtmlArticle(
      '<html><head><title>Blast in Quetta</title></head><body><nav>Home | World</nav>' +
        '<h1>Blast in Quetta</h1><p>Two   people were\n killed.</p><div>Police said<br>more later.</div>' +
        '<script>x()</script><p>ADVERTISEMENT</p><footer>© Example</footer></body></html>',
    );
    assert.equal(r.text, 'Two people were killed.\nPolice said\nmore later.');
    assert.equal(r.title, 'Blast in Quetta');
  });

  test('Readability finds nothing (all text in an aside): the body text is used', () => {
    const r = extractHtmlArticle('<html><head><title>Brief</title></head><body><aside><p>Two  killed in Bannu.</p><p>Police said more later.</p></aside></body></html>');
    assert.equal(r.text, 'Two killed in Bannu.\nPolice said more later.');
    assert.equal(r.title, 'Brief');
  });

  test('a fragment with no <html> or <body> still yields its paragraphs', () => {
    const r = extractHtmlArticle('<h2>Update</h2><p>Curfew lifted in  Peshawar.</p>');
    assert.equal(r.text, 'Update\nCurfew lifted in Peshawar.');
  });

  test('page furniture inside the article is left out: time stamps, picture credits, widget labels, link-only teasers; a written-out address stays', () => {
    const body = [
      'Gunmen attacked a police post on the outskirts of Bannu late on Tuesday, killing two constables and wounding a third, district police officials said.',
      'The attackers fled towards the hills after an exchange of fire that lasted nearly an hour, according to a senior officer at the scene.',
      'Reinforcements from Dera Ismail Khan reached the post before dawn and a search of nearby villages was under way on Wednesday morning.',
      'A statement from the provincial government condemned the attack and promised compensation for the families of the two men.',
    ];
    const r = extractHtmlArticle(
      '<html><head><title>Police post attacked in Bannu</title></head><body><article>' +
        '<h1>Police post attacked in Bannu</h1>' +
        '<p>Updated 6:55 AM, Wednesday, November 25, 2026</p>' +
        `<p>${body[0]}</p><figure><img src="x.jpg"><p>Photo: Staff photographer, Example Wire</p></figure>` +
        `<p>${body[1]}</p><p>SUBSCRIBE</p><p>Image 1 of 5</p>` +
        `<p>${body[2]}</p><p>The full statement: <a href="https://example.org/s">https://example.org/s</a></p>` +
        `<p><a href="https://example.org/s">https://example.org/statement</a></p><p>${body[3]}</p>` +
        '<p><a href="/a">Curfew extended in Lakki Marwat for another week</a></p>' +
        '<p><a href="/b">Five things to know about the new police budget</a></p>' +
        '<p>24 Nov 2026</p></article></body></html>',
    );
    assert.equal(
      r.text,
      [body[0], body[1], body[2], 'The full statement: https://example.org/s', 'https://example.org/statement', body[3]].join('\n'),
    );
    // A page that is nothing but links keeps them rather than coming out empty.
    const links = extractHtmlArticle('<html><body><p><a href="/a">Curfew extended in Lakki Marwat</a></p><p><a href="/b">Roads reopen in Bannu</a></p></body></html>');
    assert.equal(links.text, 'Curfew extended in Lakki Marwat\nRoads reopen in Bannu');
  });

  test('a page with no text is E_EMPTY naming the input', async () => {
    await expectError(() => prepareArticle('<html><body><script>1</script></body></html>', 'blank.html', {}), 'E_EMPTY', ['blank.html']);
  });
});

// ---------------------------------------------------------------------------------------------
// Language

const FOREIGN: Record<string, string> = {
  fr: "Un attentat-suicide a fait au moins six morts lundi dans le sud-ouest du Pakistan, selon des responsables locaux. L'explosion s'est produite près d'un poste de contrôle de la police dans la province du Baloutchistan. Aucun groupe n'a revendiqué l'attaque pour le moment, mais les autorités soupçonnent des militants liés au TTP.",
  de: 'Bei einem Selbstmordanschlag im Südwesten Pakistans sind nach Angaben der Behörden mindestens sechs Menschen getötet worden. Die Explosion ereignete sich am Montag in der Nähe eines Kontrollpunkts der Polizei in der Provinz Belutschistan. Bislang hat sich keine Gruppe zu dem Anschlag bekannt.',
  es: 'Un atentado suicida dejó al menos seis muertos el lunes en el suroeste de Pakistán, según informaron las autoridades locales. La explosión se produjo cerca de un puesto de control de la policía en la provincia de Baluchistán. Ningún grupo ha reivindicado el ataque hasta el momento.',
  ur: 'پاکستان کے جنوب مغربی صوبے بلوچستان میں پیر کے روز ایک خودکش دھماکے میں کم از کم چھ افراد ہلاک ہو گئے۔ حکام کے مطابق دھماکا پولیس کی ایک چوکی کے قریب ہوا۔ ابھی تک کسی گروہ نے حملے کی ذمہ داری قبول نہیں کی۔',
  ps: 'د پاکستان په سویل لویدیځ کې د دوشنبې په ورځ یوه ځانمرګي برید لږ تر لږه شپږ کسان ووژل. چارواکو ویلي چې چاودنه د پولیسو د یوې پوستې ته نږدې شوې ده. تر اوسه هیڅ ډلې د دې برید مسؤلیت نه دی منلی.',
  ru: 'В результате взрыва смертника на юго-западе Пакистана в понедельник погибли по меньшей мере шесть человек, сообщили местные власти. Взрыв произошёл у полицейского контрольно-пропускного пункта в провинции Белуджистан. Ни одна группировка пока не взяла на себя ответственность за нападение.',
};

const ENGLISH_SHORT = [
  'Suicide bomb kills six in southwest Pakistan: officials',
  'TTP claims Bannu attack; IS-KP denies role',
  'Lakki Marwat, Bannu, Dera Ismail Khan, North Waziristan, South Waziristan, Khyber, Kurram, Orakzai, Mohmand, Bajaur, Tank, Karak, Kohat, Hangu, Peshawar, Charsadda, Mardan, Swabi, Nowshera, Malakand',
  '02/29/2016: A police officer opened fire on his colleagues at a police checkpoint in Maywand district, Kandahar province, Afghanistan. Four police officers were killed and ten officers were reported missing following the attack. The Taliban claimed responsibility for the incident.',
  '',
];

describe('language', () => {
  for (const [code, text] of Object.entries(FOREIGN)) {
    test(`${code} sample is detected and rejected`, () => {
      assert.equal(detectLanguage(text).language, code);
      assert.throws(() => requireEnglish(text, `article-${code}.txt`), (e: unknown) =>
        e instanceof CorroborateError && e.code === 'E_LANGUAGE' && e.message.includes(`article-${code}.txt`) && e.message.includes(`(${code})`));
    });
  }

  test('short or name-heavy English is never rejected; too short means low confidence', () => {
    for (const text of ENGLISH_SHORT) assert.equal(detectLanguage(text).language, 'en', text);
    assert.ok(detectLanguage(ENGLISH_SHORT[0]).confidence <= 0.2);
  });

  test('the real article is English with high confidence', needShared(CORPUS_ARTICLE), async () => {
    const guess = detectLanguage(await readFile(CORPUS_ARTICLE, 'utf8'));
    assert.equal(guess.language, 'en');
    assert.ok(guess.confidence >= 0.9, String(guess.confidence));
  });

  test('every GTD summary and ACLED note is English', needShared(GTD), async () => {
    const texts = [
      ...csvColumn(await readFile(GTD, 'utf8'), 'summary'),
      ...csvColumn(await readFile(ACLED, 'utf8'), 'notes'),
    ];
    assert.ok(texts.length > 6000);
    const rejected = texts.filter((t) => detectLanguage(t).language !== 'en');
    assert.deepEqual(rejected, []);
  });

  test('only the start of a long text is examined', () => {
    const long = `${FOREIGN.fr} `.repeat(8) + 'The attack was reported by officials in the province. '.repeat(20000);
    assert.equal(detectLanguage(long).language, 'fr');
    // And the other way round: English up front, then far more French than English in all.
    const englishFirst = 'The attack was reported by officials in the province. '.repeat(60) + `${FOREIGN.fr} `.repeat(4000);
    assert.equal(detectLanguage(englishFirst).language, 'en');
  });
});

/** Bytes this process has read through read() and the like so far (Linux's /proc/self/io `rchar`). */
function bytesReadByThisProcess(): number {
  const m = /^rchar: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'));
  assert.ok(m, '/proc/self/io has no rchar line');
  return Number(m[1]);
}

/** One column of a gold CSV, empty cells dropped. */
function csvColumn(csv: string, column: string): string[] {
  const rows = parse(csv, { columns: true, relax_column_count: true }) as Array<Record<string, string>>;
  return rows.map((r) => r[column] ?? '').filter((t) => t.trim() !== '');
}

// ---------------------------------------------------------------------------------------------
// Reading files and stdin

describe('readInput and validation', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'corroborate-read-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const file = async (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    await writeFile(path, content);
    return path;
  };

  test('published must be a day of the calendar: leap days by the Gregorian rules', () => {
    const text = 'Gunmen attacked a checkpoint in Kabul on Monday.';
    for (const ok of ['2024-02-29', '2000-02-29', '2023-12-31', '1996-04-30']) {
      assert.equal(prepareArticle(text, 'a.txt', { published: ok }).article.published, ok);
    }
    for (const bad of ['2023-02-29', '1900-02-29', '2023-04-31', '2023-13-01', '2023-00-10', '2023-01-00', '2023-1-01', ' 2023-01-01', '2023-01-01\n']) {
      assert.throws(
        () => prepareArticle(text, 'a.txt', { published: bad }),
        (e: unknown) => e instanceof CorroborateError && e.code === 'E_BAD_OPTION' && e.message.includes(`published date "${bad}"`),
        bad,
      );
    }
  });

  test('a text file: BOM stripped, CRLF normalised', async () => {
    const path = await file('ok.txt', '\uFEFFFirst line.\r\nSecond line.\r\n');
    assert.deepEqual(await readInput(path), { name: path, raw: 'First line.\nSecond line.\n' });
  });

  test('missing file → E_NOT_FOUND', async () => {
    const path = join(dir, 'nope.txt');
    await expectError(readInput(path), 'E_NOT_FOUND', [path]);
  });

  test('directory → E_NOT_A_FILE', async () => {
    const path = join(dir, 'a-directory');
    await mkdir(path);
    await expectError(readInput(path), 'E_NOT_A_FILE', [path, 'directory']);
  });

  test('empty and whitespace-only files → E_EMPTY', async () => {
    const empty = await file('empty.txt', '');
    await expectError(readInput(empty), 'E_EMPTY', [empty, 'empty']);
    const blank = await file('blank.txt', ' \n\t\r\n  ');
    await expectError(readInput(blank), 'E_EMPTY', [blank, 'whitespace']);
  });

  test('binary file → E_BINARY', async () => {
    const path = await file('image.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    await expectError(readInput(path), 'E_BINARY', [path, 'NUL byte at offset 8']);
    const controls = await file('controls.dat', new Uint8Array(Array.from({ length: 64 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))));
    await expectError(readInput(controls), 'E_BINARY', [controls, 'control']);
  });

  test('invalid UTF-8 → E_ENCODING with the byte offset', async () => {
    const path = await file('latin1.txt', new Uint8Array([0x4f, 0x4b, 0x20, 0xc3, 0x28, 0x0a]));
    await expectError(readInput(path), 'E_ENCODING', [path, 'UTF-8', 'byte offset 3']);
    const utf16 = await file('utf16.txt', new Uint8Array([0xff, 0xfe, 0x41, 0x00]));
    await expectError(readInput(utf16), 'E_ENCODING', [utf16, 'UTF-16']);
  });

  test('firstInvalidUtf8Offset', () => {
    const enc = new TextEncoder();
    const cases: Array<[Uint8Array, number]> = [
      [enc.encode('Kabul’s fall — “next batch”'), -1],
      [new Uint8Array([0x41, 0xc3, 0x28]), 1],
      [new Uint8Array([0x41, 0x42, 0xe2, 0x80]), 2], // truncated at the end
      [new Uint8Array([0xc0, 0xaf]), 0], // overlong
      [new Uint8Array([0x41, 0xed, 0xa0, 0x80]), 1], // surrogate
      [new Uint8Array([0xf4, 0x90, 0x80, 0x80]), 0], // above U+10FFFF
    ];
    for (const [bytes, want] of cases) assert.equal(firstInvalidUtf8Offset(bytes), want, String(Array.from(bytes)));
  });

  test('over the limit → E_TOO_LARGE', async () => {
    const path = await file('big.txt', 'x'.repeat(100));
    await expectError(readInput(path, { maxBytes: 64 }), 'E_TOO_LARGE', [path, '100 bytes', '64 bytes']);
    assert.equal((await readInput(path, { maxBytes: 100 })).raw.length, 100);
    await expectError(readInput(path, { maxBytes: 0 }), 'E_BAD_OPTION', ['maxBytes']);
  });

  test('the size check uses stat: a huge (sparse) file is refused without being read', async () => {
    const path = join(dir, 'huge.txt');
    await writeFile(path, '');
    await truncate(path, 5 * 1024 ** 3); // 5 GB of holes: reading it would take seconds and fail
    const readBefore = bytesReadByThisProcess();
    await expectError(readInput(path), 'E_TOO_LARGE', [path, '5120 MB', '10 MB']);
    assert.ok(bytesReadByThisProcess() - readBefore < 1024 * 1024, 'the file was read before its size was checked');
  });

  test('stdin: read from the given stream, named "stdin", bounded', async () => {
    const ok = await readInput('-', { stdin: Readable.from([Buffer.from('\uFEFFTwo killed\r\n'), Buffer.from('in Bannu.')]) });
    assert.deepEqual(ok, { name: 'stdin', raw: 'Two killed\nin Bannu.' });
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled++;
        this.push(Buffer.alloc(1024, 0x61));
      },
    });
    await expectError(readInput('-', { stdin: endless, maxBytes: 4096 }), 'E_TOO_LARGE', ['stdin']);
    assert.ok(pulled < 16, `read ${pulled} chunks past the limit`);
    await expectError(readInput('-', { stdin: Readable.from([Buffer.from([0xc3, 0x28])]) }), 'E_ENCODING', ['stdin']);
    await expectError(readInput('-', { stdin: Readable.from([]) }), 'E_EMPTY', ['stdin']);
  });

  test('a French article file → E_LANGUAGE naming the file and the language', async () => {
    const path = await file('attentat.txt', FOREIGN.fr);
    const { name, raw } = await readInput(path);
    await expectError(() => prepareArticle(raw, name, {}), 'E_LANGUAGE', [path, 'French (fr)']);
  });

  test('a bad published option → E_BAD_OPTION', async () => {
    await expectError(() => prepareArticle('Two killed in Bannu.', 'x.txt', { published: '24/11/2026' }), 'E_BAD_OPTION', ['x.txt', '24/11/2026']);
  });

  test('in-memory strings get the same checks', async () => {
    await expectError(() => prepareArticle('  \n ', 'memory', {}), 'E_EMPTY', ['memory']);
    await expectError(() => prepareArticle('a\u0000b', 'memory', {}), 'E_BINARY', ['memory']);
    assert.throws(() => decodeInput(new Uint8Array([]), 'x'), /x: input is empty/);
  });

  test('text is NFC; curly quotes kept', () => {
    const r = prepareArticle('Police in Que\u0301bec said “two” militants’ cars were seized.', 'nfc.txt');
    assert.equal(r.text, 'Police in Qu\u00e9bec said “two” militants’ cars were seized.');
  });
});
