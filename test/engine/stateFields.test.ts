// The interleaved state layout (stateFields.ts): every offset used once, all below STRIDE, the training stages
// contiguous and as many as N_STAGES; and the diagnostic accessors read and write the right slot.
import { describe, expect, it } from 'vitest';
import { N_STAGES } from '../../src/engine/constants.ts';
import * as fields from '../../src/engine/stateFields.ts';
import { STRIDE, TR0, TRAINEES } from '../../src/engine/stateFields.ts';
import { createWorkspace, fieldOf, setField } from '../../src/engine/workspace.ts';
import { cachedPlan } from '../helpers/engine.ts';

describe('per-municipality state layout', () => {
  it('offsets 0 … STRIDE-1 each name exactly one field', () => {
    const offsets = Object.entries(fields)
      .filter(([name, v]) => typeof v === 'number' && name !== 'STRIDE' && name !== 'MAX_STATE_LENGTH')
      .map(([, v]) => v as number);
    const all = [...offsets, TR0 + 1, TR0 + 2, TR0 + 3, TR0 + 4].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: STRIDE }, (_, i) => i));
  });

  it('the training stages are N_STAGES contiguous fields from TR0', () => {
    expect(TRAINEES - TR0).toBe(N_STAGES);
  });

  it('fieldOf and setField address municipality m, field F at m·STRIDE + F', () => {
    const ws = createWorkspace(cachedPlan({ endYear: 2030 }).start);
    expect(ws.st.length).toBe(ws.nM * STRIDE);
    setField(ws, TRAINEES, 3, 42);
    expect(ws.st[3 * STRIDE + TRAINEES]).toBe(42);
    expect(fieldOf(ws, TRAINEES, 3)).toBe(42);
  });
});
