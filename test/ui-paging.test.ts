import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { RESULTS, needsBrowserAndUi, openPage, openUiServer, type UiServer } from './ui-browser.ts';

// Paged lists in the browser: more events (and stories) than one page holds, reached with
// "Load more", nothing shown twice; a page that fails to load says why and keeps the rows shown.

const TOKEN = 'ui-paging-token';
const TOWNS = ['Peshawar', 'Quetta', 'Kohat', 'Bannu', 'Mardan', 'Swat', 'Chaman', 'Gwadar', 'Turbat', 'Jalalabad', 'Kandahar', 'Herat', 'Lahore'];
const ARTICLES = 130; // events page 100, stories page 50: two and three pages

/** Short reports of our own writing, ten days apart (each its own story), one arrest each. */
function reports(): Array<{ text: string; published: string; source: string }> {
  const start = Date.UTC(2024, 0, 1);
  return Array.from({ length: ARTICLES }, (_, i) => {
    const town = TOWNS[i % TOWNS.length];
    const published = new Date(start + i * 10 * 86_400_000).toISOString().slice(0, 10);
    return { text: `Police arrested ${i + 3} suspects in ${town}, officials said.`, published, source: `Desk ${i % 4}` };
  });
}

describe('paged lists in Chromium', needsBrowserAndUi(), () => {
  let ui: UiServer | undefined;
  before(async () => {
    ui = await openUiServer('ui-paging', TOKEN);
    const res = await fetch(`${ui.server.url}/v1/articles`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ articles: reports() }),
    });
    const posted = (await res.json()) as { results: Array<{ status: string }> };
    assert.equal(res.status, 200);
    assert.equal(posted.results.filter((r) => r.status === 'stored').length, ARTICLES);
  });

  after(async () => {
    await ui?.close();
  });

  test('Events: 100 rows, then "Load more events" adds the rest once; a failed page keeps the rows and says why', async () => {
    const { page, context, problems } = await openPage(ui!.chromium.browser, `${ui!.server.url}/#/events`);
    try {
      const rows = page.locator('tr[data-event]');
      await page.waitForFunction(() => document.querySelectorAll('tr[data-event]').length === 100);
      const more = page.getByRole('button', { name: 'Load more events' });

      // The next page fails on the network: the reason is shown, the 100 rows stay.
      await page.route('**/v1/events?*cursor=*', (route) => route.abort('connectionrefused'));
      await more.click();
      const alert = page.locator('p [role=alert]');
      await alert.waitFor();
      assert.ok((await alert.innerText()).trim().length > 0, 'the failure gives a reason');
      assert.equal(await rows.count(), 100);
      assert.equal(await more.isEnabled(), true, 'the button can be pressed again');

      // Again, with the network back: every event once, and no button left after the last page.
      await page.unroute('**/v1/events?*cursor=*');
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('tr[data-event]').length === n, ARTICLES);
      const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-event')));
      assert.equal(new Set(ids).size, ARTICLES, 'no event shown twice');
      assert.equal(await more.count(), 0, 'no "Load more" after the last page');
      assert.equal(await alert.count(), 0, 'the earlier failure is cleared');
      await page.screenshot({ path: join(RESULTS, 'ui-events-paged.png') });
      // The aborted request is the only console problem the page may report.
      assert.deepEqual(problems.filter((p) => !/ERR_CONNECTION_REFUSED|Failed to fetch|Failed to load resource/.test(p)), []);
    } finally {
      await context.close();
    }
  });

  test('Stories: 50 per page, "Load more stories" until all are shown, each once', async () => {
    const { page, context, problems } = await openPage(ui!.chromium.browser, `${ui!.server.url}/#/stories`);
    try {
      const links = page.locator('a.story-link');
      await page.waitForFunction(() => document.querySelectorAll('a.story-link').length === 50);
      const more = page.getByRole('button', { name: 'Load more stories' });
      await more.click();
      await page.waitForFunction(() => document.querySelectorAll('a.story-link').length === 100);
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('a.story-link').length === n, ARTICLES);
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.equal(new Set(hrefs).size, ARTICLES, 'no story shown twice');
      assert.equal(await more.count(), 0);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
