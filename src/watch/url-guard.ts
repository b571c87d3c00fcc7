// Outbound URLs the server or an ingest fetches on someone's say-so (webhook URLs of watch
// rules, feed and page URLs given to ingest) must not reach this machine or its private
// network: that is server-side request forgery. A URL is refused unless its scheme is http or
// https and every address its host resolves to is public; loopback, private (RFC 1918, unique
// local fc00::/7), link-local (169.254/16 with the cloud metadata address, fe80::/10),
// unspecified, multicast, carrier-grade NAT, documentation and reserved ranges are refused.
// Operators who need a private target (a receiver on the same machine, tests) allow them
// explicitly: `--allow-private-urls`, or CORROBORATE_ALLOW_PRIVATE_URLS=1.
//
// The check runs where the connection is made too: `guardedLookup` is the DNS lookup webhook
// requests and feed fetches (`guardedFetch`) connect through, so a host that resolves to a
// public address when it is checked and to 127.0.0.1 when it is connected to (DNS rebinding)
// is still refused.

import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { CorroborateError } from '../model/errors.ts';

export const ALLOW_PRIVATE_ENV = 'CORROBORATE_ALLOW_PRIVATE_URLS';

/** Whether the environment allows private URLs (CORROBORATE_ALLOW_PRIVATE_URLS=1 or true). */
export function privateUrlsAllowedByEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(1|true|yes)$/i.test(env[ALLOW_PRIVATE_ENV] ?? '');
}

const BLOCKED: Array<[string, number, 'ipv4' | 'ipv6', string]> = [
  ['0.0.0.0', 8, 'ipv4', 'an unspecified ("this network") address'],
  ['10.0.0.0', 8, 'ipv4', 'a private address (RFC 1918)'],
  ['100.64.0.0', 10, 'ipv4', 'a carrier-grade NAT address'],
  ['127.0.0.0', 8, 'ipv4', 'a loopback address'],
  ['169.254.0.0', 16, 'ipv4', 'a link-local address (cloud metadata lives here)'],
  ['172.16.0.0', 12, 'ipv4', 'a private address (RFC 1918)'],
  ['192.0.0.0', 24, 'ipv4', 'a reserved address'],
  ['192.0.2.0', 24, 'ipv4', 'a documentation address'],
  ['192.168.0.0', 16, 'ipv4', 'a private address (RFC 1918)'],
  ['198.18.0.0', 15, 'ipv4', 'a benchmarking address'],
  ['198.51.100.0', 24, 'ipv4', 'a documentation address'],
  ['203.0.113.0', 24, 'ipv4', 'a documentation address'],
  ['224.0.0.0', 4, 'ipv4', 'a multicast address'],
  ['240.0.0.0', 4, 'ipv4', 'a reserved address'],
  ['::', 128, 'ipv6', 'the unspecified address'],
  ['::1', 128, 'ipv6', 'a loopback address'],
  ['fc00::', 7, 'ipv6', 'a unique local (private) address'],
  ['fe80::', 10, 'ipv6', 'a link-local address'],
  ['fec0::', 10, 'ipv6', 'a site-local address'],
  ['ff00::', 8, 'ipv6', 'a multicast address'],
  ['100::', 64, 'ipv6', 'a discard address'],
  ['2001:db8::', 32, 'ipv6', 'a documentation address'],
  ['64:ff9b:1::', 48, 'ipv6', 'a local NAT64 address'],
];

const lists = BLOCKED.map(([net, prefix, family, why]) => {
  const list = new BlockList();
  list.addSubnet(net, prefix, family);
  return { list, family, why };
});

/** Why an IP address is not public, or null when it is. */
export function whyNotPublic(address: string): string | null {
  const family = isIP(address);
  if (family === 0) return 'not an IP address';
  let ip = address;
  let fam: 'ipv4' | 'ipv6' = family === 4 ? 'ipv4' : 'ipv6';
  if (fam === 'ipv6') {
    const embedded = embeddedIpv4(ip);
    if (embedded) {
      ip = embedded;
      fam = 'ipv4';
    }
  }
  for (const { list, family: f, why } of lists) if (f === fam && list.check(ip, fam)) return why;
  return null;
}

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible or NAT64 (64:ff9b::/96) IPv6 address. */
function embeddedIpv4(ip: string): string | null {
  const lower = ip.toLowerCase();
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex) {
    const hi = parseInt(hex[1], 16);
    const lo = parseInt(hex[2], 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return null;
}

/** The URL parsed, or an error naming it and why: not a URL, a scheme other than http(s), credentials. */
export function checkUrlShape(url: string, what: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw refused(what, url, 'it is not an absolute URL');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw refused(what, url, `it uses the ${u.protocol.replace(/:$/, '')}: scheme; only http and https are allowed`);
  if (u.username || u.password) throw refused(what, url, 'it carries a user name or password; put credentials elsewhere');
  if (!u.hostname) throw refused(what, url, 'it has no host');
  return u;
}

export interface UrlCheckOptions {
  /** Let private, loopback and link-local addresses through (the operator said so). */
  allowPrivate?: boolean;
  /** For tests: the resolver (default dns.lookup, all addresses). */
  resolve?: (host: string) => Promise<string[]>;
}

/**
 * Refuses a URL whose scheme is not http(s) or whose host is, or resolves to, a non-public
 * address (every address it resolves to is checked). Returns the parsed URL.
 */
export async function checkPublicUrl(url: string, what: string, opts: UrlCheckOptions = {}): Promise<URL> {
  const u = checkUrlShape(url, what);
  if (opts.allowPrivate) return u;
  const host = u.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await (opts.resolve ?? resolveAll)(host);
    } catch (e) {
      throw refused(what, url, `its host ${host} does not resolve (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  for (const a of addresses) {
    const why = whyNotPublic(a);
    if (why) throw refused(what, url, `${a === host ? 'it points at' : `its host ${host} resolves to ${a},`} ${why}${HINT}`);
  }
  return u;
}

const HINT = '; private addresses are refused unless allowed (--allow-private-urls or CORROBORATE_ALLOW_PRIVATE_URLS=1)';

function resolveAll(host: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    dnsLookup(host, { all: true, verbatim: true }, (err, addresses) => (err ? reject(err) : resolve((addresses as LookupAddress[]).map((a) => a.address))));
  });
}

/**
 * A `lookup` for http.request/https.request that refuses non-public addresses at connection
 * time, so what was checked is what is connected to.
 */
export function guardedLookup(url: string, what: string): LookupFunction {
  return ((hostname: string, options: object, callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...(options as object), all: true, verbatim: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as LookupAddress[];
      for (const a of list) {
        const why = whyNotPublic(a.address);
        if (why) return callback(refused(what, url, `its host ${hostname} resolves to ${a.address}, ${why}${HINT}`) as NodeJS.ErrnoException, '', 0);
      }
      if ((options as { all?: boolean }).all) return callback(null, list);
      callback(null, list[0].address, list[0].family);
    });
  }) as LookupFunction;
}

function refused(what: string, url: string, why: string): CorroborateError {
  return new CorroborateError('E_BAD_OPTION', `${what} "${url}" is refused: ${why}`);
}

export interface GuardedFetchOptions {
  /** Let private addresses through (the operator said so): the lookup is then not guarded. */
  allowPrivate?: boolean;
  /** What the URL is, for messages ("feed URL"). */
  what?: string;
  /** Give up after this many bytes of body (the request is aborted, not read to the end). */
  maxBytes?: number;
}

/**
 * A `fetch` for GET requests whose connection goes through `guardedLookup`, so the address
 * connected to is the one checked. Redirects are returned, not followed (the caller checks
 * each hop); a body over `maxBytes` rejects with a CorroborateError instead of being buffered.
 */
export function guardedFetch(opts: GuardedFetchOptions = {}): typeof fetch {
  const what = opts.what ?? 'URL';
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    const client = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : null;
    if (client === null) throw refused(what, url.toString(), `it uses the ${url.protocol} scheme; only http and https are allowed`);
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    return new Promise<Response>((resolve, reject) => {
      const req = client.request(
        url,
        {
          method: 'GET',
          headers,
          signal: init?.signal ?? undefined,
          ...(opts.allowPrivate ? {} : { lookup: guardedLookup(url.toString(), what) }),
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (c: Buffer) => {
            size += c.length;
            if (opts.maxBytes !== undefined && size > opts.maxBytes) {
              reject(new CorroborateError('E_TOO_LARGE', `response is too large (more than the limit of ${opts.maxBytes} bytes)`));
              req.destroy();
              return;
            }
            chunks.push(c);
          });
          res.on('error', reject); // after a reject above, later rejects and resolves are no-ops
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            const outHeaders = new Headers();
            for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) outHeaders.set(k, Array.isArray(v) ? v.join(', ') : v);
            // Response refuses a body for 1xx/204/205/304: pass none there.
            const body = status === 204 || status === 205 || status === 304 || status < 200 ? null : Buffer.concat(chunks);
            resolve(new Response(body, { status, statusText: res.statusMessage ?? '', headers: outHeaders }));
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
  }) as typeof fetch;
}
