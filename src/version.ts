import { readFileSync } from 'node:fs';

/** The package version, part of every output so results can be traced to the code that made them. */
export const VERSION: string = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).version;
