/**
 * ASSUMPTIONS: the model assumptions with their texts, as the app, the CLI and the README tables show them: the numbers
 * and sources of assumptionCore.ts joined with the labels, descriptions and units of assumptionTexts.ts. The engine
 * reads assumptionCore.ts only (a worker carries no texts); everything else reads this module.
 */
import { ASSUMPTIONS as CORE, type AssumptionId } from './assumptionCore.ts';
import { ASSUMPTION_TEXTS } from './assumptionTexts.ts';
import type { AssumptionSpec } from './types.ts';

export {
  ASSUMPTION_IDS,
  defaultAssumptions,
  withAssumptions,
  type AssumptionId,
  type AssumptionValues,
} from './assumptionCore.ts';

export const ASSUMPTIONS: readonly (AssumptionSpec & { readonly id: AssumptionId })[] = CORE.map((a) => {
  const { sourceNote, ...texts } = ASSUMPTION_TEXTS[a.id];
  const source = (sourceNote === undefined ? a.source : { ...a.source, note: sourceNote }) as AssumptionSpec['source'];
  return { ...a, ...texts, source };
});

const BY_ID: ReadonlyMap<string, AssumptionSpec> = new Map(ASSUMPTIONS.map((a) => [a.id, a]));

export function getAssumption(id: string): AssumptionSpec | undefined {
  return BY_ID.get(id);
}
