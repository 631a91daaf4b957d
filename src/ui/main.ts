/**
 * Engine preview page: runs the baseline deterministically in the page for a chosen region and shows key
 * figures in a table (nb-NO formats). The full app (levers, charts, uncertainty, workers) is issue #3.
 */
import { MUNICIPALITIES } from '../data/index.ts';
import {
  parseRegion,
  preparePlan,
  regionResults,
  RESULT_SPECS,
  runDeterministic,
  simulatedYears,
} from '../engine/index.ts';

const SHOWN = [
  'nResidentsWithoutGp',
  'residentsWithoutGpShare',
  'nGps',
  'nVacantLists',
  'meanListLength',
  'weeklyHoursPerGp',
  'onCallHoursPerGpPerMonth',
  'newGpEntrants',
  'newGpLeavers',
  'publicCostNok',
];
const YEARS = [2026, 2030, 2035, 2040];

const select = document.querySelector<HTMLSelectElement>('#region')!;
const table = document.querySelector<HTMLTableElement>('#results')!;
const status = document.querySelector<HTMLParagraphElement>('#status')!;
const collator = new Intl.Collator('nb-NO');
const fmt = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const fmtPct = new Intl.NumberFormat('nb-NO', { style: 'percent', maximumFractionDigits: 1 });
const fmtMill = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });

const options: [string, string][] = [
  ['national', 'Hele landet'],
  ...[...MUNICIPALITIES]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((m): [string, string] => [
      `kommune:${m.code}`,
      `${m.name} (${m.code})${m.imputed ? ' – startverdier anslått' : ''}`,
    ]),
];
for (const [value, text] of options) select.add(new Option(text, value));

const plan = preparePlan({ endYear: 2040 });
const run = runDeterministic(plan);
const years = simulatedYears(plan.calendar);

function render(regionText: string): void {
  const parsed = parseRegion(regionText, plan.start.records);
  if (!parsed.ok) {
    status.textContent = `Ukjent område: ${parsed.error}`;
    return;
  }
  const res = regionResults(run, parsed.value.members, plan.assumptions.shiftHours);
  const head = `<thead><tr><th scope="col">Resultat</th>${YEARS.map((y) => `<th scope="col">${y}</th>`).join('')}</tr></thead>`;
  const rows = SHOWN.map((id) => {
    const k = RESULT_SPECS.findIndex((s) => s.id === id);
    const spec = RESULT_SPECS[k]!;
    const cells = YEARS.map((y) => {
      const v = res[k * years.length + years.indexOf(y)]!;
      const text = id.endsWith('Share')
        ? fmtPct.format(v)
        : id.endsWith('Nok')
          ? `${fmtMill.format(v / 1e6)} mill. kr`
          : fmt.format(v);
      return `<td>${text}</td>`;
    });
    return `<tr><th scope="row">${spec.label.nb}</th>${cells.join('')}</tr>`;
  });
  table.innerHTML = `<caption>Nøkkeltall per 31. desember, dagens politikk – ${parsed.value.name}</caption>${head}<tbody>${rows.join('')}</tbody>`;
  const imputedCount = Array.from(parsed.value.members).filter((i) => plan.start.records[i]!.imputed).length;
  status.textContent =
    imputedCount === 0
      ? ''
      : parsed.value.type === 'kommune'
        ? 'Merk: kommunen mangler i SSBs fastlegetabell; startverdiene er anslått fra lignende kommuner.'
        : `Merk: området omfatter ${imputedCount} kommuner som mangler i SSBs fastlegetabell; deres startverdier er anslått fra lignende kommuner.`;
}

select.addEventListener('change', () => render(select.value));
render('national');
