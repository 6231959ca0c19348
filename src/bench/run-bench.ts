import 'reflect-metadata';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import neo4j from 'neo4j-driver';
import { startApplication, type RunningApplication } from '../application';
import { loadConfig, type Config } from '../config';
import { cypherFile } from '../db/cypher-file';
import { LocalNeo4j } from '../local-neo4j/local-neo4j';
import { historyFileTable } from '../history/read-history-file';
import { createLogger } from '../logger';
import { fromProjectRoot } from '../project-root';
import { benchConfig } from './bench-config';
import { BenchRepository } from './bench.repository';
import { initialLoadTable, markdownReport, type BenchReport, type SizeResult } from './bench-report';
import { graphqlClient } from './graphql-client';
import { measureDense } from './measure-dense';
import { measureImport } from './measure-import';
import { measureInference } from './measure-inference';
import { measureInitialLoad } from './measure-initial-load';
import { pairedLatency } from './measure-latency';
import { measureThroughput } from './measure-throughput';
import { PEER_NESTED_QUERY, startPeerServer } from './peer-server';
import { withPeakRss } from './peak-rss';
import { pickInputs } from './pick-inputs';
import { writeWorldFile } from './world-file';
import { CHAIN_QUERY, DYAD_QUERY, FLOOR_QUERY, NESTED_QUERY } from './queries';
import { DEFAULT_CHAIN_EVENTS, DEFAULT_CHAIN_LINKS } from '../domain/chain-limits';

const WARM_UP_EVENTS = 3_000;
const QUICK_SIZES = '10000,100000';
const FULL_SIZES = [10_000, 100_000, 1_000_000];
/** The caps the API applies by default, sent with the same Cypher. */
const DEFAULT_CAPS = { maxEvents: neo4j.int(DEFAULT_CHAIN_EVENTS), maxLinks: neo4j.int(DEFAULT_CHAIN_LINKS) };

interface Options {
  sizes: number[];
  /** The 1M world, and the whole-graph inference. */
  full: boolean;
  seed: number;
  connections: number;
  seconds: number;
  /**
   * One part alone: `dense`, the chains over dense link graphs; `latency`, the chain and dyad
   * latency (and the import they need), printed, no report written; `nested`, the nested-list
   * loads; `import`, the online import against its ceiling and the initial load against neo4j-admin;
   * `initial-load`, the initial load alone (no server started).
   */
  only: Part | null;
}

const PARTS = ['dense', 'latency', 'nested', 'import', 'initial-load'] as const;
type Part = (typeof PARTS)[number];

/** `--only <part>`, or one of the older `--<part>-only` flags, kept as its aliases. */
function onlyPart(raw: Record<string, string | boolean | undefined>): Part | null {
  const named = [
    ...(raw['only'] === undefined ? [] : [String(raw['only'])]),
    ...PARTS.filter((part) => raw[`${part}Only`] === true),
  ];
  const unknown = named.find((part) => !(PARTS as readonly string[]).includes(part));
  if (unknown !== undefined) throw new Error(`--only takes ${PARTS.join(', ')} (not "${unknown}")`);
  if (new Set(named).size > 1) throw new Error(`one part at a time: ${named.join(' and ')} were asked for`);
  return (named[0] as Part | undefined) ?? null;
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** Where the initial load is measured: a local instance of its own, stopped and emptied each time. */
interface InitialLoadTarget {
  config: Config;
  workFolder: string;
}

async function runSize(
  app: RunningApplication,
  config: Config,
  key: string,
  size: number,
  options: Options,
  initialLoadTarget: InitialLoadTarget | null,
): Promise<SizeResult | null> {
  // The world goes to a file row by row, and is read from it as `npm run import` reads a table.
  const table = path.join(initialLoadTarget?.workFolder ?? os.tmpdir(), `world-${size}-${options.seed}.csv`);
  writeWorldFile(table, size, options.seed);
  const [answers, dyads] = await pickInputs(table);
  const [imported, importPeakRssMegabytes] = await withPeakRss(() =>
    measureImport(app.executor, historyFileTable(table)),
  );

  const driver = app.executor.driverForBenchmarks();
  const post = graphqlClient(app.graphqlUrl, { 'x-api-key': key });
  const chainCypher = cypherFile('chains/chain-lineage.cypher').text;
  const dyadCypher = cypherFile('chains/dyad-timeline.cypher').text;
  // Sent as the executor sends a read: one auto-commit statement in a read session.
  const direct = async (cypher: string, params: Record<string, unknown>) => {
    const session = driver.session({
      defaultAccessMode: neo4j.session.READ,
      database: config.neo4j.database,
    });
    try {
      return await session.run(cypher, params);
    } finally {
      await session.close();
    }
  };

  const chain = await pairedLatency(
    answers,
    (id) => post(CHAIN_QUERY, { id }),
    (id) => direct(chainCypher, { id, depth: neo4j.int(5), includeProposed: false, ...DEFAULT_CAPS }),
    undefined,
    () => post(FLOOR_QUERY),
  );
  const dyad = await pairedLatency(
    dyads,
    ([a, b]) => post(DYAD_QUERY, { a, b }),
    ([a, b]) => direct(dyadCypher, { a, b, from: null, to: null, includeProposed: false, ...DEFAULT_CAPS }),
  );
  if (options.only === 'latency') {
    console.log(JSON.stringify({ events: size, chain, dyad }));
    rmSync(table, { force: true });
    return null;
  }

  const [nested, memory] = await measureNested(app, config, key, options);

  const inference = options.full ? await wholeGraphInference(app, config) : null;
  let initialLoad: SizeResult['initialLoad'] = null;
  if (initialLoadTarget) {
    const { config: target, workFolder } = initialLoadTarget;
    try {
      initialLoad = await measureInitialLoad(target, createLogger('silent'), table, workFolder);
    } catch (error) {
      console.error(`bench: the initial load of ${size} events failed: ${(error as Error).message}`);
    }
  }
  rmSync(table, { force: true });
  return {
    events: size,
    import: imported,
    initialLoad,
    chain: { ...chain, floorP50: chain.floorP50 ?? null },
    dyad,
    nested,
    memory: {
      rssMegabytes: Math.round(memory.rss / 1_048_576),
      heapUsedMegabytes: Math.round(memory.heapUsed / 1_048_576),
      importPeakRssMegabytes,
    },
    inference,
  };
}

/** Riposte's nested list under load, against @neo4j/graphql's on the same graph, one after the other. */
async function measureNested(
  app: RunningApplication,
  config: Config,
  key: string,
  options: Options,
): Promise<[SizeResult['nested'], NodeJS.MemoryUsage]> {
  const driver = app.executor.driverForBenchmarks();
  const post = graphqlClient(app.graphqlUrl, { 'x-api-key': key });
  const peer = await startPeerServer(driver, { database: config.neo4j.database });
  try {
    const ours = (await post(NESTED_QUERY)) as { events: { edges: Array<{ node: { id: string } }> } };
    const theirs = (await graphqlClient(peer.url)(PEER_NESTED_QUERY)) as { events: Array<{ id: string }> };
    const [a, b] = [ours.events.edges.map((edge) => edge.node.id), theirs.events.map((event) => event.id)];
    if (JSON.stringify(a) !== JSON.stringify(b))
      throw new Error(`the two servers answer the nested list differently:\n${a.join(',')}\n${b.join(',')}`);

    const load = { connections: options.connections, seconds: options.seconds };
    const riposte = await measureThroughput(app.graphqlUrl, JSON.stringify({ query: NESTED_QUERY }), {
      ...load,
      headers: { 'x-api-key': key },
    });
    const memory = process.memoryUsage();
    const peerResult = await measureThroughput(peer.url, JSON.stringify({ query: PEER_NESTED_QUERY }), load);
    const nested = {
      riposte,
      peer: peerResult,
      ...(peerResult.requestsPerSecond === 0
        ? { throughputRatio: null, p95Ratio: null }
        : {
            throughputRatio: ratio(riposte.requestsPerSecond, peerResult.requestsPerSecond),
            p95Ratio: ratio(riposte.latency.p95, peerResult.latency.p95),
          }),
    };
    return [nested, memory];
  } finally {
    await peer.stop();
  }
}

/** --only nested: the world imported, then only the nested-list loads, with the machine's load beside them. */
async function nestedOnly(
  app: RunningApplication,
  config: Config,
  key: string,
  size: number,
  options: Options,
) {
  const table = path.join(os.tmpdir(), `world-${size}-${options.seed}.csv`);
  writeWorldFile(table, size, options.seed);
  await measureImport(app.executor, historyFileTable(table));
  rmSync(table, { force: true });
  const loadBefore = os.loadavg();
  const [nested] = await measureNested(app, config, key, options);
  return { events: size, loadAverageBefore: loadBefore, loadAverageAfter: os.loadavg(), nested };
}

/** The import figures alone of one size: the online import and the initial load, on the same table. */
async function runImportSize(
  app: RunningApplication,
  size: number,
  options: Options,
  target: InitialLoadTarget | null,
) {
  const table = path.join(target?.workFolder ?? os.tmpdir(), `world-${size}-${options.seed}.csv`);
  writeWorldFile(table, size, options.seed);
  try {
    const [imported, importPeakRssMegabytes] = await withPeakRss(() =>
      measureImport(app.executor, historyFileTable(table)),
    );
    const initialLoad = target
      ? await measureInitialLoad(target.config, createLogger('silent'), table, target.workFolder)
      : null;
    return { events: size, import: imported, importPeakRssMegabytes, initialLoad };
  } finally {
    rmSync(table, { force: true });
  }
}

/** --only initial-load: the initial load against neo4j-admin alone, size by size, with the machine's load; no server started. */
async function initialLoadOnly(config: Config, options: Options, out: string): Promise<void> {
  const target = initialLoadTarget(config);
  if (!target) throw new Error('the initial load needs the local Neo4j: unset NEO4J_URI');
  const startedAt = new Date().toISOString();
  const results = [];
  try {
    for (const size of options.sizes) {
      const table = path.join(target.workFolder, `world-${size}-${options.seed}.csv`);
      writeWorldFile(table, size, options.seed);
      const loadAverageBefore = os.loadavg();
      const initialLoad = await measureInitialLoad(
        target.config,
        createLogger('silent'),
        table,
        target.workFolder,
      );
      rmSync(table, { force: true });
      results.push({ events: size, loadAverageBefore, loadAverageAfter: os.loadavg(), initialLoad });
    }
  } finally {
    rmSync(target.workFolder, { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });
  const stamp = startedAt.replace(/[:.]/g, '-');
  const text = JSON.stringify({ seed: options.seed, startedAt, results }, null, 2);
  writeFileSync(`${out}/initial-load-${stamp}.json`, text);
  console.log(text);
  console.log(initialLoadTable(results).join('\n'));
}

async function wholeGraphInference(app: RunningApplication, config: Config) {
  try {
    return await measureInference(app.executor, config.inference);
  } catch (error) {
    console.error(`bench: the whole-graph inference failed: ${(error as Error).message}`);
    return null;
  }
}

/** The initial load needs a local Neo4j it may stop and overwrite: none when NEO4J_URI names the server. */
function initialLoadTarget(bench: Config): InitialLoadTarget | null {
  if (process.env['NEO4J_URI']) return null;
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: 'silent',
    LOCAL_NEO4J_INSTANCE: 'bench-initial-load',
    LOCAL_NEO4J_BOLT_PORT: process.env['BENCH_INITIAL_LOAD_NEO4J_BOLT_PORT'] ?? '7690',
    LOCAL_NEO4J_HTTP_PORT: process.env['BENCH_INITIAL_LOAD_NEO4J_HTTP_PORT'] ?? '7477',
    LOCAL_NEO4J_HEAP: bench.localNeo4j.heap,
    LOCAL_NEO4J_PAGECACHE: bench.localNeo4j.pageCache,
  });
  return { config, workFolder: mkdtempSync(path.join(os.tmpdir(), 'riposte-bench-')) };
}

async function main(raw: Record<string, string | boolean | undefined>) {
  const options: Options = {
    sizes:
      raw['sizes'] === undefined && raw['full'] === true
        ? FULL_SIZES
        : String(raw['sizes'] ?? QUICK_SIZES)
            .split(',')
            .map(Number),
    full: raw['full'] === true,
    seed: Number(raw['seed']),
    connections: Number(raw['connections']),
    seconds: Number(raw['seconds']),
    only: onlyPart(raw),
  };
  if (options.sizes.some((size) => !Number.isInteger(size) || size < 100))
    throw new Error('--sizes takes whole numbers of 100 or more, comma-separated');
  if (process.env['NEO4J_URI'] && !raw['allowWipe']) {
    throw new Error(
      'NEO4J_URI is set: the bench deletes every event there. Pass --allow-wipe if that database is only for benchmarks.',
    );
  }
  const { config, key } = benchConfig();
  if (options.only === 'initial-load') return initialLoadOnly(config, options, String(raw['out']));
  const app = await startApplication(config, createLogger('silent'));
  if (options.only === 'nested') {
    try {
      await nestedOnly(app, config, key, WARM_UP_EVENTS, { ...options, seconds: 2 });
      for (const size of options.sizes)
        console.log(JSON.stringify(await nestedOnly(app, config, key, size, options), null, 2));
    } finally {
      await app.stop();
      if (!process.env['NEO4J_URI'] && process.env['BENCH_KEEP_NEO4J'] !== '1')
        await new LocalNeo4j(config.localNeo4j).stop();
    }
    return;
  }
  const initialLoad = raw['initialLoad'] === false ? null : initialLoadTarget(config);
  const report: BenchReport = {
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 1_073_741_824)} GiB, Node ${process.version}`,
    neo4j: await new BenchRepository(app.executor).serverVersion(),
    seed: options.seed,
    startedAt: new Date().toISOString(),
    command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(
      ' ',
    ),
    results: [],
    dense: [],
  };
  if (options.only === 'import') {
    try {
      const results = [];
      for (const size of options.sizes) {
        console.error(`bench: importing ${size.toLocaleString('en')} events…`);
        results.push(await runImportSize(app, size, options, initialLoad));
        console.error(JSON.stringify(results.at(-1)));
      }
      const out = String(raw['out']);
      mkdirSync(out, { recursive: true });
      const text = JSON.stringify({ ...report, results }, null, 2);
      writeFileSync(`${out}/import-${report.startedAt.replace(/[:.]/g, '-')}.json`, text);
      console.log(text);
    } finally {
      await app.stop();
      if (initialLoad) rmSync(initialLoad.workFolder, { recursive: true, force: true });
      if (!process.env['NEO4J_URI'] && process.env['BENCH_KEEP_NEO4J'] !== '1')
        await new LocalNeo4j(config.localNeo4j).stop();
    }
    return;
  }
  try {
    // A small world first, not reported: Neo4j's and Node's JIT and query caches warm up on it.
    if (options.only !== 'dense') {
      console.error('bench: warming up…');
      await runSize(app, config, key, WARM_UP_EVENTS, { ...options, full: false, seconds: 2 }, null);
      for (const size of options.sizes) {
        console.error(`bench: ${size.toLocaleString('en')} events…`);
        const result = await runSize(app, config, key, size, options, initialLoad);
        if (result) report.results.push(result);
      }
    }
    if (options.only === 'latency') return;
    console.error('bench: dense link graphs…');
    report.dense = await measureDense(app.executor, graphqlClient(app.graphqlUrl, { 'x-api-key': key }));
  } finally {
    await app.stop();
    if (initialLoad) rmSync(initialLoad.workFolder, { recursive: true, force: true });
    if (!process.env['NEO4J_URI'] && process.env['BENCH_KEEP_NEO4J'] !== '1')
      await new LocalNeo4j(config.localNeo4j).stop();
  }
  const out = String(raw['out']);
  const stamp = report.startedAt.replace(/[:.]/g, '-');
  const table = markdownReport(report);
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}/bench-${stamp}.json`, JSON.stringify(report, null, 2));
  writeFileSync(`${out}/bench-${stamp}.md`, `${table}\n`);
  console.log(table);
}

new Command()
  .name('bench')
  .description(
    'On seeded synthetic worlds: import rate, chain and dyad latency against the same Cypher, nested-list load against an @neo4j/graphql server',
  )
  .option('--full', 'the 10k, 100k and 1M worlds, and the inference over the whole graph (slow)')
  .option(
    '--sizes <sizes>',
    `events per world, comma-separated (default ${QUICK_SIZES}; 10k, 100k and 1M with --full)`,
  )
  .option('--seed <seed>', 'seed of the synthetic world', '42')
  .option('--connections <n>', 'clients of the nested-list load', '16')
  .option('--seconds <n>', 'duration of each nested-list load', '10')
  .option('--out <folder>', 'where the JSON and markdown go', fromProjectRoot('bench-results'))
  .option(
    '--only <part>',
    'measure one part alone: dense (the chains over dense link graphs, quick), latency (chain and dyad latency and the floor, printed), nested (the nested-list loads, printed as JSON, nothing written), import (the online import and the initial load, against their ceilings) or initial-load (the initial load alone, against neo4j-admin; no server started)',
  )
  .option('--dense-only', 'the same as --only dense')
  .option('--latency-only', 'the same as --only latency')
  .option('--nested-only', 'the same as --only nested')
  .option('--import-only', 'the same as --only import')
  .option('--no-initial-load', 'leave out the initial load and its neo4j-admin ceiling')
  .option('--allow-wipe', 'allow wiping the events of the database NEO4J_URI names')
  .action(main)
  .parseAsync()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
