// The duplicate key of a URL: the same page reached through a share link, a campaign link or
// with a trailing slash is one article. Anything that is not an http(s) URL stays as written.

/** Query parameters that track the reader, never select the page. */
const TRACKING = /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref_src|cmpid|ocid)$/i;

/**
 * Lower-cases scheme and host, drops the default port, the fragment, tracking parameters and a
 * trailing slash, and sorts the remaining parameters. Returns null for a missing or blank URL.
 */
export function canonicalUrl(url: string | null | undefined): string | null {
  if (url == null) return null;
  const raw = url.trim();
  if (raw === '') return null;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return raw;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return raw;
  u.hash = '';
  const kept = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const query = new URLSearchParams(kept).toString();
  let path = u.pathname;
  while (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  // URL already lower-cases the host and drops a default port.
  return `${u.protocol}//${u.host}${path === '/' ? '' : path}${query ? `?${query}` : ''}`;
}
