import * as v8 from 'node:v8';

/** Old-space growth since the last collection here that makes one worth it (a 100k re-check promotes ~1–4 MB). */
const GROWTH_BYTES = 4 * 1024 * 1024;

/**
 * Collects garbage in the pause an edit's debounce leaves, so the check after it does not stop for a
 * mark-compact. Under `--optimize-for-size` (process-options.json, for the 100 MB target) V8 collects the old
 * generation often, and whichever check fills it pays: in a 100,000-character report the keystroke p95 was
 * ~90–100 ms against a p50 of ~50, and ~65–78 with this (docs/notes/issue-19.md). Here the collection runs while
 * the user is still typing, inside the debounce's 200 ms, when nobody waits for it. The server is launched with
 * `--expose-gc` for it; without `gc` this does nothing.
 */
export function pauseCollector(
  gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc,
  oldSpaceUsed: () => number = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space')?.space_used_size ?? 0,
): () => void {
  let afterLast = 0;
  return () => {
    if (!gc || oldSpaceUsed() - afterLast < GROWTH_BYTES) return;
    gc();
    afterLast = oldSpaceUsed();
  };
}
