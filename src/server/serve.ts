// Starts the app on a Node HTTP server. Binds to loopback unless told otherwise; resolves once
// listening with the URL it is reachable at (port 0 picks a free port, which tests use).

import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp, type AppOptions } from './app.ts';
import { DEFAULT_UI_DIR, loadUiFiles } from './ui-files.ts';

export interface ServeOptions extends Omit<AppOptions, 'uiFiles'> {
  port?: number;
  host?: string;
  /** The built UI folder (default ui/dist); null serves the API only. */
  uiDir?: string | null;
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  /** Whether the built web UI was found and is served. */
  ui: boolean;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';

export function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const uiFiles = options.uiDir === null ? null : loadUiFiles(options.uiDir ?? DEFAULT_UI_DIR);
  const app = createApp({ ...options, uiFiles });
  const host = options.host ?? DEFAULT_HOST;
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? DEFAULT_PORT, hostname: host }) as Server;
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${port}`,
        host,
        port,
        ui: uiFiles !== null,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((e) => (e ? fail(e) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
