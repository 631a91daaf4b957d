// Import in the page (issue 19, item 5): two scenarios sharing one id are both stored and the status says so;
// a Latin-1 file is refused as not UTF-8 text, in Norwegian, and nothing changes.
import { describe, expect, it } from 'vitest';
import { savedList, scenarioStatus, useApp } from './app.ts';

const app = useApp();

const scenario = (name: string) => ({
  schemaVersion: 2,
  id: 'samme-id',
  name,
  levers: { capitationRate: 1000 },
  assumptions: {},
  formulas: {},
  region: 'national',
  seed: 1,
  runs: 200,
  endYear: 2040,
  savedAt: '2026-01-02T03:04:05.000Z',
});

describe('import', () => {
  it('two scenarios sharing one id: both are stored, the status names the one given a new id', async () => {
    const { page, errors } = app();
    const text = JSON.stringify({
      format: 'fastlegesimulatoren-scenarios',
      schemaVersion: 2,
      scenarios: [scenario('Første'), scenario('Andre')],
    });
    await page
      .locator('#import-file')
      .setInputFiles({ name: 'dobbel.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const status = await scenarioStatus(page, /^Importerte 2 scenario\(er\)/);
    expect(status.text).toContain('1 av dem hadde samme id som et scenario tidligere i filen');
    expect(status.text).toContain('«Andre»');
    const list = await savedList(page);
    expect(list.map((s) => s.name).sort()).toEqual(['Andre', 'Første']);
    expect(new Set(list.map((s) => s.id)).size).toBe(2);
    expect(errors).toEqual([]);
  });

  it('a Latin-1 file is refused as not UTF-8 text and nothing changes', async () => {
    const { page, errors } = app();
    const before = await savedList(page);
    const latin1 = Buffer.from(JSON.stringify(scenario('Bærum og Ås')), 'latin1');
    await page
      .locator('#import-file')
      .setInputFiles({ name: 'latin1.json', mimeType: 'application/json', buffer: latin1 });
    const status = await scenarioStatus(page, /ble ikke importert/);
    expect(status.alert).toBe(true);
    expect(status.text).toContain('fil: ikke UTF-8-tekst (lagre den som UTF-8 og importer den på nytt)');
    expect(status.text).not.toMatch(/control character/i);
    expect(await savedList(page)).toEqual(before);
    expect(errors).toEqual([]);
  });
});
