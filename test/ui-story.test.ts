import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../src/server/serve.ts';
import type { Store } from '../src/store/store.ts';
import { needsShared, sharedPath } from './shared.ts';
import { RESULTS, needsBrowserAndUi, openPage, openUiServer, type LaunchedBrowser, type OpenedPage, type UiServer } from './ui-browser.ts';

// The Story view in Chromium: the seed article and a second report of the same release giving
// another figure, ingested through the API; the stories list, the story with both reports side
// by side and the contradiction highlighted and linked to each report's sentence; the way there
// from the Events table by keyboard alone; and the contrast of every piece of text in every view,
// computed from the colours the browser renders. Screenshots go to test-results/.

const SEED = 'corpus/afpak-militant-releases.txt';
const TOKEN = 'ui-story-token';

// Our own writing: the same release as the seed ("over 3,200" freed "just yesterday"), told with
// another figure. Its title carries markup that must show as text.
const SECOND = {
  text: 'The Taliban administration in Kabul released 2,700 militants from Afghan prisons yesterday, Pakistani security officials said. Many of the freed militants are wanted in Pakistan, the officials said.',
  published: '2026-11-24',
  source: 'Frontier Test Wire',
  title: 'Taliban free 2,700 militants <img src=x onerror="window.__pwned=1">',
};


let server: RunningServer;
let chromium: LaunchedBrowser;
let store: Store;
const ids: { seed?: string; second?: string } = {};

function open(path = '/'): Promise<OpenedPage> {
  return openPage(chromium.browser, `${server.url}${path}`);
}

/**
 * Every visible piece of text on the page whose colour on its rendered background falls below
 * WCAG AA (4.5:1; 3:1 for large text). The background is found by compositing the element's
 * and its ancestors' background colours over white, as the browser paints them.
 */
// Plain JavaScript run in the page (a string, so the test's TypeScript transform does not touch it).
const LOW_CONTRAST = String.raw`(() => {
    const parse = (css) => {
      const m = css.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const [r, g, b, a = '1'] = m[1].split(/[,\s/]+/).filter(Boolean);
      return [Number(r), Number(g), Number(b), Number(a)];
    };
    const over = (top, under) => {
      const a = top[3];
      return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a)).concat(1);
    };
    const lum = (c) => {
      const [r, g, b] = c.slice(0, 3).map((v) => {
        const x = v / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const background = (el) => {
      const layers = [];
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] >= 1) break;
      }
      return layers.reverse().reduce((under, top) => over(top, under), [255, 255, 255, 1]);
    };
    const out = [];
    let checked = 0;
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('svg') || !(el instanceof HTMLElement)) continue;
      const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
      if (!text) continue;
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (rect.width <= 1 || rect.height <= 1 || style.visibility === 'hidden' || style.display === 'none' || rect.right < 0) continue;
      checked++;
      const fg = over(parse(style.color), background(el));
      const bg = background(el);
      const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
      const ratio = (hi + 0.05) / (lo + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) out.push(el.tagName.toLowerCase() + '.' + el.className + ' "' + text.slice(0, 40) + '": ' + ratio.toFixed(2) + ' (' + style.color + ' on rgb(' + bg.slice(0, 3).join(', ') + '))');
    }
    return { checked, failures: out };
})()`;

async function lowContrast(page: Page): Promise<{ checked: number; failures: string[] }> {
  return page.evaluate(LOW_CONTRAST) as Promise<{ checked: number; failures: string[] }>;
}

describe('the Story view in Chromium', needsBrowserAndUi(), () => {
  let ui: UiServer | undefined;
  before(async () => {
    ui = await openUiServer('ui-story', TOKEN);
    ({ store, server, chromium } = ui);
  });

  after(async () => {
    await ui?.close();
  });

  test('empty states: no stories yet, and a story id not in the store', async () => {
    const { page, context, problems } = await open('/#/stories');
    try {
      assert.match(await page.locator('.empty-state').innerText(), /No stories yet.*corroborate ingest/s);
      await page.goto(`${server.url}/#/stories/${encodeURIComponent('story:art-0000000000000000#e1')}`);
      const alert = page.getByRole('alert');
      assert.match(await alert.innerText(), /The story could not be loaded: no story story:art-0000000000000000#e1 in the store/);
      assert.match(await alert.innerText(), /list the stories/);
      assert.deepEqual(problems.filter((p) => !/status of 404/.test(p)), []);
    } finally {
      await context.close();
    }
  });

  test('the seed article and a second report: both side by side, the differing figure highlighted and linked to each sentence', needsShared(SEED), async () => {
    const res = await fetch(`${server.url}/v1/articles`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        articles: [{ text: readFileSync(sharedPath(SEED), 'utf8'), published: '2026-11-24', source: 'Seed Daily', title: 'Kabul frees thousands of militants' }, SECOND],
      }),
    });
    const body = await res.json();
    assert.deepEqual(body.results.map((r: any) => r.status), ['stored', 'stored']);
    [ids.seed, ids.second] = body.results.map((r: any) => r.id);

    const { page, context, problems } = await open('/#/stories?minSources=2');
    try {
      // The list, filtered to stories with two sources: the release, with its contradiction.
      // The list is fetched after the page loads: wait for its first row before counting.
      const row = page.locator('tr[data-story]');
      await row.first().waitFor();
      assert.equal(await row.count(), 1);
      assert.match(await row.innerText(), /Prisoner release/);
      assert.match(await row.innerText(), /Released: at least 3,200 vs 2,700/);
      await page.screenshot({ path: join(RESULTS, 'ui-stories.png'), fullPage: true });
      await row.locator('a.story-link').click();

      await page.waitForSelector('.report-card');
      assert.equal(await page.title(), 'Story · Corroborate');
      const cards = page.locator('.report-card');
      assert.equal(await cards.count(), 2);
      assert.match(await cards.nth(0).innerText(), /Seed Daily[\s\S]*at least 3,200 released \(disputed\)/);
      assert.match(await cards.nth(1).innerText(), /Frontier Test Wire[\s\S]*2,700 released \(disputed\)/);
      // Side by side: the two cards share a row.
      const [a, b] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
      assert.ok(a && b && Math.abs(a.y - b.y) < 2 && b.x > a.x + a.width - 1, 'the reports are in columns');
      // The markup in the second title is text.
      assert.match(await cards.nth(1).innerText(), /<img src=x onerror="window.__pwned=1">/);
      assert.equal(await page.evaluate(() => (window as any).__pwned ?? null), null);
      assert.equal(await page.locator('.report-card img').count(), 0);

      assert.match(await page.locator('.sources-panel h3').innerText(), /2 independent sources\s+from 2 reports/);
      assert.match(await page.locator('.sources-panel').innerText(), /Syndicated copies count once/);

      const contradiction = page.locator('.contradiction[data-field="released"]');
      assert.match(await contradiction.innerText(), /Released: at least 3,200 \(Seed Daily\) vs 2,700 \(Frontier Test Wire\)/);
      assert.equal(await contradiction.locator('mark.disputed').first().innerText(), 'at least 3,200');
      const quotes = await contradiction.locator('.quotes li').allInnerTexts();
      assert.ok(quotes.some((q) => /over 3,200 of these militants were released/.test(q) && /Seed Daily, 2026-11-24/.test(q)), quotes.join('\n'));
      assert.ok(quotes.some((q) => /released 2,700 militants from Afghan prisons/.test(q)), quotes.join('\n'));
      assert.equal(await contradiction.locator('.quotes mark.disputed').first().innerText(), 'over 3,200');
      await page.screenshot({ path: join(RESULTS, 'ui-story.png'), fullPage: true });

      // The BBC-style link on a value goes to that report's article at the event that states it.
      await contradiction.getByRole('link', { name: 'Frontier Test Wire', exact: true }).click();
      await page.waitForSelector('.event.target-event');
      assert.match(page.url(), new RegExp(`#/articles/${ids.second}\\?event=e1$`));
      assert.match(await page.locator('.event.target-event').innerText(), /2,700 released/);
      assert.match(await page.locator('.article-stories').innerText(), /In the story: the story of event e1/);
      await page.getByRole('link', { name: '← Back to the story' }).click();
      await page.waitForSelector('.report-card');
      // The id unencoded in the address (as an alert may link it) opens the same story.
      const storyId = decodeURIComponent(page.url().split('#/stories/')[1]);
      assert.match(storyId, /^story:art-[0-9a-f]{16}#e\d+$/);
      await page.goto(`${server.url}/#/analyze`);
      await page.goto(`${server.url}/#/stories/${storyId}`);
      await page.waitForSelector('.report-card');
      assert.equal(await page.locator('.report-card').count(), 2);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('keyboard only: from the Events table to the story, with focus always visible', needsShared(SEED), async () => {
    assert.ok(ids.second, 'runs after the ingest above');
    const { page, context, problems } = await open('/#/events?type=prisoner-release');
    try {
      await page.waitForSelector('.event-table a.story-link');
      assert.match(await page.locator(`tr[data-event="${ids.second}:e1"]`).innerText(), /Story · 2 sources/);
      // The skip link comes first and moves focus to the results.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'results');

      // Tab through the results until the story link of the 2,700 release has focus.
      const target = `${ids.second}:e1`;
      let reached = false;
      for (let i = 0; i < 60 && !reached; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return { story: el.classList.contains('story-link'), row: el.closest('tr')?.getAttribute('data-event') ?? null, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
        });
        assert.ok(focus.outline !== 'none' && focus.width >= 2, `focus is visible on every stop (stop ${i})`);
        reached = focus.story && focus.row === target;
      }
      assert.ok(reached, 'Tab reaches the Story link of the event');
      await page.screenshot({ path: join(RESULTS, 'ui-story-keyboard.png') });
      await page.keyboard.press('Enter');
      await page.waitForSelector('.report-card');
      assert.match(page.url(), /#\/stories\/story%3Aart-/);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'story-heading', 'focus moves to the story');
      assert.equal(await page.locator('.report-card').count(), 2);

      // Every stop in the story shows its focus, and Tab reaches each report's article.
      const stops: string[] = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return { text: el.textContent ?? '', inMain: !!el.closest('main'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
        });
        if (!focus.inMain) break;
        assert.ok(focus.outline !== 'none' && focus.width >= 2, `focus is visible on "${focus.text}"`);
        stops.push(focus.text);
      }
      assert.equal(stops.filter((t) => t === 'Open the article').length, 2, stops.join(' | '));
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('Events: the independent-sources filter keeps the events whose story has that many, and lives in the address', needsShared(SEED), async () => {
    assert.ok(ids.second, 'runs after the ingest above');
    const { page, context, problems } = await open('/#/events');
    try {
      const rows = page.locator('.event-table tr[data-event]');
      await page.waitForSelector('.event-table a.story-link');
      const all = await rows.count();
      // The field is labelled like the Stories view's; Enter in it applies it and writes it into the address.
      await page.getByLabel('Independent sources').fill('2');
      await page.getByLabel('Independent sources').press('Enter');
      await page.waitForURL(/#\/events\?minSources=2$/);
      await page.waitForFunction((n) => {
        const shown = document.querySelectorAll('.event-table tr[data-event]');
        return shown.length > 0 && shown.length < n && document.querySelectorAll('.event-table .story-sources').length === shown.length;
      }, all);
      // Only the events of the two-source story are left: the 2,700 release and the seed's 3,200.
      const kept = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-event')));
      assert.ok(kept.includes(`${ids.second}:e1`), kept.join(' '));
      for (const text of await rows.allInnerTexts()) assert.match(text, /Story · 2 sources/);
      assert.ok(await rows.filter({ hasText: '3,200' }).count() >= 1, 'the seed’s release is kept');

      // From the address alone (a bookmark, a reload) the field shows the filter and the list is narrowed.
      await page.goto(`${server.url}/#/analyze`);
      await page.goto(`${server.url}/#/events?minSources=2`);
      await page.waitForSelector('.event-table a.story-link');
      assert.equal(await page.getByLabel('Independent sources').inputValue(), '2');
      assert.equal(await rows.count(), kept.length);

      // More sources than any story has: nothing matches, said so.
      await page.goto(`${server.url}/#/events?minSources=3`);
      await page.waitForSelector('.empty-state');
      assert.match(await page.locator('.empty-state').innerText(), /No events match these filters/);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('every piece of text in every view reaches WCAG AA contrast on its rendered background', needsShared(SEED), async () => {
    assert.ok(ids.seed, 'runs after the ingest above');
    const { page, context, problems } = await open('/#/analyze');
    try {
      const failures: string[] = [];
      const checked: Record<string, number> = {};
      const check = async (view: string) => {
        const found = await lowContrast(page);
        checked[view] = found.checked;
        failures.push(...found.failures.map((f) => `${view}: ${f}`));
      };

      await page.fill('#article-text', readFileSync(sharedPath(SEED), 'utf8'));
      await page.fill('#published', '2026-11-24');
      await page.click('button[type=submit]');
      await page.waitForSelector('.article');
      await page.focus('.claim');
      await check('analyze');

      await page.goto(`${server.url}/#/events`);
      await page.waitForSelector('.event-table a.story-link');
      await check('events');
      await page.click('#tab-timeline');
      await check('events timeline');

      await page.goto(`${server.url}/#/stories`);
      await page.waitForSelector('tr[data-story]');
      await check('stories');

      await page.locator('tr[data-story]', { hasText: 'at least 3,200' }).locator('a.story-link').click();
      await page.waitForSelector('.report-card');
      await check('story');

      await page.goto(`${server.url}/#/articles/${ids.seed}?event=e2`);
      await page.waitForSelector('.event.target-event');
      await check('article');

      await page.goto(`${server.url}/#/watches`);
      await page.waitForSelector('.watches-results .empty-state');
      await check('watches');

      await page.goto(`${server.url}/#/stories/${encodeURIComponent('story:art-0000000000000000#e1')}`);
      await page.waitForSelector('.error-state');
      await check('story error');

      assert.deepEqual(failures, []);
      for (const [view, n] of Object.entries(checked)) assert.ok(n >= 5, `${view}: only ${n} pieces of text checked`);

      // The check does catch what it looks for: grey on white, and white on a pale panel.
      await page.evaluate(() => {
        const probe = document.createElement('p');
        probe.id = 'contrast-probe';
        for (const [text, color, background] of [
          ['grey on white', '#999999', ''],
          ['white on the panel', '#ffffff', '#f6f7f9'],
          ['just enough', '#767676', ''],
        ]) {
          const span = document.createElement('span');
          span.textContent = text;
          span.style.color = color;
          if (background) span.style.background = background;
          probe.append(span, ' ');
        }
        document.querySelector('main')!.prepend(probe);
      });
      const probe = (await lowContrast(page)).failures;
      assert.equal(probe.length, 2, probe.join('\n'));
      assert.match(probe[0], /"grey on white": 2\.85/);
      assert.match(probe[1], /"white on the panel": 1\.0[0-9]/);
      assert.deepEqual(problems.filter((p) => !/status of 404/.test(p)), []);
    } finally {
      await context.close();
    }
  });
});
