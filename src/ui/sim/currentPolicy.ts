/**
 * When a request is current policy itself, and what current policy's request is beside a scenario: no national lever
 * and no municipality's own measure, with the scenario's assumptions, formulas and the municipalities' own figures and
 * events (facts, not measures), as the page's baseline runs it. The same runs come out of a request and its current
 * policy when they are the same (same plan, same seeds, run by run), so the page, the map and a comparison run them
 * once. DOM-free and light: the worker imports it too.
 */
import type { MunicipalScenario, MunicipalScenarios } from '../../engine/run/municipalScenario.ts';
import type { RunRequest } from './protocol.ts';

/**
 * Whether a request is current policy itself: no national lever set and no municipality's own measure (its own start
 * figures and events are facts, which the baseline keeps too). Its runs are then the baseline's, run by run.
 */
export function isCurrentPolicy(req: RunRequest): boolean {
  if (Object.keys(req.levers).length > 0) return false;
  return Object.values(req.municipalities ?? {}).every((m) => Object.keys(m.levers ?? {}).length === 0);
}

/**
 * The municipalities with something set, each with only its non-empty parts (none left: undefined); without their own
 * measures (levers) unless `measures`. The app state's plans (state.ts nonEmptyMunicipalities) and current policy's
 * facts (municipalFacts) are both this.
 */
export function nonEmptyPlans(m: MunicipalScenarios | undefined, measures: boolean): MunicipalScenarios | undefined {
  const out: Record<string, MunicipalScenario> = {};
  for (const [code, p] of Object.entries(m ?? {})) {
    const levers = measures && p.levers && Object.keys(p.levers).length > 0 ? p.levers : undefined;
    const start = p.start && Object.keys(p.start).length > 0 ? p.start : undefined;
    const events = p.events && p.events.length > 0 ? p.events : undefined;
    if (levers || start || events)
      out[code] = { ...(levers ? { levers } : {}), ...(start ? { start } : {}), ...(events ? { events } : {}) };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The municipalities' own figures and events without their own measures (none left: undefined). */
export function municipalFacts(m: MunicipalScenarios | undefined): MunicipalScenarios | undefined {
  return nonEmptyPlans(m, false);
}

/** Current policy beside a request: its baseline (the dashed "Dagens politikk" on the charts). */
export function currentPolicyRequest(req: RunRequest): RunRequest {
  const facts = municipalFacts(req.municipalities);
  return {
    levers: {},
    assumptions: req.assumptions,
    formulas: req.formulas,
    region: req.region,
    endYear: req.endYear,
    ...(facts ? { municipalities: facts } : {}),
  };
}
