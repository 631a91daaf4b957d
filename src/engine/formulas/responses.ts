/**
 * RESPONSES: the response functions whose shape is uncertain, written as mathjs expressions over named
 * variables and assumption ids, so that users can edit them. Each has a built-in TypeScript twin used
 * when the expression is unchanged (a test checks that both agree). Edited expressions are compiled by
 * formulaCompiler.ts into plain functions with the same signature.
 */
import type { AssumptionValues } from '../../levers/assumptionCore.ts';
import type { Localized } from '../../levers/types.ts';
import { fastExp, fastLog } from '../fastMath.ts';

/** A compiled response: positional variables, then the assumption values. */
export type ResponseFn = (a: number, b: number, c: number, d: number, e: number, p: AssumptionValues) => number;

export interface ResponseSpec {
  readonly id: ResponseId;
  readonly label: Localized;
  readonly description: Localized;
  /** Variable names in argument order (unused trailing arguments are 0). */
  readonly variables: readonly { readonly name: string; readonly description: Localized }[];
  readonly expression: string;
  readonly builtin: ResponseFn;
}

export type ResponseId = 'desiredListFactor' | 'attritionFactor' | 'attractiveness';

/**
 * a ^ b for the engine's hot loops: exp(b · ln a) for a > 0 with the engine's inline exp and log (faster than
 * Math.pow in V8 for fractional exponents; same value to ~1e-15 relative), Math.pow otherwise. Compiled formulas
 * use it for "^" too.
 */
export function fastPow(a: number, b: number): number {
  return a > 0 ? fastExp(b * fastLog(a)) : Math.pow(a, b);
}

const v = (name: string, nb: string, en: string) => ({ name, description: { nb, en } });

export const RESPONSES: readonly ResponseSpec[] = [
  {
    id: 'desiredListFactor',
    label: { nb: 'Ønsket listelengde', en: 'Desired list length' },
    description: {
      nb: 'Ønsket listetak relativt til startåret, som funksjon av arbeid per pasient og inntekt per pasient.',
      en: 'Desired list ceiling relative to the start year, as a function of work per patient and income per patient.',
    },
    variables: [
      v('workRatio', 'arbeid per pasient relativt til start', 'work per patient relative to the start'),
      v('incomeRatio', 'inntekt per pasient relativt til start', 'income per patient relative to the start'),
    ],
    expression: 'workRatio ^ (-listHoursElasticity) * incomeRatio ^ (-listIncomeElasticity)',
    // exp of a sum of logs: the same value with fewer transcendental calls (the engine's hot path; the built-in
    // twins use the engine's inline exp and log, fastMath.ts)
    builtin: (workRatio, incomeRatio, _c, _d, _e, p) =>
      workRatio > 0 && incomeRatio > 0
        ? fastExp(-p.listHoursElasticity * fastLog(workRatio) - p.listIncomeElasticity * fastLog(incomeRatio))
        : fastPow(workRatio, -p.listHoursElasticity) * fastPow(incomeRatio, -p.listIncomeElasticity),
  },
  {
    id: 'attritionFactor',
    label: { nb: 'Avgang', en: 'Attrition' },
    description: {
      nb: 'Faktor på grunnavgangen som funksjon av endring i ukentlig arbeidstid, legevakttimer per måned og inntekt per lege.',
      en: 'Multiplier on base attrition as a function of the change in weekly hours, legevakt hours per month and income per GP.',
    },
    variables: [
      v('hoursChange', 'endring i timer per uke siden start', 'change in weekly hours since the start'),
      v(
        'onCallChange',
        'endring i legevakttimer per måned siden start',
        'change in legevakt hours per month since the start',
      ),
      v('incomeRatio', 'inntekt per lege relativt til start', 'income per GP relative to the start'),
    ],
    expression: 'exp(leaveHours * hoursChange + leaveOnCall * onCallChange / 10) * incomeRatio ^ (-leaveIncome)',
    // one exp of a sum (Math.pow with a fractional exponent costs ~6 exp calls in V8)
    builtin: (hoursChange, onCallChange, incomeRatio, _d, _e, p) => {
      const rest = p.leaveHours * hoursChange + (p.leaveOnCall * onCallChange) / 10;
      return incomeRatio > 0
        ? fastExp(rest - p.leaveIncome * fastLog(incomeRatio))
        : Math.exp(rest) * fastPow(incomeRatio, -p.leaveIncome);
    },
  },
  {
    id: 'attractiveness',
    label: { nb: 'Attraktivitet', en: 'Attractiveness' },
    description: {
      nb: 'Hvor mye mer (eller mindre) attraktiv en fastlegestilling er enn ved start: inntekt, arbeidstid, legevakt og tilbud om fastlønn. Påvirker både hvor mange leger som søker seg til ordningen og hvor de går.',
      en: 'How much more (or less) attractive a GP post is than at the start: income, hours, legevakt and the salaried option. Drives both how many doctors seek GP posts and where they go.',
    },
    variables: [
      v('incomeRatio', 'inntekt per lege relativt til start', 'income per GP relative to the start'),
      v('hoursChange', 'endring i timer per uke siden start', 'change in weekly hours since the start'),
      v(
        'onCallChange',
        'endring i legevakttimer per måned siden start',
        'change in legevakt hours per month since the start',
      ),
      v('salariedChange', 'endring i andel nye avtaler med fastlønn', 'change in the share of new contracts on salary'),
    ],
    expression:
      'incomeRatio ^ attrIncome * exp(-attrHours * hoursChange - attrOnCall * onCallChange / 10 + attrSalaried * salariedChange)',
    builtin: (incomeRatio, hoursChange, onCallChange, salariedChange, _e, p) => {
      const rest = -p.attrHours * hoursChange - (p.attrOnCall * onCallChange) / 10 + p.attrSalaried * salariedChange;
      return incomeRatio > 0
        ? fastExp(p.attrIncome * fastLog(incomeRatio) + rest)
        : fastPow(incomeRatio, p.attrIncome) * Math.exp(rest);
    },
  },
];

export type ResponseFunctions = Readonly<Record<ResponseId, ResponseFn>>;

export function builtinResponses(): ResponseFunctions {
  return Object.fromEntries(RESPONSES.map((r) => [r.id, r.builtin])) as unknown as ResponseFunctions;
}

export function getResponse(id: string): ResponseSpec | undefined {
  return RESPONSES.find((r) => r.id === id);
}
