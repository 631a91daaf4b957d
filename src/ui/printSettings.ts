/**
 * The settings that differ from current policy, as a short list for print (issue #15): each changed lever with its
 * value, start year, end and steps and today's value; the municipalities' own lever settings; changed assumptions
 * with their defaults; edited formulas. The print stylesheet shows it; on screen it stays hidden.
 */
import { getAssumption } from '../levers/assumptionCore.ts';
import { assumptionWithTexts } from './assumptionLookup.ts';
import { getLever, LEVERS } from '../levers/registry.ts';
import { RESPONSES } from '../engine/formulas/responses.ts';
import { fmtA } from './format.ts';
import { clear, h } from './dom.ts';
import { loc, t } from './i18n.ts';
import { displayLeverValue } from './leversPanel.ts';
import { changedLevers, type ScenarioState } from './state.ts';

/** One line per setting that differs from current policy (empty: none). */
export function printSettingLines(s: ScenarioState): { levers: string[]; assumptions: string[] } {
  const levers: string[] = [];
  for (const id of changedLevers(s)) {
    const spec = getLever(id)!;
    const o = s.levers[id]!;
    let line = t('printLeverLine', {
      label: loc(spec.label),
      value: displayLeverValue(spec, o.value),
      year: o.from,
      today: displayLeverValue(spec, spec.default),
    });
    for (const step of o.steps ?? [])
      line += `; ${t('printStep', { value: displayLeverValue(spec, step.value), year: step.from })}`;
    if (o.until !== undefined) line += `, ${t('printUntil', { year: o.until })}`;
    levers.push(line);
  }
  for (const [code, plan] of Object.entries(s.municipalities ?? {})) {
    const own = Object.entries(plan.levers ?? {}).flatMap(([id, setting]) => {
      const spec = LEVERS.find((l) => l.id === id);
      if (!spec) return [];
      const v = setting !== null && typeof setting === 'object' ? ('value' in setting ? setting.value : null) : setting;
      return [`${loc(spec.label)} ${displayLeverValue(spec, v)}`];
    });
    if (own.length > 0) levers.push(t('printMunicipalLine', { code, list: own.join('; ') }));
  }
  const assumptions: string[] = [];
  for (const [id, v] of Object.entries(s.assumptions)) {
    const a = getAssumption(id);
    if (!a || v === a.default) continue;
    // the texts are loaded with the assumptions panel, which a changed assumption loads; the id until then
    const texts = assumptionWithTexts(id);
    assumptions.push(
      t('printAssumptionLine', {
        label: texts ? loc(texts.label) : id,
        value: texts ? `${fmtA(v)} ${loc(texts.unit)}` : fmtA(v),
        today: fmtA(a.default),
      }),
    );
  }
  const formulas = Object.keys(s.formulas)
    .map((id) => RESPONSES.find((r) => r.id === id))
    .filter((r) => r !== undefined)
    .map((r) => loc(r.label));
  if (formulas.length > 0) assumptions.push(t('printFormulasLine', { list: formulas.join(', ') }));
  return { levers, assumptions };
}

/** Fills the print block (#print-settings) for a state. */
export function renderPrintSettings(root: HTMLElement, s: ScenarioState): void {
  const { levers, assumptions } = printSettingLines(s);
  clear(root);
  root.append(h('h2', { class: 'print-settings-heading', id: 'print-settings-heading' }, t('printSettingsHeading')));
  if (levers.length === 0 && assumptions.length === 0) {
    root.append(h('p', {}, t('printSettingsNone')));
    return;
  }
  if (levers.length > 0) root.append(h('ul', {}, ...levers.map((l) => h('li', {}, l))));
  if (assumptions.length > 0)
    root.append(h('h3', {}, t('printAssumptionsHeading')), h('ul', {}, ...assumptions.map((l) => h('li', {}, l))));
}
