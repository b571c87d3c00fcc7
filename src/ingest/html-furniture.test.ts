import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHTML } from 'linkedom';
import { pruneStoryCards } from './html-furniture.ts';
import { extractHtmlArticle } from './html.ts';

// Each rule of html-furniture.ts on a page of our own writing: the article's paragraphs come out
// whole and the furniture does not. Every page is long enough for Readability to find the article.

const BODY = [
  'Gunmen attacked a police post on the outskirts of Bannu late on Tuesday, killing two constables and wounding a third, district police officials said on Wednesday morning.',
  'The attackers fled towards the hills after an exchange of fire that lasted nearly an hour, according to a senior officer who spoke at the scene of the attack.',
  'Reinforcements from Dera Ismail Khan reached the post before dawn and a search of the nearby villages was under way by the time the curfew was lifted at noon.',
  'A statement from the provincial government condemned the attack and promised compensation for the families of the two men, who had served for more than ten years.',
];

/** A page whose <article> holds the four paragraphs with `inside` after the second and `after` at the end. */
function page(inside: string, after = '', outside = ''): string {
  return (
    '<html><head><title>Police post attacked in Bannu</title></head><body>' +
    `<article><h1>Police post attacked in Bannu</h1><p>${BODY[0]}</p><p>${BODY[1]}</p>${inside}` +
    `<p>${BODY[2]}</p><p>${BODY[3]}</p>${after}</article>${outside}</body></html>`
  );
}

function lines(html: string): string[] {
  return extractHtmlArticle(html).text.split('\n');
}

function assertOnlyBody(html: string, furniture: string[]): void {
  const out = lines(html);
  for (const p of BODY) assert.ok(out.includes(p), `paragraph lost: ${p.slice(0, 40)}`);
  for (const f of furniture) assert.ok(!out.some((l) => l.includes(f)), `"${f}" leaked into the text`);
}

describe('page furniture removed by its markup', () => {
  test('figcaption: a picture caption and its credit', () => {
    assertOnlyBody(
      page('<figure><img src="a.jpg"><figcaption>Police officers stand guard outside the post in Bannu on Wednesday. <cite>Staff photographer</cite></figcaption></figure>'),
      ['stand guard outside', 'Staff photographer'],
    );
  });

  test('picture figure: a figure with an image and no paragraph of its own loses its credit and count; a quotation figure stays', () => {
    const html = page(
      '<figure class="media"><img src="a.jpg"><span class="count">6</span><cite>Staff photographer/Example Wire</cite></figure>' +
        '<figure><blockquote><p>We will not rest until the attackers are found and brought before a court.</p></blockquote></figure>',
    );
    assertOnlyBody(html, ['Staff photographer', '6']);
    assert.ok(lines(html).includes('We will not rest until the attackers are found and brought before a court.'));
  });

  test('elements hidden by class: screen-reader text and print-only headers', () => {
    assertOnlyBody(
      page('<div class="print-header"><span>https://example.org/news/bannu-police-post</span></div><p class="sr-only">Skip the interactive map of the district below here</p>'),
      ['example.org/news', 'interactive map'],
    );
  });

  test('sign-up box: a newsletter prompt inside the article', () => {
    assertOnlyBody(
      page('<div class="newsletter-signup"><h3>Breaking News Emails</h3><p>Get breaking news alerts and special reports delivered to you every weekday morning.</p></div>'),
      ['Breaking News Emails', 'breaking news alerts'],
    );
  });

  test('author box: the writer\'s bio after the story', () => {
    assertOnlyBody(
      page('', '<div class="post-author"><p>Jane Doe is a reporter covering security in the north-west of the country for our desk; she has written about the tribal districts since the merger of 2018.</p></div>'),
      ['Jane Doe is a reporter'],
    );
  });

  test('picture caption outside <figcaption>: a caption-named element beside an image; without an image it stays', () => {
    assertOnlyBody(
      page('<div class="photo"><img src="a.jpg"><span class="newsCaption">The police post in Bannu after the attack (Image: Staff)</span></div>'),
      ['after the attack (Image'],
    );
    const out = lines(page('<div class="video-block"><div class="caption"><p>Officials describe the night of the attack on the police post in their own words.</p></div></div>'));
    assert.ok(out.some((l) => l.startsWith('Officials describe the night')), 'a caption with no image beside it was removed');
  });

  test('teasers: a trending-stories rail, removed from Readability\'s result', () => {
    assertOnlyBody(
      page('', '<div class="rail rail--trending"><h3>Curfew extended in Lakki Marwat for another week, officials say</h3><p>Schools in the district will stay closed until the end of the month as the search continues.</p></div>'),
      ['Curfew extended in Lakki Marwat', 'Schools in the district'],
    );
  });

  test('teaser heading: a short heading right before a link-only list goes with it', () => {
    assertOnlyBody(
      page('', '<h3>You may also like</h3><p><a href="/a">Curfew extended in Lakki Marwat for another week</a></p><p><a href="/b">Roads reopen in Bannu after the search</a></p>'),
      ['You may also like', 'Curfew extended'],
    );
    // A heading followed by text stays.
    const out = lines(page('<h3>What happened next</h3>'));
    assert.ok(out.includes('What happened next'));
  });

  test('labelled teaser links: "READ MORE: <link>", "<link> [INSIGHT]"; a sentence with a link stays', () => {
    const html = page(
      '<p><strong>READ MORE: <a href="/a">Curfew extended in Lakki Marwat for another week</a></strong></p>' +
        '<p><a href="/b">Roads reopen in Bannu after the search of the villages</a> [INSIGHT]</p>' +
        '<p>Officials said the <a href="/c">full statement</a> would be published later in the day.</p>',
    );
    assertOnlyBody(html, ['READ MORE', 'Curfew extended', 'Roads reopen']);
    assert.ok(lines(html).includes('Officials said the full statement would be published later in the day.'));
  });

  test('story cards: three or more short <article> elements beside the story are teasers', () => {
    const card = (n: number) => `<article class="story-card"><h2>Other story number ${n} about the province</h2><p>A short summary of another story that ran on the same day in the same section, number ${n}.</p></article>`;
    assertOnlyBody(page('', '', `<section>${card(1)}${card(2)}${card(3)}</section>`), ['Other story number', 'A short summary']);
  });

  test('story cards: a single other <article> is not a list of teasers and stays on the page', () => {
    const other = (n: number) => `<article class="other-${n}"><p>A short summary of another story that ran on the same day, number ${n}.</p></article>`;
    const one = parseHTML(page('', '', other(1))).document;
    pruneStoryCards(one);
    assert.equal(one.querySelectorAll('article').length, 2);
    const three = parseHTML(page('', '', other(1) + other(2) + other(3))).document;
    pruneStoryCards(three);
    assert.equal(three.querySelectorAll('article').length, 1);
  });

  test('copyright and syndication notices', () => {
    assertOnlyBody(
      page('', '<p class="syndigate-link">Via Example Syndication</p><p class="copyright">Copyright 2026 Example Press. All rights reserved.</p>'),
      ['Via Example Syndication', 'All rights reserved'],
    );
  });

  test('page text never executes: scripts and event handlers in the page do not run', () => {
    const g = globalThis as Record<string, unknown>;
    delete g.__corroboratePageRan;
    extractHtmlArticle(page('<script>globalThis.__corroboratePageRan = 1</script><img src="x" onerror="globalThis.__corroboratePageRan = 2">'));
    assert.equal(g.__corroboratePageRan, undefined);
  });
});
