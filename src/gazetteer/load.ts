import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CorroborateError } from '../model/errors.ts';

/** Absolute path of a file in the repository's data/ folder. */
export function dataPath(name: string): string {
  return fileURLToPath(new URL(`../../data/${name}`, import.meta.url));
}

/** Reads one of our declarative data files, failing with a message that names it. */
export function readDataJson<T>(name: string): T {
  const path = dataPath(name);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (e) {
    throw new CorroborateError('E_DATA', `data file ${path} could not be loaded: ${(e as Error).message}`);
  }
}
