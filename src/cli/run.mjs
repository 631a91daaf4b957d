// Runs a CLI entry as it ships: bundles src/cli/<name>.ts and the Monte Carlo worker with esbuild into
// node_modules/.cache/fastlegesimulatoren, then runs it with the remaining arguments. Bundled code is what
// the app executes, and it runs faster than TypeScript through a loader, so benchmarks measure the real thing.
// Each bundle is written to a temporary file and renamed into place (only when it changed), so CLIs started
// at the same time never run a half-written bundle. Nothing but the CLI's own output reaches stdout.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [name, ...args] = process.argv.slice(2);
if (!name || !/^[A-Za-z][A-Za-z0-9]*$/.test(name)) {
  process.stderr.write('usage: node src/cli/run.mjs <cli-name> [args...]\n');
  process.exit(2);
}
const root = fileURLToPath(new URL('../..', import.meta.url));
const outdir = `${root}node_modules/.cache/fastlegesimulatoren`;
let result;
try {
  result = await build({
    entryPoints: [`${root}src/cli/${name}.ts`, `${root}src/cli/mcWorker.ts`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // inlines imported constants (the engine's state offsets in stateFields.ts) as literals in the hot loops
    minifySyntax: true,
    outdir,
    outExtension: { '.js': '.mjs' },
    logLevel: 'error',
    write: false,
  });
} catch {
  // esbuild has printed the errors on stderr
  process.stderr.write(`error: could not build src/cli/${name}.ts (see above)\n`);
  process.exit(1);
}
// (esbuild does not create the folder when it does not write: a fresh clone has none)
mkdirSync(outdir, { recursive: true });
for (const file of result.outputFiles) {
  let same = false;
  try {
    same = readFileSync(file.path).equals(file.contents);
  } catch {
    same = false;
  }
  if (same) continue;
  const tmp = `${file.path}.${process.pid}.tmp`;
  writeFileSync(tmp, file.contents);
  renameSync(tmp, file.path);
}
const r = spawnSync(process.execPath, [`${outdir}/${name}.mjs`, ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
