import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { RunningServer } from '../src/server/serve.ts';
import { RESULTS, needsBrowserAndUi, openPage, openUiServer, postArticles, type LaunchedBrowser, type OpenedPage, type UiServer } from './ui-browser.ts';
import { RIVAL_TOLL_ARTICLE } from './rival-toll-article.ts';

// Session 21's additions where readers look, in Chromium against a real server and a real
// SQLite file: an article of our own writing with two tolls for one attack ("Officials said four
// soldiers were killed; the Pakistani Taliban put the death toll at 15"), a sit-in broken up with
// batons and a deportation. The article view shows every count with its teller and the protest
// "with intervention"; the Events view's type picker offers "Deportation" and its table keeps
// both tolls and the protest's "with intervention" badge, which its Protests filter selects; the
// story shows the article's two tolls as a contradiction, the rival one with who gave it.
// Screenshots go to test-results/.

const TOKEN = 'ui-tolls-token';

describe('rival tolls, deportations and dispersed protests in the browser', needsBrowserAndUi(), () => {
  let ui: UiServer;
  let server: RunningServer;
  let chromium: LaunchedBrowser;
  let articleId = '';

  const open = (path: string): Promise<OpenedPage> => openPage(chromium.browser, `${server.url}${path}`);

  before(async () => {
    ui = await openUiServer('ui-tolls', TOKEN);
    ({ server, chromium } = ui);
    [articleId] = await postArticles(server, TOKEN, RIVAL_TOLL_ARTICLE);
  });

  after(async () => {
    await ui?.close();
  });

  test('the article view: both tolls with their tellers, the protest with intervention, the deportation', async () => {
    const { page, context, problems } = await open(`/#/articles/${articleId}`);
    try {
      const attack = page.locator('.event[data-type="attack"]');
      await attack.waitFor();
      assert.match(await attack.locator('dd').first().innerText(), /^4 killed per Officials\s*·\s*15 killed per the Pakistani Taliban$/);
      // The rival figure's provenance names its teller's words and the rule that kept it.
      await attack.locator('.count-field').nth(1).focus();
      const tip = page.locator('#provenance-tip');
      await tip.waitFor();
      assert.match(await tip.innerText(), /told by[\s\S]*the Pakistani Taliban/);
      assert.match(await tip.innerText(), /toll-rival:killed:15/);

      const protest = page.locator('.event[data-type="protest"]');
      assert.equal(await protest.locator('.intervention-badge').innerText(), 'with intervention (batons)');
      assert.match(await protest.innerText(), /9 wounded/);

      const deportation = page.locator('.event[data-type="deportation"]');
      assert.match(await deportation.locator('h3').innerText(), /^Deportation/);
      assert.match(await deportation.innerText(), /230 deported/);
      await page.screenshot({ path: join(RESULTS, 'ui-tolls-article.png'), fullPage: true });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('the Events view: "Deportation" in the type picker; the table keeps both tolls and both tellers; the dispersed protest’s badge and its filter', async () => {
    const { page, context, problems } = await open('/#/events');
    try {
      const picker = page.locator('select[name="type"]');
      await picker.waitFor();
      await picker.selectOption({ label: 'Deportation' });
      await page.getByRole('button', { name: 'Show events' }).click();
      await page.waitForURL(/type=deportation/);
      const rows = page.locator('tr[data-event]');
      await rows.first().waitFor();
      assert.equal(await rows.count(), 1);
      assert.match(await rows.first().innerText(), /Deportation\s+230 deported/);

      await page.goto(`${server.url}/#/events?type=attack`);
      const attack = page.locator('tr[data-type="attack"]');
      await attack.waitFor();
      // Both figures with their tellers, the first as the article view names it (GET /v1/events'
      // claimSource, session 23: the source of the claim whose sentence states it).
      assert.equal(await attack.locator('td.counts').innerText(), '4 killed per Officials · 15 killed per the Pakistani Taliban');
      // The sit-in broken up with batons carries the article view's badge in its row (GET
      // /v1/events' intervention, session 22); no other row does.
      await page.goto(`${server.url}/#/events`);
      await page.locator('tr[data-type="deportation"]').waitFor();
      assert.equal(await page.locator('tr[data-type="protest"] .intervention-badge').innerText(), 'with intervention (batons)');
      assert.equal(await page.locator('tr[data-event] .intervention-badge').count(), 1);
      // The Protests filter: with intervention keeps that row alone, and says so in the address.
      await page.locator('select[name="intervention"]').selectOption({ label: 'with intervention' });
      await page.getByRole('button', { name: 'Show events' }).click();
      await page.waitForURL(/intervention=true/);
      await page.locator('tr[data-event]').first().waitFor();
      await page.waitForFunction(() => document.querySelectorAll('tr[data-event]').length === 1);
      assert.match(await page.locator('tr[data-event]').innerText(), /^\S+\s+Protest with intervention \(batons\)\s+9 wounded/);
      await page.screenshot({ path: join(RESULTS, 'ui-tolls-events-intervention.png'), fullPage: true });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('the story: one article’s two tolls are a contradiction, the rival value with its teller', async () => {
    const { page, context, problems } = await open('/#/stories?type=attack');
    try {
      const row = page.locator('tr[data-story]');
      await row.first().waitFor();
      assert.match(await row.first().innerText(), /Killed: 4 vs 15/);
      await row.first().locator('a.story-link').click();
      const contradiction = page.locator('.contradiction[data-field="killed"]');
      await contradiction.waitFor();
      assert.match(await contradiction.innerText(), /Killed: 4 \(Khyber Test Daily\) vs 15 \(Khyber Test Daily per the Pakistani Taliban\)/);
      const quotes = await contradiction.locator('.quotes li').allInnerTexts();
      // Each value's quote is the event's clause (the story keeps no count offsets), the rival one says whose figure it is.
      assert.equal(quotes.length, 2);
      assert.match(quotes[0], /^4: .*Khyber Test Daily, 2026-11-27$/s);
      assert.match(quotes[1], /^15: .*Khyber Test Daily, 2026-11-27, the figure the Pakistani Taliban gave$/s);
      assert.match(await page.locator('.report-card').innerText(), /15 killed per the Pakistani Taliban \(disputed\)/);
      await page.screenshot({ path: join(RESULTS, 'ui-tolls-story.png'), fullPage: true });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
