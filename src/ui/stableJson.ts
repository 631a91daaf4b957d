/**
 * JSON with every object's keys sorted: the same text for the same content whatever order its keys were set in. The
 * cache keys of runs (the page's run cache, the Monte Carlo's baseline, the worker's baseline runs) and the
 * comparison's scenario keys. No imports: the worker uses it too.
 */
export function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(
          Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : x,
  );
}
