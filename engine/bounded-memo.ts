/**
 * `compute` remembered by key, for up to `max` keys; then all are forgotten at once (simpler than LRU, and
 * what is asked again is remembered again). For readings of text that an edit rarely changes, such as heading
 * titles, which a keystroke in a long report would otherwise work out again for every heading.
 */
export function boundedMemo<T>(max: number, compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (known.has(key)) return known.get(key)!;
    if (known.size >= max) known.clear();
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}
