// Where a V8 profile's call frame points, for the bench's profiling tools (profile.ts, survivors.ts):
// the .ts line through the source maps (enabled before src/ is imported), and the file relative
// to the repository.

import { findSourceMap } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from './texts.ts';

export interface CallFrame {
  url: string;
  lineNumber: number;
  columnNumber: number;
}

/** The frame's 1-based line in its original source when a source map knows it, else in the code run. */
export function sourceLine({ url, lineNumber, columnNumber }: CallFrame): number {
  if (!url.startsWith('file://')) return lineNumber + 1;
  const entry = findSourceMap(fileURLToPath(url))?.findEntry(lineNumber, columnNumber);
  return entry && 'originalLine' in entry ? entry.originalLine + 1 : lineNumber + 1;
}

/** The frame's file relative to the repository, its URL when it is no file, or "(native)". */
export function where(url: string): string {
  if (!url) return '(native)';
  if (url.startsWith('file://')) return relative(REPO_ROOT, fileURLToPath(url));
  return url;
}
