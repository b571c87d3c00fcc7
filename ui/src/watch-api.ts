// The Watches view's calls: /v1/watches and /v1/alerts. Writes carry the API token the person
// typed, kept in sessionStorage: it lasts as long as the tab, is never put in the address or in
// localStorage, and the page's Content-Security-Policy (connect-src 'self') only lets it go to
// this server.
import type { AlertRecord } from '../../src/store/watches.ts';
import type { WatchRule } from '../../src/watch/rule.ts';
import { requestJson as request } from './api.ts';

const TOKEN_KEY = 'corroborate.token';

export function savedToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveToken(token: string): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage off (private mode with a quota of 0): the token lives in the page only.
  }
}

/** A stored rule as the server returns it (names resolved to ids and coordinates). */
export type { WatchRule };

export interface WatchOut {
  id: string;
  name: string;
  rule: WatchRule;
  description: string;
  webhook: string | null;
  createdAt: string;
}

export interface WatchInput {
  name: string;
  actors?: string[];
  types?: string[];
  near?: { place: string; within?: string };
  minCounts?: Array<{ kind: string; min: number }>;
  minSources?: number;
  certainty?: string[];
  webhook?: string;
}

/** An alert as GET /v1/alerts and the alert stream give it (the store's record). */
export type AlertOut = AlertRecord;

export function listWatches(signal?: AbortSignal): Promise<{ watches: WatchOut[] }> {
  return request('/v1/watches', { signal });
}

export function createWatch(input: WatchInput, token: string): Promise<WatchOut> {
  return request('/v1/watches', { method: 'POST', headers: { 'Content-Type': 'application/json', ...auth(token) }, body: JSON.stringify(input) });
}

export function deleteWatch(id: string, token: string): Promise<{ deleted: string }> {
  return request(`/v1/watches/${encodeURIComponent(id)}`, { method: 'DELETE', headers: auth(token) });
}

export function listAlerts(limit: number, signal?: AbortSignal): Promise<{ alerts: AlertOut[]; nextBefore: number | null }> {
  return request(`/v1/alerts?limit=${limit}`, { signal });
}

function auth(token: string): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {};
}
