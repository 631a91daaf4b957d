/**
 * The assumptions' texts for page modules that must not load them themselves (the print settings): set when the
 * assumptions panel loads (assumptionsPanel.ts registers the registry's lookup), undefined before. Keeps the texts
 * out of the page's first load.
 */
import type { AssumptionSpec } from '../levers/types.ts';

let lookup: ((id: string) => AssumptionSpec | undefined) | null = null;

export function registerAssumptionTexts(f: (id: string) => AssumptionSpec | undefined): void {
  lookup = f;
}

/** The assumption with its texts, once the assumptions panel has loaded. */
export function assumptionWithTexts(id: string): AssumptionSpec | undefined {
  return lookup?.(id);
}
