import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
