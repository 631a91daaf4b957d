// Runs a CLI entry as it ships: bundles src/cli/<name>.ts and the Monte Carlo worker with esbuild into
// node_modules/.cache/fastlegesimulatoren, then runs it with the remaining arguments. Bundled code is what
// the app executes, and it runs faster than TypeScript through a loader, so benchmarks measure the real thing.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [name, ...args] = process.argv.slice(2);
if (!name) {
  process.stderr.write('usage: node src/cli/run.mjs <cli-name> [args...]\n');
  process.exit(2);
}
const root = fileURLToPath(new URL('../..', import.meta.url));
const outdir = `${root}node_modules/.cache/fastlegesimulatoren`;
await build({
  entryPoints: [`${root}src/cli/${name}.ts`, `${root}src/cli/mcWorker.ts`],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // inlines imported constants (the engine's state offsets in stateFields.ts) as literals in the hot loops
  minifySyntax: true,
  outdir,
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, [`${outdir}/${name}.mjs`, ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
