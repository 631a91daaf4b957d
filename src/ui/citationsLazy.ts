/**
 * The source citations (citations.ts with the seed records' citation index) load after the first render, not with
 * it: the lever info boxes, a preset's sources and the comparison's budget envelopes register what to fill in, and it
 * is filled in when the module arrives. main.ts fetches it once the first result is on screen (and opening an info
 * box fetches it at once), so it is normally there before anyone looks.
 */
type Citations = typeof import('./citations.ts');

let loaded: Citations | undefined;
let pending: Promise<Citations> | undefined;
const waiting: ((c: Citations) => void)[] = [];

/** The citations module, fetched once; whatever waits for it is filled in. */
export function loadCitations(): Promise<Citations> {
  pending ??= import('./citations.ts').then((m) => {
    loaded = m;
    for (const fill of waiting.splice(0)) fill(m);
    return m;
  });
  return pending;
}

/** Calls `fill` with the citations module: at once when it is there, else when it arrives (this does not fetch it). */
export function withCitations(fill: (c: Citations) => void): void {
  if (loaded) fill(loaded);
  else waiting.push(fill);
}
