// The README's lever and assumption tables are generated from the registries and must be current.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withLeverTables } from '../src/cli/leverTable.ts';

describe('README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  it('has lever and assumption tables equal to the registries (run `npm run readme:levers` to update)', () => {
    expect(withLeverTables(readme)).toBe(readme);
  });
  it('names the two quick-start commands', () => {
    expect(readme).toContain('npm install && npm run dev');
    expect(readme).toContain('npm test');
  });
});
