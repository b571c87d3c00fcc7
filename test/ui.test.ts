import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { analyze } from '../src/index.ts';
import type { RunningServer } from '../src/server/serve.ts';
import type { Store } from '../src/store/store.ts';
import { needsShared, sharedPath } from './shared.ts';
import { RESULTS, needsBrowserAndUi, openPage, openUiServer, type LaunchedBrowser, type OpenedPage, type UiServer } from './ui-browser.ts';

// The web UI end to end: the real server on a free loopback port, the built UI, Debian's
// Chromium. One browser for every test here. Screenshots go to test-results/.

const SEED = 'corpus/afpak-militant-releases.txt';


let server: RunningServer;
let chromium: LaunchedBrowser;
let store: Store;
const TOKEN = 'ui-test-token';

function open(options: { bypassCSP?: boolean } = {}): Promise<OpenedPage> {
  return openPage(chromium.browser, `${server.url}/`, options);
}

/**
 * Waits for `what`; when it never comes, fails with what the page showed instead (its main text,
 * console problems, a screenshot), so a rare timeout can be understood from the test log alone.
 */
async function waitOrExplain(page: Page, what: ReturnType<Page['locator']>, problems: string[], screenshot: string): Promise<void> {
  try {
    await what.waitFor();
  } catch (e) {
    const shown = await page.locator('main').innerText().catch(() => '(no main element)');
    await page.screenshot({ path: join(RESULTS, screenshot), fullPage: true }).catch(() => {});
    throw new Error(`${(e as Error).message}\npage: ${page.url()}\nshown: ${shown.slice(0, 1500)}\nproblems: ${problems.join(' | ') || 'none'}`);
  }
}

async function analyzeText(page: Page, text: string, published?: string): Promise<void> {
  await page.fill('#article-text', text);
  if (published) await page.fill('#published', published);
  await page.click('button[type=submit]');
  await page.waitForSelector('.article, .error-state');
}

/** WCAG contrast ratio of two CSS rgb()/rgba() colours (alpha ignored: labels are opaque). */
function contrast(fg: string, bg: string): number {
  const lum = (css: string) => {
    const [r, g, b] = css.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

describe('web UI in Chromium', needsBrowserAndUi(), () => {
  let ui: UiServer | undefined;
  before(async () => {
    ui = await openUiServer('ui', TOKEN);
    ({ store, server, chromium } = ui);
  });

  after(async () => {
    await ui?.close();
  });

  test('an address changed while the page is still starting is the view shown', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1400, height: 1000 } });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      // The hash changes after the app's first render but before its effects run: the hashchange
      // event of that moment reaches no listener, so the app must read the hash again itself.
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          window.location.hash = '#/watches';
        });
      });
      await page.goto(`${server.url}/`);
      await page.waitForSelector('.watches-results');
      assert.equal(await page.locator('nav.views a[aria-current=page]').innerText(), 'Watches');
    } finally {
      await context.close();
    }
  });

  test('empty state, and a clear message when nothing was given', async () => {
    const { page, context, problems } = await open();
    try {
      assert.equal(await page.title(), 'Corroborate');
      assert.match(await page.locator('.empty-state').innerText(), /Nothing analysed yet.*Paste an article/s);
      await page.click('button[type=submit]');
      assert.match(await page.getByRole('alert').innerText(), /Paste an article into the box, or choose a file, first/);
      await page.screenshot({ path: join(RESULTS, 'ui-empty.png') });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('the seed article: the anonymous "Sources indicate" claim, the 3,200 release, a point in Pakistan', needsShared(SEED), async () => {
    const { page, context, problems } = await open();
    try {
      // Keyboard only: type into the box, set the date, Ctrl+Enter.
      await page.fill('#article-text', readFileSync(sharedPath(SEED), 'utf8'));
      await page.fill('#published', '2026-11-24');
      await page.focus('#article-text');
      await page.keyboard.press('Control+Enter');
      await page.waitForSelector('.article');

      // Tab from the Analyze button reaches the first claim, which then shows its provenance.
      await page.focus('button[type=submit]');
      await page.keyboard.press('Tab');
      const first = await page.locator('.claim').first().getAttribute('data-claim');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-claim')), first);
      assert.match(await page.getByRole('tooltip').innerText(), new RegExp(`^Claim ${first}\\b`));

      // The claim is marked anonymous, in words, and shows its provenance when focused.
      const sources = page.locator('.claim', { hasText: 'Sources indicate' });
      assert.equal(await sources.count(), 1);
      assert.equal(await sources.getAttribute('data-attribution'), 'anonymous');
      assert.equal(await sources.locator('.badge').innerText(), 'anonymous');
      assert.equal((await sources.locator('.cert-label').innerText()).toLowerCase(), await sources.getAttribute('data-certainty'));
      await sources.focus();
      const tip = page.getByRole('tooltip');
      await tip.waitFor();
      assert.equal(await sources.getAttribute('aria-describedby'), await tip.getAttribute('id'));
      const tipText = await tip.innerText();
      assert.match(tipText, /Sources indicate these releases followed/);
      assert.match(tipText, /rule: claim:/);
      assert.match(tipText, /attribution: anonymous \(source: Sources\)/);
      assert.equal(await page.locator('mark.active-span').first().innerText(), 'Sources indicate');
      // The tooltip stays beside its claim when the page scrolls (a timeout here means it did not).
      const sourcesId = (await sources.getAttribute('data-claim'))!;
      const tipGap = (id: string) =>
        document.getElementById('provenance-tip')!.getBoundingClientRect().top - document.querySelector(`[data-claim="${id}"]`)!.getBoundingClientRect().bottom;
      const before = await page.evaluate(tipGap, sourcesId);
      const scrolledFrom = await page.evaluate(() => window.scrollY);
      await page.mouse.wheel(0, 60);
      await page.waitForFunction((y) => window.scrollY >= y + 30, scrolledFrom);
      await page.waitForFunction(
        ([id, b]) => {
          const now = document.getElementById('provenance-tip')!.getBoundingClientRect().top - document.querySelector(`[data-claim="${id}"]`)!.getBoundingClientRect().bottom;
          return Math.abs(now - b) < 2;
        },
        [sourcesId, before] as const,
      );
      await page.screenshot({ path: join(RESULTS, 'ui-claim-provenance.png') });
      await page.keyboard.press('Escape');
      await tip.waitFor({ state: 'detached' });

      // Every certainty present is labelled in words, not colour alone.
      for (const label of await page.locator('.article .cert-label').allInnerTexts()) {
        assert.match(label.toLowerCase(), /^(asserted|hedged|predicted|speculative|denied)$/);
      }
      assert.ok((await page.locator('.claim[data-certainty=hedged] .cert-label').count()) > 0);

      // The release of 3,200 in the events list, with the provenance of its count.
      const release = page.locator('li.event[data-type=prisoner-release]', { hasText: '3,200' });
      assert.equal(await release.count(), 1);
      const count = release.locator('.count-field');
      assert.equal(await count.innerText(), 'at least 3,200 released');
      await count.hover();
      const countTip = await tip.innerText();
      assert.match(countTip, /“?over 3,200”?/);
      assert.match(countTip, /rule: quantity:/);
      assert.equal(await page.locator('mark.active-span').innerText(), 'over 3,200');

      // The sourcing profile names each kind with its count.
      const { sourcing } = analyze(readFileSync(sharedPath(SEED), 'utf8'), { published: '2026-11-24' });
      for (const kind of ['named', 'official', 'anonymous', 'expert', 'media'] as const) {
        const shown = await page.locator(`.sourcing .legend li[data-attribution=${kind}]`).innerText();
        const pct = Math.round((100 * sourcing[kind]) / sourcing.claims);
        assert.match(shown, new RegExp(`^${kind}\\s+${sourcing[kind]}\\s+\\(${pct}%\\)$`));
      }
      assert.match(await page.locator('.sourcing .legend li[data-attribution=unattributed]').innerText(), new RegExp(`^none\\s+${sourcing.unattributed}\\s`));

      // The map: one point per place with coordinates, and one of them drawn inside Pakistan.
      const mapPoints = page.locator('.world-map circle.point');
      assert.equal(await mapPoints.count(), await page.locator('li[data-place]').count() - (await page.locator('li[data-place]', { hasText: 'not on the map' }).count()));
      const insidePakistan = await page.evaluate(() => {
        const pakistan = document.querySelector<SVGPathElement>('.world-map path[data-country-name="Pakistan"]');
        if (!pakistan) return 'no Pakistan on the map';
        return [...document.querySelectorAll<SVGCircleElement>('.world-map circle[data-country="PK"]')]
          .filter((c) => pakistan.isPointInFill(new DOMPoint(c.cx.baseVal.value, c.cy.baseVal.value)))
          .map((c) => c.getAttribute('aria-label'));
      });
      assert.ok(Array.isArray(insidePakistan) && insidePakistan.length > 0, `a point inside Pakistan: ${JSON.stringify(insidePakistan)}`);
      await page.locator('.world-map').screenshot({ path: join(RESULTS, 'ui-map.png') });

      // Labels and badges are readable: at least 4.5:1 against their own background.
      const colours = await page.evaluate(() =>
        [...document.querySelectorAll('.cert-label, .badge, .bar-seg')].map((el) => {
          const s = getComputedStyle(el);
          return { text: el.textContent, fg: s.color, bg: s.backgroundColor };
        }),
      );
      assert.ok(colours.length > 10);
      for (const c of colours) assert.ok(contrast(c.fg, c.bg) >= 4.5, `contrast of "${c.text}": ${contrast(c.fg, c.bg).toFixed(2)}`);

      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(RESULTS, 'ui-analyze-seed.png'), fullPage: true });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('Events: empty state, then the seed article ingested through the API: the 3,200 release, a point in Pakistan, its article', needsShared(SEED), async () => {
    const { page, context, problems } = await open();
    try {
      // Nothing stored yet: the empty state says how to get events in.
      await page.getByRole('link', { name: 'Events' }).click();
      await page.waitForSelector('.empty-state');
      assert.match(await page.locator('.empty-state').innerText(), /No events stored yet\. Ingest articles with corroborate ingest or POST \/v1\/articles/);
      await page.screenshot({ path: join(RESULTS, 'ui-events-empty.png') });

      const res = await fetch(`${server.url}/v1/articles`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ text: readFileSync(sharedPath(SEED), 'utf8'), published: '2026-11-24', source: 'Seed' }),
      });
      const posted = (await res.json()) as { results: Array<{ status: string; id: string }> };
      assert.equal(res.status, 200);
      assert.equal(posted.results[0].status, 'stored');

      // "Show events" (Enter in a filter box) loads them: the release of 3,200 is in the table.
      await page.focus('#filter-actor');
      await page.keyboard.press('Enter');
      const row = page.locator('tr[data-type=prisoner-release]', { hasText: '3,200' });
      await row.waitFor();
      assert.match(await row.locator('.counts').innerText(), /at least 3,200 released/);
      assert.match(await row.innerText(), /2026-11-23/);
      assert.match(await row.innerText(), /Kabul, AF/);
      await page.screenshot({ path: join(RESULTS, 'ui-events-table.png'), fullPage: true });

      // The timeline: a column on the day of the release, labelled in words.
      await page.getByRole('tab', { name: 'Timeline' }).click();
      const day = page.locator('.timeline g.day[data-day="2026-11-23"]');
      assert.match((await day.getAttribute('aria-label'))!, /^2026-11-23: \d+ prisoner release/);

      // The map, reached with the arrow keys from the tabs: a point inside Pakistan's outline.
      await page.getByRole('tab', { name: 'Timeline' }).focus();
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.getByRole('tab', { name: 'Map' }).getAttribute('aria-selected'), 'true');
      await page.waitForSelector('.world-map circle.point');
      const insidePakistan = await page.evaluate(() => {
        const pakistan = document.querySelector<SVGPathElement>('.world-map path[data-country-name="Pakistan"]');
        if (!pakistan) return 'no Pakistan on the map';
        return [...document.querySelectorAll<SVGCircleElement>('.world-map circle.point')]
          .filter((c) => pakistan.isPointInFill(new DOMPoint(c.cx.baseVal.value, c.cy.baseVal.value)))
          .map((c) => c.getAttribute('aria-label'));
      });
      assert.ok(Array.isArray(insidePakistan) && insidePakistan.length > 0, `a point inside Pakistan: ${JSON.stringify(insidePakistan)}`);
      await page.locator('.world-map').screenshot({ path: join(RESULTS, 'ui-events-map.png') });

      // From the event to its article: claims highlighted as in the Analyze view.
      await page.getByRole('tab', { name: 'Table' }).click();
      await row.locator('a.article-link').click();
      await page.waitForSelector('.article');
      assert.match(page.url(), new RegExp(`#/articles/${posted.results[0].id}`));
      const sources = page.locator('.claim', { hasText: 'Sources indicate' });
      assert.equal(await sources.getAttribute('data-attribution'), 'anonymous');
      assert.equal(await sources.locator('.badge').innerText(), 'anonymous');
      assert.equal(await page.locator('li.event[data-type=prisoner-release]', { hasText: '3,200' }).count(), 1);
      await page.screenshot({ path: join(RESULTS, 'ui-events-article.png'), fullPage: true });

      // Back returns to the events; a type filter set from the keyboard narrows them.
      await page.getByRole('link', { name: '← Back to the events' }).click();
      await row.waitFor();
      await page.selectOption('#filter-type', 'prisoner-release');
      await page.focus('#filter-country');
      await page.keyboard.type('Afghanistan');
      await page.keyboard.press('Enter');
      await page.waitForURL(/#\/events\?type=prisoner-release&country=Afghanistan$/);
      await page.waitForFunction(() => document.querySelectorAll('tr[data-type]').length > 0 && [...document.querySelectorAll('tr[data-type]')].every((r) => r.getAttribute('data-type') === 'prisoner-release'));
      await row.waitFor();
      // A filter that matches nothing says so and offers to clear the filters.
      await page.goto(`${server.url}/#/events?type=kidnapping`);
      assert.match(await page.locator('.empty-state').innerText(), /No events match these filters/);
      await page.getByRole('button', { name: 'clear all filters' }).click();
      await row.waitFor();
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('a stored article with hostile markup in its text, title and source: shown as text in the events and the article view, nothing runs', async () => {
    const hostile = `<!doctype html><html><head><title>Checkpoint attack <img src=x onerror="window.__pwned='title'"></title></head>
<body><article><h1>Checkpoint attack</h1>
<p>Police said on Sunday that gunmen attacked a checkpoint in Bannu district, killing three policemen. <img src="x" onerror="window.__pwned='onerror'"><script>window.__pwned='script'</script></p>
<p>Officials said the attackers fled. <a href="javascript:window.__pwned='link'">More</a> <iframe src="javascript:parent.__pwned='iframe'"></iframe></p>
<p>Residents said the words &lt;script&gt;window.__pwned='escaped'&lt;/script&gt; were painted on a wall near the checkpoint in Bannu.</p>
</article></body></html>`;
    const res = await fetch(`${server.url}/v1/articles`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ html: hostile, published: '2026-05-04', source: `<script>window.__pwned='source'</script>Wire`, url: `javascript:window.__pwned='url'` }),
    });
    const posted = (await res.json()) as { results: Array<{ status: string; id: string }> };
    assert.equal(posted.results[0].status, 'stored', JSON.stringify(posted));
    const { page, context, problems, dialogs } = await open();
    try {
      await page.goto(`${server.url}/#/events?type=attack&since=2026-05-01&until=2026-05-31`);
      const row = page.locator('tr[data-type=attack]', { hasText: 'Bannu' }).first();
      await waitOrExplain(page, row, problems, 'ui-hostile-events-timeout.png');
      assert.match(await row.innerText(), /<script>window\.__pwned='source'<\/script>Wire/);
      await row.locator('a.article-link').click();
      await page.waitForSelector('.article');
      const article = await page.locator('.article').innerText();
      assert.ok(article.includes(`<script>window.__pwned='escaped'</script>`), article);
      for (const claim of await page.locator('.claim').all()) await claim.hover();
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
        frames: document.querySelectorAll('iframe, frame, object, embed').length,
        handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
        scriptLinks: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((h) => /^\s*javascript:/i.test(h)),
        images: document.querySelectorAll('main img').length,
        scripts: [...document.querySelectorAll('script')].map((s) => s.getAttribute('src')),
      }));
      assert.equal(state.pwned, null);
      assert.equal(state.frames, 0);
      assert.deepEqual(state.handlers, []);
      assert.deepEqual(state.scriptLinks, []);
      assert.equal(state.images, 0);
      assert.ok(state.scripts.every((src) => src !== null && src.startsWith('/assets/')), JSON.stringify(state.scripts));
      assert.deepEqual(dialogs, []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('an article the server refuses: the error says why and what to do', async () => {
    const { page, context, problems } = await open();
    try {
      await analyzeText(page, 'Les autorités ont déclaré lundi que douze militants avaient été tués lors d’une opération dans le nord du pays.');
      const alert = await page.locator('.error-state').innerText();
      assert.match(alert, /could not be analysed: body\.text: .*not English/);
      assert.match(alert, /Only English articles can be analysed/);
      await page.screenshot({ path: join(RESULTS, 'ui-error.png') });
      // The browser logs the 422 response itself; nothing else may go wrong.
      assert.deepEqual(problems.filter((p) => !/status of 422/.test(p)), []);
    } finally {
      await context.close();
    }
  });

  test('Watches: create a watch for releases by the Afghan Taliban, ingest a second report through the API, see the alert arrive', needsShared(SEED), async () => {
    const post = async (article: object) => {
      const res = await fetch(`${server.url}/v1/articles`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify(article),
      });
      assert.equal(res.status, 200);
      return ((await res.json()) as { results: Array<{ status: string; id: string }> }).results[0];
    };
    // The seed (stored already when the Events test ran before this one).
    assert.match((await post({ text: readFileSync(sharedPath(SEED), 'utf8'), published: '2026-11-24', source: 'Seed' })).status, /^(stored|duplicate)$/);
    const { page, context, problems } = await open();
    try {
      await page.getByRole('link', { name: 'Watches' }).click();
      await page.waitForSelector('.watches-results .empty-state');
      assert.match(await page.locator('.watches-results .empty-state').first().innerText(), /No watches yet\. Create one with the form above/);
      assert.match(await page.locator('.alerts-empty').innerText(), /No alerts yet\. They appear here as they happen/);
      await page.waitForSelector('.live-open');

      // No name: the form says so, in an alert, without asking the server.
      await page.focus('#watch-name');
      await page.keyboard.press('Enter');
      assert.match(await page.locator('#watch-error').innerText(), /Name: give the watch a name/);

      // No token yet: the server's 401 is shown with what to do.
      await page.fill('#watch-name', 'Releases by the Afghan Taliban');
      await page.fill('#watch-actors', 'Afghan Taliban');
      await page.selectOption('#watch-type', 'prisoner-release');
      await page.focus('#watch-name');
      await page.keyboard.press('Enter');
      assert.match(await page.locator('#watch-error').innerText(), /no Authorization header[\s\S]*Enter the server’s API token/);

      // The token, typed once (Enter), kept for the tab; then the watch is created from the keyboard.
      await page.focus('#api-token');
      await page.keyboard.type(TOKEN);
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => sessionStorage.getItem('corroborate.token')), TOKEN);
      await page.focus('#watch-name');
      await page.keyboard.press('Enter');
      const watch = page.locator('.watch', { hasText: 'Releases by the Afghan Taliban' });
      await watch.waitFor();
      assert.match(await watch.innerText(), /prisoner-release, by\/with Afghan Taliban/);
      assert.equal(await page.inputValue('#watch-name'), '');

      const second = await post({
        text: 'KABUL, Nov 24 (Frontier Wire) - The Taliban administration in Afghanistan released more than 3,200 militants from prisons on Monday, officials in Kabul said, many of them members of the banned Tehreek-e-Taliban Pakistan wanted in Pakistan. Pakistani security officials said they were tracking the movement of the freed prisoners toward the border.',
        published: '2026-11-24',
        source: 'Frontier Wire',
        title: 'Taliban free 3,200 militants, Pakistan on alert',
      });
      assert.equal(second.status, 'stored');

      const alert = page.locator('.alert', { hasText: 'Taliban free 3,200 militants' });
      await alert.waitFor();
      const text = await alert.innerText();
      assert.match(text, /Releases by the Afghan Taliban/);
      assert.match(text, /Frontier Wire, 2026-11-24 · Prisoner release .*· 3,200 released/);
      assert.match(text, /Story: 2 reports, 2 independent sources/);
      const href = await alert.locator('a').getAttribute('href');
      assert.match(href ?? '', /^#\/stories\/story%3Aart-[0-9a-f]{16}%23e\d+$/);
      await page.screenshot({ path: join(RESULTS, 'ui-watches-alert.png'), fullPage: true });

      // Deleting the watch from the keyboard.
      await page.getByRole('button', { name: 'Delete the watch Releases by the Afghan Taliban' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('.watches-results .empty-state');
      // The browser logs the 401 response itself; nothing else may go wrong.
      assert.deepEqual(problems.filter((p) => !/status of 401/.test(p)), []);
    } finally {
      await context.close();
    }
  });

  describe('hostile markup is shown as text and never runs', () => {
    const payloads = `Police said on Sunday that gunmen attacked a checkpoint in Bannu district, killing three policemen.`;
    const page = `<!doctype html><html><head><title>Gunmen attack checkpoint in Bannu</title>
<meta property="article:published_time" content="2026-05-04T09:00:00Z">
<script>window.__pwned = 'head script'; document.title = 'pwned'; alert('head script');</script></head>
<body><article><h1>Gunmen attack checkpoint in Bannu</h1>
<p>${payloads} <img src="x" onerror="window.__pwned='onerror'; alert('onerror')"> Officials said the attackers fled towards the border.</p>
<p>A spokesman for the provincial government said a search operation was under way. <a href="javascript:window.__pwned='link';alert('link')" id="more">Read more</a></p>
<iframe src="javascript:parent.__pwned='iframe'" srcdoc="<script>parent.__pwned='srcdoc'</script>"></iframe>
<p>Residents reported hearing gunfire for nearly an hour, and the words &lt;script&gt;window.__pwned='escaped';alert('escaped')&lt;/script&gt; were painted on a wall &lt;img src=x onerror=alert('escaped-img')&gt; near the checkpoint.</p>
<svg onload="window.__pwned='svg'"><circle r="1"/></svg>
<p>Security officials said the area had been sealed off and that an investigation had been opened into the attack on Sunday.</p>
</article></body></html>`;
    const pastedText = `Police said on Sunday that gunmen attacked a checkpoint in Bannu district, killing three policemen.
Witnesses said a note reading <script>window.__pwned='pasted';alert('pasted')</script> and <img src=x onerror="alert('pasted-img')"> was left at the site, with a link <a href="javascript:alert('pasted-link')">here</a> and <iframe src="javascript:alert('pasted-iframe')"></iframe> beside it.
Officials said the attackers fled towards the border and a search operation was under way.`;

    async function checkNothingRan(o: OpenedPage, label: string): Promise<void> {
      const { page } = o;
      // Show every claim's provenance too: the tooltip renders article text as well.
      for (const claim of await page.locator('.claim').all()) await claim.hover();
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
        title: document.title,
        frames: document.querySelectorAll('iframe, frame, object, embed').length,
        scripts: [...document.querySelectorAll('script')].map((s) => s.getAttribute('src')),
        handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
        scriptLinks: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((h) => /^\s*javascript:/i.test(h)),
        articleImages: document.querySelectorAll('.article img, .article svg').length,
      }));
      assert.deepEqual(o.dialogs, [], `${label}: dialogs`);
      assert.equal(state.pwned, null, `${label}: an injected script ran`);
      assert.equal(state.title, 'Corroborate', label);
      assert.equal(state.frames, 0, label);
      assert.ok(state.scripts.every((src) => src !== null && src.startsWith('/assets/')), `${label}: scripts ${JSON.stringify(state.scripts)}`);
      assert.deepEqual(state.handlers, [], label);
      assert.deepEqual(state.scriptLinks, [], label);
      assert.equal(state.articleImages, 0, label);
      assert.deepEqual(o.problems, [], label);
    }

    for (const bypassCSP of [false, true]) {
      const mode = bypassCSP ? 'with the CSP switched off in the browser' : 'under the CSP';
      test(`an uploaded HTML page with <script>, onerror=, javascript: links and <iframe> (${mode})`, async () => {
        const o = await open({ bypassCSP });
        try {
          await o.page.setInputFiles('#article-file', { name: 'attack.html', mimeType: 'text/html', buffer: Buffer.from(page) });
          assert.match(await o.page.locator('.file-note').innerText(), /attack\.html .* as an HTML page/);
          await o.page.click('button[type=submit]');
          await o.page.waitForSelector('.article');
          const article = await o.page.locator('.article').innerText();
          assert.match(article, /gunmen attacked a checkpoint in Bannu/);
          // Escaped markup in the page is article text, and shows as text.
          assert.ok(article.includes(`<script>window.__pwned='escaped';alert('escaped')</script>`), article);
          assert.ok(article.includes(`<img src=x onerror=alert('escaped-img')>`));
          assert.ok(!article.includes('Read more') || (await o.page.locator('.article a').count()) === 0);
          await checkNothingRan(o, `upload ${mode}`);
          if (!bypassCSP) await o.page.screenshot({ path: join(RESULTS, 'ui-hostile-upload.png'), fullPage: true });
        } finally {
          await o.context.close();
        }
      });

      test(`pasted text with raw markup (${mode})`, async () => {
        const o = await open({ bypassCSP });
        try {
          await analyzeText(o.page, pastedText, '2026-05-04');
          const article = await o.page.locator('.article').innerText();
          assert.ok(article.includes(`<script>window.__pwned='pasted';alert('pasted')</script>`), article);
          assert.ok(article.includes(`<iframe src="javascript:alert('pasted-iframe')"></iframe>`));
          await checkNothingRan(o, `paste ${mode}`);
        } finally {
          await o.context.close();
        }
      });
    }
  });
});
