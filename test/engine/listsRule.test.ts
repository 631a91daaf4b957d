// The lists rule of a stochastic run (step/lists.ts): there the lists (hjemler) and the list ceiling follow the same
// rule as in a deterministic run, written without branches (positivePart, and choices looked up in a pair) so that
// chance outcomes cost no mispredictions. The two forms must give the same lists and ceilings, bit for bit, whichever
// way the rule goes for a municipality: lists created, surplus closed slowly, or closed as fast as they opened
// because only the municipal effect made them surplus (LIST_EFFECT above or below 1, the target between them or not).
import { describe, expect, it } from 'vitest';
import { createWorkspace, makeStream, preparePlan, runModel, type Workspace } from '../../src/engine/index.ts';
import { computeLists } from '../../src/engine/step/lists.ts';
import { CAP, LIST_EFFECT, LISTS, RESP_LIST, STRIDE } from '../../src/engine/stateFields.ts';

const plan = preparePlan({ endYear: 2030 });
const nM = plan.start.nM;

/** The workspace of a stochastic run after its last month, with municipal effects drawn. */
function stochasticState(): Workspace {
  const ws = createWorkspace(plan.start);
  runModel({ ...plan, events: makeStream(1, 0, 'events'), local: makeStream(1, 0, 'local') }, ws);
  return ws;
}

function copyOf(ws: Workspace): Workspace {
  const out = createWorkspace(plan.start);
  out.st.set(ws.st);
  out.lev.set(ws.lev);
  out.sums.set(ws.sums);
  return out;
}

/** A field of every municipality, as the bits of its doubles (an exact comparison, -0 and NaN too). */
const bitsOf = (ws: Workspace, field: number) =>
  new BigUint64Array(Float64Array.from({ length: nM }, (_, m) => ws.st[m * STRIDE + field]!).buffer);

describe('the lists rule of a stochastic run', () => {
  it('moves lists and list ceilings as the deterministic rule does, bit for bit', () => {
    const state = stochasticState();
    // desired ceilings and municipal effects spread around the current ones, so that every case of the rule occurs
    const rng = makeStream(7, 0, 'analysis');
    for (let m = 0; m < nM; m++) {
      const q = m * STRIDE;
      state.st[q + RESP_LIST] = state.st[q + CAP]! * (0.6 + 0.8 * rng());
      state.st[q + LIST_EFFECT] = 0.7 + 0.6 * rng();
    }
    for (let month = 0; month < 24; month++) {
      const picked = copyOf(state);
      const branched = copyOf(state);
      computeLists(picked, picked.lev, plan.assumptions, 1.01, 1, 1 / 12, true, month % 3 === 0, true);
      computeLists(branched, branched.lev, plan.assumptions, 1.01, 1, 1 / 12, true, month % 3 === 0, false);
      expect(bitsOf(picked, LISTS)).toEqual(bitsOf(branched, LISTS));
      expect(bitsOf(picked, CAP)).toEqual(bitsOf(branched, CAP));
      // the next month starts from these lists, so that the cases change as lists approach their targets
      state.st.set(branched.st);
    }
  });
});
