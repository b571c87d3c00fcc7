import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { RunningServer } from '../src/server/serve.ts';
import { RESULTS, needsBrowserAndUi, openPage, openUiServer, postArticles, type LaunchedBrowser, type OpenedPage, type UiServer } from './ui-browser.ts';
import { REVISED_TOLL_ARTICLE } from './revised-toll-article.ts';

// A toll its own source revises ("Officials said 14 people were killed ... The police later
// revised the toll to nine") in Chromium against a real server and a real SQLite file. The text
// outputs write the later figure "revised from 14 by The police" (news53); the UI wrote it like a
// rival's toll ("9 killed per The police"), which reads as a second teller disagreeing. The
// article view, the Events table and the story's report card now say it was revised, and from
// which figure.

const TOKEN = 'ui-revised-token';

describe('a revised toll in the browser', needsBrowserAndUi(), () => {
  let ui: UiServer;
  let server: RunningServer;
  let chromium: LaunchedBrowser;
  let articleId = '';

  const open = (path: string): Promise<OpenedPage> => openPage(chromium.browser, `${server.url}${path}`);

  before(async () => {
    ui = await openUiServer('ui-revised', TOKEN);
    ({ server, chromium } = ui);
    [articleId] = await postArticles(server, TOKEN, REVISED_TOLL_ARTICLE);
  });

  after(async () => {
    await ui?.close();
  });

  test('the article view writes the later figure as a revision, not a rival, with its provenance', async () => {
    const { page, context, problems } = await open(`/#/articles/${articleId}`);
    try {
      const attack = page.locator('.event[data-type="attack"]');
      await attack.waitFor();
      const counts = await attack.locator('dd').first().innerText();
      // The first figure keeps its own teller (the officials whose sentence states it).
      assert.match(counts, /^14 killed per Officials\s*·\s*9 killed \(revised from 14 by The police\)$/);
      assert.doesNotMatch(counts, /per The police/);
      await attack.locator('.count-field').nth(1).focus();
      const tip = page.locator('#provenance-tip');
      await tip.waitFor();
      assert.match(await tip.innerText(), /its revision of the event's figure/);
      assert.match(await tip.innerText(), /toll-revised:killed:nine/);
      await page.screenshot({ path: join(RESULTS, 'ui-revised-article.png'), fullPage: true });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('the Events table and the story report card say "revised from 14"', async () => {
    const { page, context, problems } = await open('/#/events?type=attack');
    try {
      const attack = page.locator('tr[data-type="attack"]');
      await attack.waitFor();
      // The first figure with its teller as in the article view (GET /v1/events' claimSource, session 23).
      assert.equal(await attack.locator('td.counts').innerText(), '14 killed per Officials · 9 killed (revised from 14 by The police)');

      await page.goto(`${server.url}/#/stories?type=attack`);
      const row = page.locator('tr[data-story]');
      await row.first().waitFor();
      await row.first().locator('a.story-link').click();
      const card = page.locator('.report-card');
      await card.first().waitFor();
      const text = await card.first().innerText();
      assert.match(text, /9 killed \(revised from 14 by The police\)/);
      assert.doesNotMatch(text, /per The police/);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
