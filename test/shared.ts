import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

// Tests over ../shared data: skipped on a fresh clone without it, but never under CI=true,
// where a missing file must fail the test instead of passing it silently.

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SHARED_DIR = join(REPO_ROOT, '..', 'shared');

export function sharedPath(rel: string): string {
  return join(SHARED_DIR, rel);
}

/** node:test options: skip when the shared file is absent, unless running in CI. */
export function needsShared(rel: string): { skip: string | false } {
  if (existsSync(sharedPath(rel)) || process.env.CI === 'true') return { skip: false };
  return { skip: `../shared/${rel} is not present` };
}
