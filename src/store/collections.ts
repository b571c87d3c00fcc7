/** Small collection helpers the store modules share. */

/** Appends `v` to the list under `k`, starting the list when `k` is new. */
export function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** `xs` in consecutive slices of `size` (the last may be shorter): statements bounded in their parameters. */
export function* chunks<T>(xs: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < xs.length; i += size) yield xs.slice(i, i + size);
}
