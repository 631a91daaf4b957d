/**
 * Structural constants of the model, each with its source or the word judgement. Literal values first: esbuild
 * inlines an imported constant as a literal only up to the first computed one, and a constant it does not inline
 * becomes a mutable module variable that V8 loads and type-checks at every use in the hot loops (constants.test.ts
 * checks).
 */

/** Municipalities under this population get utjamningstilskudd when their mean list is under UTJ_LIST (S12). */
export const UTJ_POP = 5000;
export const UTJ_LIST = 1200;
/** Legevakt grant goes to municipalities under this population (S50). */
export const GRANT_POP = 5000;
/** Districts under this population benefit from onCallNewForms. */
export const SMALL_DISTRICT_POP = 20000;
/** District population at which other doctors' share is halfway between small and large (judgement). */
export const OTHER_SHARE_HALF_POP = 50000;
/** Municipalities under this population get the extra ALIS effect (S47 size bands). */
export const ALIS_SMALL_POP = 10000;
/**
 * The response functions (list length, attrition, attractiveness) are re-evaluated every quarter, and in any
 * month a lever changes, and held in between: their effects play out over years, and it keeps transcendental
 * math out of most steps.
 */
export const RESPONSE_REFRESH_MONTHS = 3;
/** Last year of the observed (calibrated) trend in work per patient; after it the trend converges to the long run. */
export const TREND_OBSERVED_UNTIL = 2026;
/** Extra entrants from simpler competence rules go to centrality classes 4-6 ("mostly rural"). */
export const SIMPLER_RULES_MIN_CLASS = 4;
/** Months between starting LIS1 and being able to become a GP (S63). */
export const LIS1_LAG_MONTHS = 18;

/** Stages of the GP specialist-training pipeline (each about a year). */
export const N_STAGES = 5;
/** GP stocks below this (a billionth of a GP) are floating-point residue and count as none. */
export const MIN_STOCK = 1e-9;
/** The most patients a GP can hold, relative to the list ceiling (judgement: a physical limit, rarely reached). */
export const MAX_LIST_FACTOR = 2.5;
/**
 * The most of a GP's clinical work that staff in the practice, delegated consultations and the online doctor can
 * take over together (judgement: the GP keeps the diagnoses, the complex patients and the responsibility).
 */
export const MAX_WORK_RELIEF = 0.5;
/** Share of the need of residents aged 16-19 that falls on those aged 16-17: two of the four yearly cohorts. */
export const YOUTH_16_17_OF_16_19 = 0.5;
/** GP consultations per resident per year (3.0 in 2023, S69): the online doctor's consultations are a share of them. */
export const CONSULTATIONS_PER_RESIDENT = 3;

// computed constants below the literal ones (esbuild leaves them, and every constant after them, as module
// variables: loops that divide by one copy it into a local first)
/** Weekly hours ↔ monthly hours. */
export const WEEKS_PER_MONTH = 52 / 12;
