/**
 * The model assumptions' numbers (effect sizes, base rates, elasticities), kept apart from the policy levers as
 * En-ROADS does. Each has a default, a Monte Carlo range (sampled triangular min/default/max when `uncertain`), and a
 * source: FACTS.md ids, "calibrated" against the 2019-2025 backtest, or "judgement". Rates are per year unless the
 * unit says otherwise. Their labels, descriptions and units are in assumptionTexts.ts, and the whole registry (numbers
 * and texts) in assumptions.ts: the engine reads only this module, so a worker carries no texts.
 */
import type { AssumptionCore } from './types.ts';

export const ASSUMPTIONS = [
  // ---------------------------------------------------------------- workload and list length
  {
    id: 'workTrendPerYear',
    default: 0.01895,
    min: 0.017,
    max: 0.037,
    source: {
      kind: 'calibrated',
    },
    uncertain: true,
  },
  {
    id: 'workTrendLongRun',
    default: 0.008,
    min: 0,
    max: 0.02,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'workTrendConvergeYears',
    default: 5,
    min: 2,
    max: 15,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'listHoursElasticity',
    default: 0.7,
    min: 0.4,
    max: 1,
    source: {
      kind: 'judgement',
    },
    uncertain: true,
  },
  {
    id: 'listIncomeElasticity',
    default: 0.199,
    min: 0.15,
    max: 0.37,
    source: { kind: 'calibrated' },
    uncertain: true,
  },
  {
    id: 'listAdjustYears',
    default: 1.0,
    min: 0.5,
    max: 2,
    source: {
      kind: 'judgement',
    },
    uncertain: true,
  },
  {
    id: 'clinicalShareOfHours',
    default: 0.541,
    min: 0.5,
    max: 0.65,
    source: { kind: 'facts', ids: ['S14'] },
    uncertain: false,
  },
  {
    id: 'hoursSelfEmployed',
    default: 49.3,
    min: 47,
    max: 52,
    source: { kind: 'facts', ids: ['S14'] },
    uncertain: false,
  },
  {
    id: 'hoursSalaried',
    default: 42.5,
    min: 40,
    max: 46,
    source: { kind: 'facts', ids: ['S14'] },
    uncertain: false,
  },
  {
    id: 'taskSharingHoursPerFte',
    default: 8,
    min: 4,
    max: 14,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'shortSickNoteWorkShare',
    default: 0.03,
    min: 0.01,
    max: 0.06,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'schoolAbsenceShare',
    default: 0.15,
    min: 0.05,
    max: 0.3,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'flexListCut',
    default: 0.25,
    min: 0.15,
    max: 0.4,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  // ---------------------------------------------------------------- capacity and vacancies
  {
    id: 'spareCapacityTarget',
    default: 0.02,
    min: 0,
    max: 0.05,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'listCreateYears',
    default: 0.5,
    min: 0.25,
    max: 1.5,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'listRemoveYears',
    default: 6,
    min: 3,
    max: 12,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'locumCoverShare',
    default: 0.86,
    min: 0.8,
    max: 0.9,
    source: { kind: 'facts', ids: ['S8', 'S9'] },
    uncertain: true,
  },
  {
    id: 'lis1LocumCoverBoost',
    default: 0.07,
    min: 0.02,
    max: 0.1,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'collectiveAbsorb',
    default: 0.5,
    min: 0.2,
    max: 0.8,
    source: { kind: 'judgement' },
    uncertain: true,
  },

  {
    id: 'collectiveAttritionCut',
    default: 0.15,
    min: 0.05,
    max: 0.3,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  // ---------------------------------------------------------------- recruitment

  {
    id: 'lis1ShareOfPool',
    default: 0.6,
    min: 0.4,
    max: 0.8,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'poolPerGp2019',
    default: 0.074,
    min: 0.065,
    max: 0.085,
    source: {
      kind: 'facts',
      ids: ['S1', 'S3', 'S55'],
    },
    uncertain: true,
  },
  {
    id: 'poolPerGp2025',
    default: 0.095,
    min: 0.08,
    max: 0.105,
    source: {
      kind: 'facts',
      ids: ['S3', 'S28'],
    },
    uncertain: true,
  },

  {
    id: 'vacancyShrinkLists',
    default: 10,
    min: 3,
    max: 30,
    source: { kind: 'judgement' },
    uncertain: false,
  },
  {
    id: 'minVacancyShare',
    default: 0.005,
    min: 0.002,
    max: 0.02,
    source: { kind: 'judgement' },
    uncertain: false,
  },
  {
    id: 'matchingHeadroom',
    default: 0.03,
    min: 0.03,
    max: 0.12,
    source: {
      kind: 'calibrated',
    },
    uncertain: true,
  },

  {
    id: 'attractivenessPerceptionYears',
    default: 2,
    min: 0.8,
    max: 2,
    source: {
      kind: 'calibrated',
    },
    uncertain: true,
  },
  {
    id: 'poolAttractivenessElasticity',
    default: 1.2,
    min: 1.2,
    max: 2.1,
    source: { kind: 'calibrated' },
    uncertain: true,
  },

  {
    id: 'traineeShareOfEntrants',
    default: 0.8,
    min: 0.7,
    max: 0.9,
    source: { kind: 'judgement' },
    uncertain: false,
  },
  {
    id: 'trainingYears',
    default: 5,
    min: 5,
    max: 6,
    source: { kind: 'facts', ids: ['S64', 'S65'] },
    uncertain: false,
  },
  {
    id: 'attrIncome',
    default: 0.6,
    min: 0.6,
    max: 1.2,
    source: {
      kind: 'calibrated',
    },
    uncertain: true,
  },
  {
    id: 'attrHours',
    default: 0.04,
    min: 0.02,
    max: 0.08,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'attrOnCall',
    default: 0.12,
    min: 0.05,
    max: 0.25,
    source: { kind: 'judgement' },
    uncertain: true,
  },

  {
    id: 'attrSalaried',
    default: 0.4,
    min: 0.1,
    max: 0.8,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'attrPracticeTransfer',
    default: 0.05,
    min: 0.01,
    max: 0.1,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'attrRecruitmentGrant',
    default: 0.5,
    min: 0.2,
    max: 1,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'alisAttract',
    default: 0.01,
    min: 0.01,
    max: 0.06,
    source: {
      kind: 'calibrated',
    },
    uncertain: true,
  },
  {
    id: 'alisSmallBoost',
    default: 0.5,
    min: 0,
    max: 1,
    source: {
      kind: 'judgement',
    },
    uncertain: true,
  },
  {
    id: 'simplerRulesEntrants',
    default: 50,
    min: 10,
    max: 120,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'salariedToSelfEmployedRate',
    default: 0.06,
    min: 0.02,
    max: 0.12,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  // ---------------------------------------------------------------- attrition
  {
    id: 'leaversPerGp2019',
    default: 0.06,
    min: 0.05,
    max: 0.07,
    source: {
      kind: 'facts',
      ids: ['S55', 'S3'],
    },
    uncertain: true,
  },
  {
    id: 'leaversPerGp2025',
    default: 0.058,
    min: 0.048,
    max: 0.068,
    source: { kind: 'facts', ids: ['S3'] },
    uncertain: true,
  },

  {
    id: 'retirementRate',
    default: 0.018,
    min: 0.012,
    max: 0.025,
    source: { kind: 'facts', ids: ['S58', 'S59'] },
    uncertain: true,
  },
  {
    id: 'contractYearsSmall',
    default: 2.75,
    min: 2.5,
    max: 3.5,
    source: { kind: 'facts', ids: ['S56'] },
    uncertain: false,
  },
  {
    id: 'contractYearsLarge',
    default: 8.37,
    min: 7,
    max: 9.5,
    source: { kind: 'facts', ids: ['S56'] },
    uncertain: false,
  },
  {
    id: 'leaveCentralityPerClass',
    default: 0.05,
    min: 0,
    max: 0.1,
    source: {
      kind: 'judgement',
    },
    uncertain: true,
  },
  {
    id: 'leaveHours',
    default: 0.05,
    min: 0.02,
    max: 0.09,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'leaveOnCall',
    default: 0.12,
    min: 0.05,
    max: 0.25,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'leaveIncome',
    default: 1,
    min: 0.4,
    max: 1.6,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'traineeAttritionFactor',
    default: 1.3,
    min: 1,
    max: 1.8,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'alisRetention',
    default: 0.3,
    min: 0.1,
    max: 0.5,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'flexAttritionCut',
    default: 0.4,
    min: 0.2,
    max: 0.6,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  // ---------------------------------------------------------------- legevakt
  {
    id: 'dutyHoursPerDistrict',
    default: 555,
    min: 500,
    max: 600,
    source: { kind: 'judgement' },
    uncertain: false,
  },
  {
    id: 'residentsPerExtraDutyDoctor',
    default: 20570,
    min: 16000,
    max: 26000,
    source: { kind: 'calibrated' },
    uncertain: true,
  },
  {
    id: 'otherDoctorShareLarge',
    default: 0.7,
    min: 0.5,
    max: 0.85,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'otherDoctorShareSmall',
    default: 0.15,
    min: 0.05,
    max: 0.3,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'exemptTakeup',
    default: 0.85,
    min: 0.6,
    max: 0.95,
    source: { kind: 'facts', ids: ['S15', 'S78'] },
    uncertain: true,
  },
  {
    id: 'otherExemptShare',
    default: 0.12,
    min: 0.05,
    max: 0.2,
    source: { kind: 'facts', ids: ['S78'] },
    uncertain: true,
  },
  {
    id: 'capOverflowCoverable',
    default: 0.7,
    min: 0.4,
    max: 0.9,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'maxOnCallHours',
    default: 160,
    min: 120,
    max: 220,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'shiftHours',
    default: 12,
    min: 8,
    max: 16,
    source: { kind: 'judgement' },
    uncertain: false,
  },
  {
    id: 'onCallHourCostNok',
    default: 1500,
    min: 1000,
    max: 2500,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'grantMaxShareOfOnCall',
    default: 0.5,
    min: 0.3,
    max: 0.8,
    source: { kind: 'judgement' },
    uncertain: false,
  },
  // ---------------------------------------------------------------- money
  {
    id: 'feeIncomePerPatient',
    default: 1820,
    min: 1700,
    max: 1950,
    source: { kind: 'facts', ids: ['S13'] },
    uncertain: false,
  },
  {
    id: 'refundShareOfFees',
    default: 0.754,
    min: 0.7,
    max: 0.8,
    source: { kind: 'facts', ids: ['S13'] },
    uncertain: false,
  },
  {
    id: 'practiceCostShare',
    default: 0.35,
    min: 0.25,
    max: 0.45,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'breakpointOverRatio',
    default: 0.806,
    min: 0.6,
    max: 1,
    source: { kind: 'facts', ids: ['S12', 'S17'] },
    uncertain: false,
  },
  {
    id: 'alisGrantNok',
    default: 230000,
    min: 200000,
    max: 260000,
    source: { kind: 'facts', ids: ['S47'] },
    uncertain: false,
  },
  {
    id: 'lis1CostNok',
    default: 200000,
    min: 150000,
    max: 300000,
    source: { kind: 'facts', ids: ['S13'] },
    uncertain: false,
  },
  {
    id: 'salariedExtraCostNok',
    default: 350000,
    min: 150000,
    max: 600000,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'staffFteCostNok',
    default: 850000,
    min: 700000,
    max: 1000000,
    source: { kind: 'judgement' },
    uncertain: false,
  },
  // ---------------------------------------------------------------- municipal variation (stochastic runs only)
  {
    id: 'localListNoiseScale',
    default: 3,
    min: 0.5,
    max: 6,
    source: {
      kind: 'calibrated',
    },
    uncertain: false,
  },
  {
    id: 'localAttractivenessSd',
    default: 0.2,
    min: 0.2,
    max: 1,
    source: {
      kind: 'calibrated',
    },
    uncertain: false,
  },
  {
    id: 'localAttractivenessYears',
    default: 3,
    min: 1,
    max: 6,
    source: {
      kind: 'judgement',
    },
    uncertain: false,
  },
  {
    id: 'localResponseRate',
    default: 5,
    min: 0,
    max: 40,
    source: {
      kind: 'calibrated',
    },
    uncertain: false,
  },
  {
    id: 'localResponseYears',
    default: 2,
    min: 1,
    max: 5,
    source: { kind: 'judgement' },
    uncertain: false,
  },
  // (last in the list: Monte Carlo draws one uniform per assumption in this order, so a new one goes at the end and
  // leaves every earlier draw as it was)
  {
    id: 'maxWeeklyHours',
    default: 90,
    min: 70,
    max: 120,
    source: {
      kind: 'judgement',
    },
    uncertain: false,
  },
  // ---------------------------------------------------------------- the levers of the 2024-2026 policy (issue #18)
  {
    id: 'delegatedShareAtFullRefund',
    default: 0.03,
    min: 0.01,
    max: 0.08,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'onlineGpWorkPerConsult',
    default: 0.6,
    min: 0.3,
    max: 1,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'onlineGpConsultCostNok',
    default: 600,
    min: 400,
    max: 900,
    source: { kind: 'judgement' },
    uncertain: false,
  },
  {
    id: 'youthFreeDemandRise',
    default: 0.1,
    min: 0,
    max: 0.3,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'shockNeedRatio',
    default: 1,
    min: 0.7,
    max: 1.4,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  {
    id: 'shockMoveAwayPerYear',
    default: 0.05,
    min: 0,
    max: 0.15,
    source: { kind: 'judgement' },
    uncertain: true,
  },
  // ---------------------------------------------------------------- municipal variation, added for issue #13
  {
    id: 'localListYears',
    default: 4,
    min: 2,
    max: 10,
    source: { kind: 'judgement' },
    uncertain: false,
  },
  {
    id: 'listPatientDriftScale',
    default: 0.5,
    min: 0,
    max: 3,
    source: { kind: 'calibrated' },
    uncertain: false,
  },
  {
    id: 'emptyListFillYears',
    default: 10,
    min: 0.25,
    max: 10,
    source: { kind: 'calibrated' },
    uncertain: false,
  },
] as const satisfies readonly AssumptionCore[];

export type AssumptionId = (typeof ASSUMPTIONS)[number]['id'];
/**
 * Assumption values by id. Frozen when built (defaultAssumptions, withAssumptions): a run's start calibration is
 * reused while its assumptions object is the same (calibration.ts), so the values must never change in place.
 */
export type AssumptionValues = Readonly<Record<AssumptionId, number>>;
export const ASSUMPTION_IDS: readonly AssumptionId[] = ASSUMPTIONS.map((a) => a.id);

const BY_ID: ReadonlyMap<string, AssumptionCore> = new Map(ASSUMPTIONS.map((a) => [a.id, a as AssumptionCore]));

/** An assumption's numbers and source by id (its texts: assumptions.ts). */
export function getAssumption(id: string): AssumptionCore | undefined {
  return BY_ID.get(id);
}

/**
 * Default assumption values (frozen). Built with Object.fromEntries so V8 keeps the object in fast (shape) mode:
 * the engine reads it in its inner loops, and an object grown key by key falls back to slow dictionary mode.
 */
export function defaultAssumptions(): AssumptionValues {
  return Object.freeze(Object.fromEntries(ASSUMPTIONS.map((a) => [a.id, a.default]))) as AssumptionValues;
}

/** A fast-mode, frozen copy of assumption values with overrides applied (same key order as the registry). */
export function withAssumptions(base: AssumptionValues, overrides: Readonly<Record<string, number>>): AssumptionValues {
  return Object.freeze(
    Object.fromEntries(ASSUMPTIONS.map((a) => [a.id, a.id in overrides ? overrides[a.id]! : base[a.id]])),
  ) as AssumptionValues;
}
