/**
 * `npm run seeds:citations`: writes src/levers/seedCitations.json, the part of the seed records the page shows
 * (seedCitations.ts), from seeds/*.json. Run it after editing a record; test/seeds.test.ts fails while it is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serializeSeedCitations } from '../levers/seedCitations.ts';
import { SEED_RECORDS } from '../levers/seeds.ts';

const out = fileURLToPath(new URL('../levers/seedCitations.json', import.meta.url));
writeFileSync(out, serializeSeedCitations(SEED_RECORDS));
process.stdout.write(`wrote ${out} (${SEED_RECORDS.length} records)\n`);
