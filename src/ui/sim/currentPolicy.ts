/**
 * When a request is current policy itself, and what current policy's request is for a scenario: the same runs come
 * out of both (same plan, same seeds, run by run), so the page, the map and a comparison run them once. DOM-free and
 * light: the worker imports it too.
 */
import type { RunRequest } from './protocol.ts';

/**
 * Whether a request is current policy itself: no national lever set and no municipality's own measure (its own start
 * figures and events are facts, which the baseline keeps too). Its runs are then the baseline's, run by run.
 */
export function isCurrentPolicy(req: RunRequest): boolean {
  if (Object.keys(req.levers).length > 0) return false;
  return Object.values(req.municipalities ?? {}).every((m) => Object.keys(m.levers ?? {}).length === 0);
}

/** What current policy's runs are for a request without municipalities' own plans (the page's baseline), or null. */
export function currentPolicyRequest(req: RunRequest): RunRequest | null {
  if (req.municipalities !== undefined) return null;
  return { levers: {}, assumptions: req.assumptions, formulas: req.formulas, region: req.region, endYear: req.endYear };
}
