import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { Command } from 'commander';
import neo4j from 'neo4j-driver';
import { startApplication, type RunningApplication } from '../application';
import { loadConfig } from '../config';
import { cypherFile } from '../db/cypher-file';
import { HistoryImportService } from '../history/history-import.service';
import { HistoryRepository } from '../history/history.repository';
import { LocalNeo4j } from '../local-neo4j/local-neo4j';
import { createLogger } from '../logger';
import { fromProjectRoot } from '../project-root';
import { BenchRepository } from './bench.repository';
import { summarize, timed, type LatencySummary } from './latency';
import { syntheticWorld, type SyntheticRow } from './synthetic-world';

const CHAIN_QUERY = `query($id: ID!) { chain(eventId: $id, depth: 5) {
  startedBy steps { event { id title date { edtf } } } links { lagDays { min max } proportion { kind } link { id basis } } } }`;
const DYAD_QUERY = `query($a: ID!, $b: ID!) { dyadTimeline(a: $a, b: $b) { steps { event { id title date { edtf } } } links { link { id } } } }`;
const NESTED_QUERY = `{ events(first: 20, filter: {types: [EXPULSION]}) { edges { node {
  id title date { edtf } actors { name } targets { name } answers { to { title } } answeredBy { from { title } } } } } }`;

interface SizeResult {
  size: number;
  importRowsPerSecond: number;
  importSeconds: number;
  chain: { graphql: LatencySummary; cypher: LatencySummary; ratioP50: number };
  dyad: { graphql: LatencySummary; cypher: LatencySummary; ratioP50: number };
  nested: {
    concurrency: number;
    seconds: number;
    requests: number;
    requestsPerSecond: number;
    latency: LatencySummary;
    errors: number;
  };
  rssMegabytes: number;
}

function pickAnswers(rows: SyntheticRow[], count: number): string[] {
  const answers = rows.filter((row) => row.responds_to !== '');
  const step = Math.max(1, Math.floor(answers.length / count));
  return answers
    .filter((_, index) => index % step === 0)
    .slice(0, count)
    .map((row) => `event:${row.id}`);
}

function pickDyads(rows: SyntheticRow[], count: number): Array<[string, string]> {
  const step = Math.max(1, Math.floor(rows.length / count));
  return rows
    .filter((row, index) => index % step === 0 && !row.target.includes(';'))
    .slice(0, count)
    .map((row) => [`state:${row.actor}`, `state:${row.target}`]);
}

async function runSize(
  app: RunningApplication,
  size: number,
  seed: number,
  concurrency: number,
  seconds: number,
  key: string,
): Promise<SizeResult> {
  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (!response.ok || body.errors)
      throw new Error(`GraphQL failed: ${JSON.stringify(body.errors ?? response.status)}`);
  };

  await new BenchRepository(app.executor).wipeEvents();
  const rows = syntheticWorld(size, seed);
  const [importMs, summary] = await timed(() =>
    new HistoryImportService(new HistoryRepository(app.executor)).import(
      rows as unknown as Record<string, unknown>[],
    ),
  );
  if (summary.rejected > 0)
    throw new Error(`synthetic rows rejected: ${JSON.stringify(summary.problems.slice(0, 3))}`);

  const driver = app.executor.driverForBenchmarks();
  const chainCypher = cypherFile('chains/chain-lineage.cypher').text;
  const dyadCypher = cypherFile('chains/dyad-timeline.cypher').text;

  const answers = pickAnswers(rows, 200);
  for (const id of answers.slice(0, 20)) await post(CHAIN_QUERY, { id }); // warm-up
  const chainGraphql: number[] = [];
  for (const id of answers) chainGraphql.push((await timed(() => post(CHAIN_QUERY, { id })))[0]);
  const chainCypherTimes: number[] = [];
  for (const id of answers) {
    chainCypherTimes.push(
      (
        await timed(() =>
          driver.executeQuery(
            chainCypher,
            { id, depth: neo4j.int(5), includeProposed: false },
            { routing: 'READ' },
          ),
        )
      )[0],
    );
  }

  const dyads = pickDyads(rows, 100);
  const dyadGraphql: number[] = [];
  const dyadCypherTimes: number[] = [];
  for (const [a, b] of dyads) dyadGraphql.push((await timed(() => post(DYAD_QUERY, { a, b })))[0]);
  for (const [a, b] of dyads) {
    dyadCypherTimes.push(
      (
        await timed(() =>
          driver.executeQuery(
            dyadCypher,
            { a, b, from: null, to: null, includeProposed: false },
            { routing: 'READ' },
          ),
        )
      )[0],
    );
  }

  const nestedLatencies: number[] = [];
  let errors = 0;
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline) {
        try {
          nestedLatencies.push((await timed(() => post(NESTED_QUERY)))[0]);
        } catch {
          errors += 1;
        }
      }
    }),
  );

  const chain = { graphql: summarize(chainGraphql), cypher: summarize(chainCypherTimes) };
  const dyad = { graphql: summarize(dyadGraphql), cypher: summarize(dyadCypherTimes) };
  return {
    size,
    importSeconds: Math.round(importMs / 10) / 100,
    importRowsPerSecond: Math.round(size / (importMs / 1000)),
    chain: { ...chain, ratioP50: Math.round((chain.graphql.p50 / chain.cypher.p50) * 100) / 100 },
    dyad: { ...dyad, ratioP50: Math.round((dyad.graphql.p50 / dyad.cypher.p50) * 100) / 100 },
    nested: {
      concurrency,
      seconds,
      requests: nestedLatencies.length,
      requestsPerSecond: Math.round(nestedLatencies.length / seconds),
      latency: summarize(nestedLatencies),
      errors,
    },
    rssMegabytes: Math.round(process.memoryUsage().rss / 1_048_576),
  };
}

function markdown(results: SizeResult[]): string {
  const lines = [
    '| events | import rows/s | chain p50/p95/p99 ms (GraphQL) | same Cypher p50 ms | ratio p50 | dyad p50/p95/p99 ms | dyad Cypher p50 | ratio | nested list req/s (p95 ms) | RSS MB |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.size.toLocaleString('en')} | ${r.importRowsPerSecond.toLocaleString('en')} | ${r.chain.graphql.p50} / ${r.chain.graphql.p95} / ${r.chain.graphql.p99} | ${r.chain.cypher.p50} | ${r.chain.ratioP50} | ${r.dyad.graphql.p50} / ${r.dyad.graphql.p95} / ${r.dyad.graphql.p99} | ${r.dyad.cypher.p50} | ${r.dyad.ratioP50} | ${r.nested.requestsPerSecond} (${r.nested.latency.p95}) | ${r.rssMegabytes} |`,
    );
  }
  return lines.join('\n');
}

async function main(options: {
  sizes: string;
  seed: string;
  concurrency: string;
  seconds: string;
  out: string;
  allowWipe?: boolean;
}) {
  const sizes = options.sizes.split(',').map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 100))
    throw new Error('--sizes takes whole numbers of 100 or more, comma-separated');
  if (process.env['NEO4J_URI'] && !options.allowWipe) {
    throw new Error(
      'NEO4J_URI is set: the bench deletes every event there. Pass --allow-wipe if that database is only for benchmarks.',
    );
  }
  const key = randomBytes(24).toString('hex');
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    PORT: '0',
    LOG_LEVEL: 'silent',
    SEED_ON_EMPTY: 'false',
    AUTH_API_KEYS: `bench:reader:${key}`,
    LOCAL_NEO4J_INSTANCE: 'bench',
    LOCAL_NEO4J_BOLT_PORT: process.env['BENCH_NEO4J_BOLT_PORT'] ?? '7689',
    LOCAL_NEO4J_HTTP_PORT: process.env['BENCH_NEO4J_HTTP_PORT'] ?? '7476',
    LOCAL_NEO4J_HEAP: process.env['BENCH_NEO4J_HEAP'] ?? '2g',
    LOCAL_NEO4J_PAGECACHE: process.env['BENCH_NEO4J_PAGECACHE'] ?? '1g',
  });
  const app = await startApplication(config, createLogger('silent'));
  const results: SizeResult[] = [];
  try {
    for (const size of sizes) {
      console.error(`bench: ${size} events…`);
      results.push(
        await runSize(
          app,
          size,
          Number(options.seed),
          Number(options.concurrency),
          Number(options.seconds),
          key,
        ),
      );
    }
  } finally {
    await app.stop();
    if (!process.env['NEO4J_URI'] && process.env['BENCH_KEEP_NEO4J'] !== '1')
      await new LocalNeo4j(config.localNeo4j).stop();
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 1_073_741_824)} GiB, Node ${process.version}`;
  const table = markdown(results);
  mkdirSync(options.out, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(
    `${options.out}/bench-${stamp}.json`,
    JSON.stringify({ machine, seed: Number(options.seed), results }, null, 2),
  );
  writeFileSync(`${options.out}/bench-${stamp}.md`, `Machine: ${machine}\n\n${table}\n`);
  console.log(`Machine: ${machine}\n\n${table}`);
}

new Command()
  .name('bench')
  .description(
    'Measure import, chain and dyad latency (GraphQL against the same Cypher) and nested-list throughput on synthetic worlds',
  )
  .option('--sizes <sizes>', 'events per world, comma-separated', '10000,100000')
  .option('--seed <seed>', 'seed of the synthetic world', '42')
  .option('--concurrency <n>', 'clients of the nested-list load', '16')
  .option('--seconds <n>', 'duration of the nested-list load', '10')
  .option('--out <folder>', 'where the JSON and markdown go', fromProjectRoot('bench-results'))
  .option('--allow-wipe', 'allow wiping the events of the database NEO4J_URI names')
  .action(main)
  .parseAsync()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
