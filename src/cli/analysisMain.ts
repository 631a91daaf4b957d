/**
 * The analysis CLIs (`npm run sensitivity | goalseek | optimise`): parse, run on the engine (analysis/), print JSON or
 * text on stdout; progress on stderr when it is a terminal. Bad input exits 2 with one line naming the field; an
 * internal failure exits 1 with one line. Deterministic given the seed (no clock in the output but `seconds`).
 */
import { compileResponses } from '../engine/formulas/formulaCompiler.ts';
import { Evaluator, goalSeek, optimise, sensitivity, targetText } from '../engine/analysis/index.ts';
import type { Package } from '../engine/analysis/evaluator.ts';
import type { Point } from '../engine/analysis/goalSeek.ts';
import { resolveAssumptions } from '../engine/run/simulate.ts';
import { serializeScenario, type Scenario } from '../engine/run/scenario.ts';
import { oneLine } from './oneLine.ts';
import { readTextFile } from './readTextFile.ts';
import { ANALYSIS_USAGE, parseAnalysisArgs, type AnalysisKind, type AnalysisRequest } from './analysisArgs.ts';

const fmt = (v: unknown): string =>
  typeof v === 'number' ? (Math.abs(v) >= 1000 ? v.toFixed(0) : Number(v.toPrecision(4)).toString()) : String(v);
const mill = (nok: number): string => `${(nok / 1e6).toFixed(1)} mill. NOK`;

function progress(text: string): void {
  if (process.stderr.isTTY) process.stderr.write(`\r${text}\u001b[K`);
}

/** The package as a schema-2 scenario file that the app and `simulate --scenario` read. */
function packageScenario(ev: Evaluator, pkg: Package, req: AnalysisRequest): Scenario {
  const s = ev.scenarioWith(pkg);
  return {
    ...s,
    id: `pakke-${req.base.region.code}-${req.year}`,
    name: {
      nb: `Billigste pakke: ${req.base.region.name}, ${req.outcome} ${targetText(req.target!)} i ${req.year}`,
      en: `Cheapest package: ${req.base.region.name}, ${req.outcome} ${targetText(req.target!)} in ${req.year}`,
    },
  };
}

export function runAnalysis(req: AnalysisRequest): { json: unknown; text: string } {
  const t0 = performance.now();
  const scenario = req.base.scenario;
  const responses =
    scenario.formulas && Object.keys(scenario.formulas).length > 0
      ? compileResponses(scenario.formulas, resolveAssumptions(scenario.assumptions))
      : undefined;
  const ev = new Evaluator({
    scenario,
    region: req.base.region,
    year: req.year,
    endYear: req.year,
    ...(responses ? { responses } : {}),
  });
  const head = {
    kind: req.kind,
    region: { type: req.base.region.type, code: req.base.region.code, name: req.base.region.name },
    scenario: scenario.id,
    outcome: req.outcome,
    year: req.year,
    runs: req.base.runs,
    seed: req.base.seed,
  };
  const lines = [`${req.kind}: ${req.outcome} in ${req.year}, ${req.base.region.name} (scenario ${scenario.id})`];
  let body: Record<string, unknown>;
  if (req.kind === 'sensitivity') {
    const r = sensitivity(ev, {
      outcome: req.outcome,
      assumptions: req.assumptions,
      runs: req.base.runs,
      seed: req.base.seed,
      onProgress: (d, n) => progress(`sensitivity ${d}/${n}`),
    });
    body = { ...r };
    lines.push(`today: ${fmt(r.base)}`, 'lever  low → change | high → change | extra public cost in the year (high)');
    for (const e of r.levers)
      lines.push(
        `  ${e.id.padEnd(26)} ${e.low ? `${fmt(e.low.value)} → ${fmt(e.low.delta)}` : '–'} | ${e.high ? `${fmt(e.high.value)} → ${fmt(e.high.delta)}` : '–'} | ${e.high?.extraCostNok !== undefined ? mill(e.high.extraCostNok) : '–'}`,
      );
    if (r.assumptions) {
      lines.push('assumption  min → change | max → change');
      for (const e of r.assumptions.slice(0, 15))
        lines.push(
          `  ${e.id.padEnd(30)} ${e.low ? `${fmt(e.low.value)} → ${fmt(e.low.delta)}` : '–'} | ${e.high ? `${fmt(e.high.value)} → ${fmt(e.high.delta)}` : '–'}`,
        );
    }
    if (r.variance) {
      const v = r.variance;
      lines.push(
        `uncertainty over ${v.runs} runs: events ${(v.eventsShare * 100).toFixed(0)} %, assumptions ${(v.assumptionsShare * 100).toFixed(0)} %`,
        ...v.firstOrder.slice(0, 10).map((f) => `  ${f.id.padEnd(30)} ${(f.share * 100).toFixed(0)} %`),
      );
    }
  } else if (req.kind === 'goalseek') {
    const r = goalSeek(ev, {
      lever: req.lever!,
      ...(req.ranges?.[req.lever!] ? { range: req.ranges[req.lever!]! } : {}),
      outcome: req.outcome,
      target: req.target!,
      ...(req.probability !== undefined ? { probability: req.probability } : {}),
      runs: req.base.runs,
      seed: req.base.seed,
      onProgress: (n) => progress(`goal seek: ${n} runs`),
    });
    const pt = (p: Point) =>
      `${req.lever} = ${fmt(p.value)}: ${req.outcome} ${fmt(p.outcome)}${p.probability !== undefined ? `, reached in ${(p.probability * 100).toFixed(0)} % of runs` : ''}`;
    const aim = `${req.outcome} ${targetText(req.target!)}${req.probability !== undefined ? ` in at least ${(req.probability * 100).toFixed(0)} % of runs` : ''}`;
    const message =
      r.status === 'alreadyMet'
        ? `Today's value already reaches ${aim}.`
        : r.status === 'reached'
          ? `${req.lever} = ${fmt(r.answer.value)} is the least change that reaches ${aim}.`
          : `No value of ${req.lever} in its range reaches ${aim}; the best it does is ${fmt(r.answer.outcome)} at ${fmt(r.answer.value)}.`;
    body = {
      target: req.target,
      ...(req.probability !== undefined ? { probability: req.probability } : {}),
      ...r,
      message,
    };
    lines.push(message, `  today:  ${pt(r.today)}`, `  answer: ${pt(r.answer)}`);
    if (r.neighbour) lines.push(`  one step less: ${pt(r.neighbour)}`);
  } else {
    const r = optimise(ev, {
      outcome: req.outcome,
      target: req.target!,
      levers: req.levers!,
      ...(req.ranges ? { ranges: req.ranges } : {}),
      cost: req.cost,
      ...(req.period ? { period: req.period } : {}),
      ...(req.budget !== undefined ? { budget: req.budget } : {}),
      seed: req.base.seed,
      onProgress: (n, c) => progress(`optimise: ${n} runs, cheapest so far ${c === null ? '–' : mill(c)}`),
    });
    const message =
      r.status === 'alreadyMet'
        ? 'The scenario already reaches the target: no package needed.'
        : r.status === 'found'
          ? `Cheapest package found: extra ${req.cost} cost ${mill(r.best!.cost)} over the period, ${req.outcome} ${fmt(r.best!.outcome)}.`
          : r.status === 'overBudget'
            ? `The target is reachable, but not within the budget: the cheapest package found costs ${mill(r.best!.cost)}.`
            : `No package of these levers within their ranges reaches the target; the closest gives ${fmt(r.closest.outcome)}.`;
    body = {
      levers: req.levers,
      target: req.target,
      cost: req.cost,
      ...(req.period ? { period: req.period } : {}),
      ...(req.budget !== undefined ? { budget: req.budget } : {}),
      ...r,
      message,
      ...(r.best && r.status !== 'alreadyMet'
        ? { packageScenario: JSON.parse(serializeScenario(packageScenario(ev, r.best.package, req))) }
        : {}),
    };
    lines.push(message);
    if (r.best) for (const [id, v] of Object.entries(r.best.package)) lines.push(`  ${id.padEnd(26)} ${fmt(v)}`);
    lines.push('single levers (goal seek):');
    for (const s of r.singles)
      lines.push(
        `  ${s.lever.padEnd(26)} ${s.result.status === 'reached' ? `${fmt(s.result.answer.value)}, extra cost ${mill(s.cost!)}` : s.result.status}`,
      );
    lines.push(
      `frontier (extra cost → ${req.outcome}): ${r.frontier
        .slice(0, 12)
        .map((c) => `${mill(c.cost)} → ${fmt(c.outcome)}`)
        .join('; ')}`,
    );
  }
  progress('');
  const seconds = (performance.now() - t0) / 1000;
  lines.push(`${ev.count} runs in ${seconds.toFixed(1)} s`);
  return { json: { ...head, ...body, seconds }, text: lines.join('\n') + '\n' };
}

export async function analysisCli(kind: AnalysisKind): Promise<number> {
  const args = parseAnalysisArgs(kind, process.argv.slice(2), (p) => readTextFile(p));
  if (!args.ok) {
    process.stderr.write(`error: ${oneLine(args.error)}\n`);
    return 2;
  }
  if ('help' in args) {
    process.stdout.write(ANALYSIS_USAGE[kind] + '\n');
    return 0;
  }
  const out = runAnalysis(args.request);
  process.stdout.write(args.request.format === 'text' ? out.text : JSON.stringify(out.json, null, 1) + '\n');
  return 0;
}

/** Runs a CLI entry: exit codes as the module comment says; `| head` ends it quietly. */
export function main(kind: AnalysisKind): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`error: cannot write the output (${e.code ?? oneLine(e.message)})\n`);
    process.exit(1);
  });
  analysisCli(kind).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`error: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
      process.exitCode = 1;
    },
  );
}
