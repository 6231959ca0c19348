/**
 * Reads a dependency-cruiser JSON result on stdin, e.g.
 *   depcruise src --config .dependency-cruiser.cjs --output-type json | node scripts/check-folder-cycles.mjs
 * prints its rule violations the way `depcruise` does, and adds the check dependency-cruiser cannot express:
 * no cycle between folders of src/. A folder is the first path segment under src/; a file directly in src/ is a
 * unit of its own. (dependency-cruiser validates module cycles only: --collapse merely reshapes the report, and
 * rules with scope 'folder' miss cycles through a file directly in src/, whose folder "src" holds all others.)
 * Exits non-zero on any rule violation or folder cycle.
 */
import { format } from 'dependency-cruiser';
import { text } from 'node:stream/consumers';
import process from 'node:process';

const print = (line) => process.stdout.write(`${line}\n`);

const input = await text(process.stdin);
if (input.trim() === '') {
  process.stderr.write('check-folder-cycles: no result from dependency-cruiser (see its error above)\n');
  process.exit(2);
}
const result = JSON.parse(input);
// With the rule set, the report lists each module cycle once, as `depcruise` does.
const report = await format(result, { outputType: 'err', ruleSet: result.summary.ruleSetUsed });
process.stdout.write(report.output);

/** `src/db/executor.ts` -> `src/db`, `src/config.ts` -> `src/config.ts`; undefined outside src/. */
const unitOf = (source) =>
  source.includes('node_modules/') ? undefined : /^(.*?\/)?src\/[^/]+/.exec(source)?.[0];

/** unit -> (unit it imports -> one import that makes it so) */
const edges = new Map();
for (const module of result.modules) {
  const from = unitOf(module.source);
  for (const dependency of from ? module.dependencies : []) {
    const to = unitOf(dependency.resolved);
    if (!to || to === from) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from).has(to)) edges.get(from).set(to, `${module.source} → ${dependency.resolved}`);
  }
}

/** Shortest path of units from `start` back to `start`, or undefined. */
function cycleThrough(start) {
  const previous = new Map();
  const queue = [start];
  while (queue.length > 0) {
    const unit = queue.shift();
    for (const next of edges.get(unit)?.keys() ?? []) {
      if (next === start) {
        const path = [unit];
        while (path[0] !== start) path.unshift(previous.get(path[0]));
        return [...path, start];
      }
      if (!previous.has(next)) {
        previous.set(next, unit);
        queue.push(next);
      }
    }
  }
  return undefined;
}

const reported = new Set();
let cycles = 0;
for (const unit of [...edges.keys()].sort()) {
  const cycle = reported.has(unit) ? undefined : cycleThrough(unit);
  if (!cycle) continue;
  cycles += 1;
  cycle.forEach((member) => reported.add(member));
  print(`  error folder-cycle: ${cycle.join(' → ')}`);
  for (let i = 0; i + 1 < cycle.length; i += 1) print(`      ${edges.get(cycle[i]).get(cycle[i + 1])}`);
}
if (cycles > 0) print(`\nx ${cycles} cycle(s) between folders of src/.\n`);

process.exitCode = report.exitCode !== 0 || cycles > 0 ? 1 : 0;
