// The engine's constant modules stay literal, so that the bundle (esbuild, as src/cli/run.mjs builds it) inlines
// every constant into the hot loops instead of leaving module variables that V8 loads and type-checks per use.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as constants from '../../src/engine/constants.ts';
import * as fields from '../../src/engine/stateFields.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('engine constants', () => {
  it('WEEKS_PER_MONTH is 52 / 12 to the last bit', () => {
    expect(constants.WEEKS_PER_MONTH).toBe(52 / 12);
  });

  it('a bundle of the engine inlines every constant of constants.ts and stateFields.ts', async () => {
    const out = await build({
      entryPoints: [`${root}src/engine/index.ts`],
      bundle: true,
      platform: 'node',
      format: 'esm',
      minifySyntax: true,
      write: false,
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]!.text;
    // computed (hot loops copy it into a local), and exported by the engine's index (a binding of the bundle)
    const expected = ['RESPONSE_REFRESH_MONTHS', 'WEEKS_PER_MONTH'];
    const names = [...Object.keys(constants), ...Object.keys(fields)];
    expect(names.length).toBeGreaterThan(60);
    const declared = names.filter((name) => new RegExp(`\\b${name}\\s*=`).test(code));
    expect(declared.sort(), 'constants left as module variables in the bundle').toEqual(expected);
  });
});
