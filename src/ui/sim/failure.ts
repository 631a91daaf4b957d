/**
 * A failed deterministic run in the user's words, and whether the state on screen is to blame (then the page
 * restores the last state that ran). A worker that crashed or hung is not the state's fault: nothing is restored,
 * so the levers, formulas and region on screen stay what runs next. Engine and JavaScript texts go to `detail`,
 * shown only inside a toggle.
 */
import { getResponse } from '../../engine/formulas/responses.ts';
import { formulaMessage } from '../formulaText.ts';
import { loc, t } from '../i18n.ts';
import type { Notice } from '../notice.ts';
import { DETERMINISTIC_TIMEOUT_MS, RunError, TimeoutError, WorkerCrashError } from './simClient.ts';

export interface RunFailure {
  readonly notice: Notice;
  /** The state caused it (a formula, a value the model cannot run): restore the last state that ran. */
  readonly rollback: boolean;
}

/** The label of a response formula ("Avgang fra fastlegeyrket"), or its id when unknown. */
export function formulaLabel(id: string): string {
  const r = getResponse(id);
  return r ? loc(r.label) : id;
}

export function runFailure(e: unknown): RunFailure {
  if (e instanceof TimeoutError)
    return e.formula
      ? { notice: { text: t('formulaTooSlow'), dismissible: true }, rollback: true }
      : {
          notice: { text: t('runTimedOut', { seconds: DETERMINISTIC_TIMEOUT_MS / 1000 }), dismissible: true },
          rollback: false,
        };
  if (e instanceof WorkerCrashError)
    return { notice: { text: t('runCrashed'), detail: e.detail, dismissible: true }, rollback: false };
  if (e instanceof RunError && e.formula)
    return {
      notice: {
        text: t('runFormulaFailed', { label: formulaLabel(e.formula.id), message: formulaMessage(e.formula.check) }),
        detail: e.detail,
        dismissible: true,
      },
      rollback: true,
    };
  const detail = e instanceof RunError ? e.detail : e instanceof Error ? e.message : String(e);
  return { notice: { text: t('runFailed'), detail, dismissible: true }, rollback: true };
}
