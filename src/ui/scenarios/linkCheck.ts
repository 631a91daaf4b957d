/**
 * A decoded share link checked against what this page can show and run before anything of it is applied: its
 * region (and the county the map is zoomed to) must exist, its lever start and end years must be ones the year
 * selects offer (a municipality's own levers too), the municipalities its plan names must exist, and every edited
 * formula (its own and each compared scenario's) must compile and probe as the formula editor checks it. A link
 * that fails is refused as a whole, like a damaged one: the page opens current policy and says why.
 */
import { loc, t } from '../i18n.ts';
import { formulaMessage } from '../formulaText.ts';
import { formulaLabel } from '../sim/failure.ts';
import type { FormulaCheck } from '../sim/protocol.ts';
import { checkMunicipalities } from '../../engine/run/municipalScenario.ts';
import { clampEarlyStarts, municipalityCodesOf, municipalYearProblems, startYearProblems } from './limits.ts';
import type { Decoded } from './shareLink.ts';

/** The formula editor's check (SimClient.checkFormula): null when the formula compiles and probes. */
export type FormulaCheckFn = (
  responseId: string,
  expression: string,
  assumptions?: Readonly<Record<string, number>>,
) => Promise<FormulaCheck | null>;

/** A refused link: `error` is English (errorText.ts says it in Norwegian) unless `localized`. */
export type VettedLink = Decoded | { ok: false; error: string; localized: true };

export async function vetLink(
  decoded: Decoded,
  knownRegions: ReadonlySet<string>,
  check?: FormulaCheckFn,
): Promise<VettedLink> {
  if (!decoded.ok) return decoded;
  // a start before the first projection year (links made from a preset dated as the policy was, e.g. 2023-05) is the
  // same run as a start in that year: moved there, as files are, rather than refused (older links keep working)
  const st = { ...decoded.state, levers: clampEarlyStarts(decoded.state.levers) };
  const vetted: Decoded = { ok: true, state: st };
  if (!knownRegions.has(st.region)) return { ok: false, error: `link: region: no such region "${st.region}"` };
  if (st.map?.county !== undefined && !knownRegions.has(`fylke:${st.map.county}`))
    return { ok: false, error: `link: map.county: no such county "${st.map.county}"` };
  const years = [...startYearProblems(st.levers), ...municipalYearProblems(st.municipalities)];
  if (years.length > 0) return { ok: false, error: `link: ${years[0]!}` };
  // a municipality's own plan names municipalities that exist (its own number, a partner's in an event)
  if (st.municipalities) {
    const errors: string[] = [];
    checkMunicipalities(st.municipalities, errors, municipalityCodesOf(knownRegions));
    if (errors.length > 0) return { ok: false, error: `link: ${errors[0]!}` };
  }
  if (!check) return vetted;
  const sets = [
    { path: '', formulas: st.formulas, assumptions: st.assumptions },
    ...(st.compare?.scenarios ?? []).map((c, i) => ({
      path: `compare.scenarios[${i}].`,
      formulas: c.formulas,
      assumptions: c.assumptions,
    })),
  ];
  for (const { path, formulas, assumptions } of sets) {
    for (const [id, expression] of Object.entries(formulas)) {
      let problem: FormulaCheck | null;
      try {
        problem = await check(id, expression, assumptions);
      } catch {
        // the check itself could not run (the worker failed): the run will say what is wrong, if anything
        continue;
      }
      if (problem)
        return {
          ok: false,
          localized: true,
          error: `${loc({ nb: 'lenke', nn: 'lenkje', en: 'link' })}: ${path}formulas.${id}: ${t('linkFormula', {
            formula: formulaLabel(id),
            message: formulaMessage(problem),
          })}`,
        };
    }
  }
  return vetted;
}
