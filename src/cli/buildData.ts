// CLI: reads src/data/raw, writes src/data/municipalities.json, national.json and nynorskMunicipalities.json (npx tsx src/cli/buildData.ts [--sweep]).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawFileKey, RawTexts } from '../data/build.ts';
import { buildData, districtSweep, RAW_FILES, serializeMunicipalities, serializeNational } from '../data/build.ts';
import { nynorskMunicipalities, serializeNynorsk } from '../data/maalform.ts';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

function readRaw(): RawTexts {
  const out = {} as RawTexts;
  for (const key of Object.keys(RAW_FILES) as RawFileKey[])
    out[key] = readFileSync(join(dataDir, 'raw', RAW_FILES[key]), 'utf8');
  return out;
}

function main(): void {
  const raw = readRaw();
  const { municipalities, national, report } = buildData(raw);
  const mText = serializeMunicipalities(municipalities);
  const nText = serializeNational(national);
  writeFileSync(join(dataDir, 'municipalities.json'), mText);
  writeFileSync(join(dataDir, 'national.json'), nText);
  // the municipalities whose written standard is nynorsk (a share link without a language follows it)
  const nynorsk = nynorskMunicipalities(raw.municipalities);
  writeFileSync(join(dataDir, 'nynorskMunicipalities.json'), serializeNynorsk(nynorsk));
  const kb = (s: string) => `${(Buffer.byteLength(s) / 1024).toFixed(0)} KiB`;
  console.log(`municipalities.json: ${municipalities.length} records, ${kb(mText)}; national.json: ${kb(nText)}`);
  console.log(`nynorskMunicipalities.json: ${nynorsk.length} municipalities`);
  console.log('population (national):', report.populationNational);
  console.log('need index (national, 2024 = 1):', report.needIndexNational);
  console.log(`backcast growth of the need index: ${(report.backcastGrowth * 100).toFixed(3)} %/year`);
  console.log('need sex factors:', report.needSexFactors, 'mortality:', report.mortality);
  console.log(
    `80+: ${report.pop80Plus.y2024} (2024) -> ${report.pop80Plus.y2050} (2050), ratio ${report.pop80Plus.ratio.toFixed(3)}`,
  );
  const d = report.districts;
  console.log(
    `legevakt districts (T = ${d.threshold}): ${d.count}, alone ${d.alone} (${(d.aloneShare * 100).toFixed(1)} %), no neighbours: ${d.isolated.join(' ')}`,
  );
  for (const i of report.imputations) {
    console.log(
      `imputed ${i.code} ${i.name} (factor ${i.factor}, peers ${i.peers.join(' ')}):`,
      JSON.stringify(i.gp2025),
    );
  }
  if (process.argv.includes('--sweep')) {
    const thresholds: number[] = [];
    for (let t = 5000; t <= 20000; t += 500) thresholds.push(t);
    for (const s of districtSweep(raw, thresholds)) {
      console.log(`T ${s.threshold}: ${s.count} districts, ${(s.aloneShare * 100).toFixed(1)} % alone`);
    }
  }
}

main();
