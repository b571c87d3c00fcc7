// Finding the spans of a document's mention list by position without reading the whole list.
// A component that asks, for each of a document's events, "which mentions lie inside it" used to
// walk every mention of the document: quadratic on one long text (4,000 ACLED notes as one
// document, docs/benchmarks.md session 19). The mention lists are sorted by start (places.ts
// sorts its mentions, the actor recogniser emits them in text order); that is checked once per
// list, not assumed, and a list out of order is read whole as before, so every answer is the
// one a scan from the first item in list order gives.

interface Spanned {
  readonly start: number;
  readonly end: number;
}

interface Order {
  /** The list's length when its order was read (a list grown since is read again). */
  readonly length: number;
  /** Whether every item starts at or after the one before it. */
  readonly sorted: boolean;
  /** maxEnd[i]: the largest end of items 0..i (filled only when sorted). */
  readonly maxEnd: Int32Array;
}

const orders = new WeakMap<readonly Spanned[], Order>();

/**
 * A list this short is walked whole, as before: a news report's few mentions cost less to walk
 * than a WeakMap look-up and a binary search (and leave no entry for the collector).
 */
const SHORT = 64;

/**
 * The list's order, computed once per list: a stage sets a new list rather than change the one it
 * had (components.ts), and one grown since is read again.
 */
function orderOf(list: readonly Spanned[]): Order {
  let o = orders.get(list);
  if (o && o.length === list.length) return o;
  let sorted = true;
  for (let i = 1; i < list.length; i++) {
    if (list[i].start < list[i - 1].start) {
      sorted = false;
      break;
    }
  }
  const maxEnd = new Int32Array(sorted ? list.length : 0);
  let max = -1;
  if (sorted) for (let i = 0; i < list.length; i++) maxEnd[i] = max = Math.max(max, list[i].end);
  o = { length: list.length, sorted, maxEnd };
  orders.set(list, o);
  return o;
}

/**
 * The first index whose item starts at or after `at` (list.length if none), by binary search: the
 * caller knows the list is sorted by start (a sentence's tokens, a list whose order was checked).
 */
export function lowerBoundByStart(list: readonly { readonly start: number }[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose item starts at or after `at` (list.length if none); 0 for a short list or one out of order. */
export function firstStartingFrom(list: readonly Spanned[], at: number): number {
  if (list.length < SHORT || !orderOf(list).sorted) return 0;
  return lowerBoundByStart(list, at);
}

/**
 * The index after the last item that starts at or before `at` (list.length for a list out of
 * order or a short one): no item from it on can start at or before `at`.
 */
export function endStartingBy(list: readonly Spanned[], at: number): number {
  if (list.length < SHORT || !orderOf(list).sorted) return list.length;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first index from which an item can end at or after `at` (0 for a short list or one out of
 * order): every item before it ends before `at`.
 */
export function firstEndingFrom(list: readonly Spanned[], at: number): number {
  if (list.length < SHORT) return 0;
  const o = orderOf(list);
  if (!o.sorted) return 0;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (o.maxEnd[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first item, in list order, that starts exactly at `at` (`list.find((x) => x.start === at)`). */
export function firstStartingAt<T extends Spanned>(list: readonly T[], at: number): T | undefined {
  for (let i = firstStartingFrom(list, at), stop = endStartingBy(list, at); i < stop; i++) if (list[i].start === at) return list[i];
  return undefined;
}
