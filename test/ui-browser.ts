import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../src/server/serve.ts';
import { DEFAULT_UI_DIR } from '../src/server/ui-files.ts';
import { openStore } from '../src/store/open.ts';
import type { Store } from '../src/store/store.ts';
import { REPO_ROOT } from './shared.ts';

/** Where browser tests put their screenshots. */
export const RESULTS = join(REPO_ROOT, 'test-results');

// Debian's Chromium driven by playwright-core (it downloads no browser of its own). Browser
// tests skip with this reason on a machine without it, and fail under CI=true, where .ci/run
// installs it.

export const CHROMIUM = '/usr/bin/chromium';

export function needsChromium(): { skip: string | false } {
  if (existsSync(CHROMIUM) || process.env.CI === 'true') return { skip: false };
  return { skip: `${CHROMIUM} is not installed (apt-get install -y chromium)` };
}

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/** playwright gives every launch a fresh temporary profile (--user-data-dir) and removes it on close. */
export async function launchChromium(): Promise<LaunchedBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

/** Browser tests need Chromium and the built UI (ui/dist); under CI=true they never skip. */
export function needsBrowserAndUi(): { skip: string | false } {
  const chromium = needsChromium();
  if (chromium.skip) return chromium;
  if (existsSync(join(DEFAULT_UI_DIR, 'index.html')) || process.env.CI === 'true') return { skip: false };
  return { skip: 'ui/dist is not built (npm run build:ui)' };
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors and dialogs: any of them fails a test. */
  problems: string[];
  /** The dialogs alone (alert, confirm...), each dismissed. */
  dialogs: string[];
}

/** A fresh context and page at `url`, recording everything that would mean something went wrong. */
export async function openPage(browser: Browser, url: string, options: { bypassCSP?: boolean } = {}): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, bypassCSP: options.bypassCSP ?? false });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', async (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    problems.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  await page.goto(url);
  return { page, context, problems, dialogs };
}

export interface UiServer {
  store: Store;
  server: RunningServer;
  chromium: LaunchedBrowser;
  /** Closes the browser, the server and the store, and removes the store's folder. */
  close(): Promise<void>;
}

/**
 * What a browser suite runs against: a SQLite store in a fresh temporary folder, a server on it
 * that takes writes with `token`, and Chromium; the screenshot folder made.
 */
export async function openUiServer(name: string, token: string): Promise<UiServer> {
  mkdirSync(RESULTS, { recursive: true });
  const storeDir = mkdtempSync(join(tmpdir(), `corroborate-${name}-`));
  const store = await openStore({ db: join(storeDir, `${name}.db`) });
  const server = await startServer({ port: 0, store, writeAccess: { token } });
  const browser = await launchChromium();
  return {
    store,
    server,
    chromium: browser,
    async close() {
      await browser.close();
      await server.close();
      await store.close();
      rmSync(storeDir, { recursive: true, force: true });
    },
  };
}

/** Stores one article (or `{ articles: [...] }`) through POST /v1/articles with the write token; the ids of the stored ones, in order. */
export async function postArticles(server: RunningServer, token: string, body: object): Promise<string[]> {
  const res = await fetch(`${server.url}/v1/articles`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const posted = (await res.json()) as { results: Array<{ status: string; id: string }> };
  assert.equal(res.status, 200, JSON.stringify(posted));
  assert.ok(posted.results.every((r) => r.status === 'stored'), JSON.stringify(posted.results));
  return posted.results.map((r) => r.id);
}
