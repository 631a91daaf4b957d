// A seeded sample of `npm run fuzz` in Chromium (issue 19): hostile share links pasted into an open tab and hostile
// files imported, after saving a scenario. No case may log an error or throw, and the saved scenario must survive
// every case and a reload, and every refusal names a field in words, without raw JavaScript text (the wording of
// the link and file checks, src/ui/scenarios/schemaText.ts and errorText.ts). The full run is `npm run fuzz`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anchorSurvivesReload,
  importCase,
  openFuzzPage,
  tryImport,
  tryLink,
  type FuzzPage,
} from '../../src/cli/fuzzBrowser.ts';
import { linkCase } from '../../src/cli/fuzzNode.ts';
import { rand } from '../../src/cli/fuzzRandom.ts';
import { Tally, type Failure } from '../../src/cli/fuzzVerdict.ts';
import { appUrl, disconnect, sharedBrowser } from '../e2e/app.ts';

const r = rand('npm-test');
let fp: FuzzPage;
const links = new Tally(3);
const files = new Tally(3);

beforeAll(async () => {
  fp = await openFuzzPage(await sharedBrowser(), appUrl());
});
afterAll(async () => {
  await fp?.context.close();
  await disconnect();
});

/** None of these kinds of failure; the failures found are the message. */
function expectNone(t: Tally, kinds: readonly Failure['kind'][]): void {
  const found = t.failures
    .filter((f) => kinds.includes(f.kind))
    .map((f) => `${f.kind}: ${f.detail}\n    input: ${f.input}`)
    .join('\n');
  expect(found, found).toBe('');
  for (const c of t.counts.values()) for (const k of kinds) expect(c[k], k).toBe(0);
}

describe('fuzz sample (Chromium)', () => {
  it('20 share links pasted into the open tab: no page error, the saved scenario stays', async () => {
    for (let i = 0; i < 20; i++) {
      const c = linkCase(r.fork(`browser-link/${i}`), 50_000);
      links.add('links', c.label, await tryLink(fp, c.input));
    }
    expectNone(links, ['unhandled', 'lost']);
  });

  it('20 imported files: no page error, the saved scenario stays', async () => {
    for (let i = 0; i < 20; i++) {
      const c = importCase(r.fork(`browser-import/${i}`), fp.anchorId);
      files.add('files', c.label, await tryImport(fp, c.bytes, c.name));
    }
    expectNone(files, ['unhandled', 'lost']);
  });

  it('the saved scenario survives a reload', async () => {
    expect(await anchorSurvivesReload(fp, appUrl())).toBe(true);
  });

  it('refused links say what is wrong in words', () => expectNone(links, ['unnamed', 'raw']));

  it('refused files say what is wrong in words', () => expectNone(files, ['unnamed', 'raw']));
});
