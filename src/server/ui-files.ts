// The built web UI (ui/dist, made by `npm run build:ui`, which `npm ci` runs) held in memory:
// a handful of files, read once at start. Only files that exist in the build are ever served,
// so no request path can reach outside it.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_UI_DIR = fileURLToPath(new URL('../../ui/dist', import.meta.url));

export interface UiFile {
  body: Uint8Array<ArrayBuffer>;
  type: string;
  /** Content-hashed assets never change under their name; index.html always may. */
  immutable: boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

/** URL path ("/", "/assets/index-abc.js") → file; null when the folder has no index.html. */
export function loadUiFiles(dir: string): Map<string, UiFile> | null {
  if (!existsSync(join(dir, 'index.html'))) return null;
  const files = new Map<string, UiFile>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      const urlPath = '/' + relative(dir, path).split(sep).join('/');
      const body = new Uint8Array(readFileSync(path));
      files.set(urlPath, {
        body,
        type: TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream',
        immutable: urlPath.startsWith('/assets/'),
      });
    }
  };
  walk(dir);
  const index = files.get('/index.html')!;
  files.set('/', index);
  return files;
}
