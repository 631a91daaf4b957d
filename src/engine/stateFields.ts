/**
 * Layout of the per-municipality state: every value the model keeps per municipality lives in one interleaved
 * Float64Array (Workspace.st), field F of municipality m at m * STRIDE + F. One array instead of fifty makes
 * each pass a single memory stream and spares V8 a bounds check and base load per array (the passes ran about
 * twice as fast as with a structure of arrays). A leaf module of nothing but literal constants, so that
 * bundlers (esbuild, Rolldown) inline the offsets as literals; an import or a computed constant above them
 * stops esbuild from doing so.
 */

// stocks
/** First of the N_STAGES (5) training stages, TR0 … TR0 + 4: the ALIS pipeline (stateFields.test.ts checks). */
export const TR0 = 0;
/** Sum of the training stages (kept in step with them). */
export const TRAINEES = 5;
export const SPEC = 6;
/** Salaried GPs (a subset of specialists and trainees). */
export const SAL = 7;
/** List ceiling per GP. */
export const CAP = 8;
/** Lists (hjemler). */
export const LISTS = 9;
// copied from the start state at the start of a run
/** Size of a vacant list relative to the mean list. */
export const SIGMA = 10;
/** Share of need from residents aged 16-19 (school absence certificates). */
export const SHARE_16_19 = 11;
/** Centrality class 1-6. */
export const CENTRALITY = 12;
// anchors: values at the start
export const NEED0 = 13;
export const LIST0 = 14;
export const REG_HOURS0 = 15;
export const HOURS0 = 16;
/** 1 / income per list patient at the start. */
export const INV_INCOME_PP0 = 17;
export const INCOME_GP0 = 18;
export const CAP0 = 19;
export const SAL_SHARE0 = 20;
/** Relative base attrition (size and centrality gradient). */
export const ATTR_REL = 21;
/** Local attractiveness calibrated from the observed vacancy share at the start. */
export const LOCAL_ATTR = 22;
export const ON_CALL_PART0 = 23;
/**
 * What a recruit was offered at the start (anchors of the attractiveness response): 1 / (net share × income),
 * and weekly hours.
 */
export const INV_NEW_NET_INCOME0 = 24;
export const NEW_HOURS0 = 25;
// derived each step
export const POP = 26;
export const NEED = 27;
/** GPs the month's lists were computed with. */
export const N_GP = 28;
export const WITH_GP = 29;
export const VAC = 30;
export const LIST_LEN = 31;
export const REG_HOURS = 32;
export const INCOME_PP = 33;
export const INCOME_RATIO_GP = 34;
/** Net income and regular weekly hours of a GP who takes a list at the ceiling (what a recruit is offered). */
export const NEW_INCOME = 35;
export const NEW_REG_HOURS = 36;
export const FEE_PP = 37;
/** Legevakt hours per GP per month, averaged over all GPs (exempt ones included). */
export const ON_CALL = 38;
/** Legevakt hours per month of a GP who takes part in the rota. */
export const ON_CALL_PART = 39;
export const ON_CALL_GP = 40;
export const ON_CALL_OTHER = 41;
export const ON_CALL_UNCOVERED = 42;
export const GRANT_HOURS = 43;
export const ATTRACT = 44;
export const POLICY_ATTR = 45;
/**
 * Response values, refreshed every RESPONSE_REFRESH_MONTHS and when a lever changes: RESP_LIST the desired list
 * ceiling, LEAVE_RATE the attrition rate per year before the lever multipliers (base rate × size and centrality
 * gradient × response).
 */
export const RESP_LIST = 46;
export const LEAVE_RATE = 47;
/** The year's flows so far: entrants, leavers, capitation, municipal and state cost. */
export const ACC_ENTRANTS = 48;
export const ACC_LEAVERS = 49;
export const ACC_CAPITATION = 50;
export const ACC_MUNICIPAL = 51;
export const ACC_STATE = 52;
// derived from the anchors once per run, so that the passes multiply instead of divide
/** Regular weekly hours per list patient at the start (0 without a start list). */
export const HOURS_PP0 = 53;
/** 1 / ((1 - practice cost share) × income per GP at the start); 0 without income. */
export const INV_NET_INCOME_GP0 = 54;
/** 1 / (1 - start salaried share × the salaried hours cut). */
export const INV_SAL_KEEP0 = 55;
/** Work per patient factor of the levers in force / need per resident at the start (recomputed when levers change). */
export const WORK_K = 56;
// municipal effects of a stochastic run (localEffects.ts); 1, 0, 1 and the start's value in a deterministic run
/** Factor on the desired list ceiling: the municipality's own list-length changes (exp(LIST_LOG)). */
export const LIST_EFFECT = 57;
/** Log of the municipality's own attractiveness shock (mean-reverting) and its factor on attractiveness. */
export const ATTR_LOG = 58;
export const ATTR_EFFECT = 59;
/** Quarterly standard deviation of the list-length effect's steps (from the start state's localListSd). */
export const LIST_SD_QUARTER = 60;
/**
 * A municipality in trouble responds (localEffects.ts, every run): RESP_LOG, the log of its response (salaried posts,
 * recruitment pay, ...), grows while its vacant lists exceed VAC_TARGET, the lasting vacancy share its local
 * attractiveness was calibrated to, and fades otherwise.
 */
export const RESP_LOG = 61;
export const VAC_TARGET = 62;
/**
 * The longest list a GP keeps within the weekly hours ceiling (maxWeeklyHours less the legevakt hours, over the
 * weekly hours per patient now; refreshed quarterly by desiredCeilings; Infinity without a start list).
 */
export const HOURS_LIST_MAX = 63;
// the municipality's own levers (localLevers.ts): the encoded value in force this month, the national one unless a
// scenario sets it for the municipality
export const L_SALARIED = 64;
export const L_COLLECTIVE = 65;
export const L_TASK = 66;
/** The legevakt cap (NaN: no cap). */
export const L_ON_CALL_CAP = 67;
export const L_ON_CALL_OTHER = 68;
export const L_ON_CALL_NEW_FORMS = 69;
/** Share of GP consultations taken by the municipal online doctor (onlineGpShare). */
export const L_ONLINE_GP = 70;
/** Extra residents per 1 000 per year beyond SSB's projection (populationShock). */
export const L_POP_SHOCK = 71;
/**
 * The extra residents who came through the population shock and stayed, as a share of the projected population
 * (step/population.ts; 0 without a shock). The population is the projection times 1 + this.
 */
export const POP_EXTRA = 72;
/** Log of LIST_EFFECT: the municipality's own list-length effect, mean-reverting (localEffects.ts; 0 at the start). */
export const LIST_LOG = 73;
/**
 * Vacant lists that hold no residents: lists (hjemler) opened that no GP has taken yet (lists.ts). A list opens empty
 * and fills as residents move to its GP; a list a GP leaves keeps its residents, who are then without a GP. Closed
 * lists are taken from these first; recruits take vacant lists at random, the empty ones in proportion; an empty one
 * gets residents at 1 / emptyListFillYears a year. 0 at the start (the start's vacant lists are those with residents
 * on them: the data counts residents on lists without a GP).
 */
export const EMPTY_LISTS = 74;
/**
 * List patients per resident now (LIST_PATIENT_FACTOR): SSB counts the patients on the municipality's lists, the model
 * its residents; recordYear turns residents with a GP into list patients with it, so that list length starts at the
 * data's value. The start state's listPatientsPerResident, times exp(LIST_PATIENT_LOG), its drift in a stochastic run
 * (localEffects.ts stepListPatientDrift; 0 otherwise).
 */
export const LIST_PATIENT_LOG = 75;
export const LIST_PATIENT_FACTOR = 76;
/** Values per municipality in `st`. */
export const STRIDE = 77;
/**
 * An upper bound on st.length for the hot loops (`q < Math.min(st.length, MAX_STATE_LENGTH)`): with it V8 knows
 * that q + field cannot overflow a 32-bit integer and drops the overflow check from every state access (5
 * instructions instead of 7). About 2^30 / STRIDE municipalities, far beyond any real use.
 */
export const MAX_STATE_LENGTH = 0x3fffffff;
