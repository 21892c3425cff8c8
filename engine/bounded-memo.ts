/**
 * A memo of up to `max` keys; when full, all are forgotten at once (simpler than LRU, and what is asked again is
 * remembered again). `memo(key, compute)` gives the value remembered for `key`, else `compute()`, remembered.
 * For readings an edit rarely changes (heading titles, which a keystroke in a long report would otherwise work
 * out again for every heading) and for a model's segmenter cuts.
 */
export function boundedMemo<T>(max: number): (key: string, compute: () => T) => T {
  const known = new Map<string, T>();
  return (key, compute) => {
    if (known.has(key)) return known.get(key)!;
    if (known.size >= max) known.clear();
    const value = compute();
    known.set(key, value);
    return value;
  };
}
