import 'reflect-metadata';
import { rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Command } from 'commander';
import { startApplication } from '../application';
import { historyFileTable } from '../history/read-history-file';
import { LocalNeo4j } from '../local-neo4j/local-neo4j';
import { createLogger } from '../logger';
import { benchConfig } from './bench-config';
import { summarize } from './latency';
import { measureImport } from './measure-import';
import { pickInputs } from './pick-inputs';
import { profileBreakdown, type CpuProfile } from './profile-breakdown';
import { CHAIN_QUERY, DYAD_QUERY, FLOOR_QUERY, NESTED_QUERY } from './queries';
import { writeWorldFile } from './world-file';

/**
 * The client runs in a worker thread, so the main thread's profile holds the server alone: one
 * request at a time, as the latency bench sends them, timed from the first byte sent to the last
 * byte read.
 */
const CLIENT = `
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const post = (body) => new Promise((resolve, reject) => {
  const start = process.hrtime.bigint();
  const request = http.request(workerData.url, { method: 'POST', agent,
    headers: { 'content-type': 'application/json', ...workerData.headers } }, (response) => {
    const chunks = [];
    response.on('data', (chunk) => chunks.push(chunk));
    response.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (response.statusCode !== 200 || text.includes('"errors"')) reject(new Error(text.slice(0, 500)));
      else resolve(Number(process.hrtime.bigint() - start) / 1e6);
    });
  });
  request.on('error', reject);
  request.end(body);
});
(async () => {
  const durations = [];
  for (let round = 0; round < workerData.rounds; round += 1)
    for (const body of workerData.bodies) durations.push(await post(body));
  parentPort.postMessage(durations);
})().catch((error) => parentPort.postMessage({ error: error.message }));
`;

function runClient(url: string, headers: Record<string, string>, bodies: string[], rounds: number) {
  return new Promise<number[]>((resolve, reject) => {
    const worker = new Worker(CLIENT, { eval: true, workerData: { url, headers, bodies, rounds } });
    worker.once('message', (message: number[] | { error: string }) => {
      void worker.terminate();
      if (Array.isArray(message)) resolve(message);
      else reject(new Error(message.error));
    });
    worker.once('error', reject);
  });
}

type Kind = 'chain' | 'dyad' | 'floor' | 'nested';

function bodiesOf(kind: Kind, answers: string[], dyads: Array<[string, string]>): string[] {
  if (kind === 'chain') return answers.map((id) => JSON.stringify({ query: CHAIN_QUERY, variables: { id } }));
  if (kind === 'dyad')
    return dyads.map(([a, b]) => JSON.stringify({ query: DYAD_QUERY, variables: { a, b } }));
  return [JSON.stringify({ query: kind === 'floor' ? FLOOR_QUERY : NESTED_QUERY, variables: {} })];
}

interface Options {
  kind: string;
  size: string;
  rounds: string;
  seed: string;
  top: string;
  save?: string;
}

async function main(raw: Options) {
  const kind = raw.kind as Kind;
  if (!['chain', 'dyad', 'floor', 'nested'].includes(kind))
    throw new Error('--kind is one of chain, dyad, floor, nested');
  const [size, rounds, seed] = [Number(raw.size), Number(raw.rounds), Number(raw.seed)];
  const { config, key } = benchConfig();
  const app = await startApplication(config, createLogger('silent'));
  const table = path.join(os.tmpdir(), `profile-world-${size}-${seed}.csv`);
  try {
    writeWorldFile(table, size, seed);
    const [answers, dyads] = await pickInputs(table);
    console.error(`profile: importing ${size.toLocaleString('en')} events…`);
    await measureImport(app.executor, historyFileTable(table));
    const bodies = bodiesOf(kind, answers, dyads);
    const headers = { 'x-api-key': key };
    const perRound = Math.max(1, Math.ceil(300 / bodies.length));
    // Warm-up: the JIT, Apollo's document cache, Neo4j's plan cache.
    await runClient(app.graphqlUrl, headers, bodies, perRound);
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    const queriesBefore = app.executor.queryCount;
    const durations = await runClient(app.graphqlUrl, headers, bodies, rounds * perRound);
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    const requests = durations.length;
    console.log(
      JSON.stringify({
        kind,
        events: size,
        requests,
        statementsPerRequest: (app.executor.queryCount - queriesBefore) / requests,
        loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
        latencyMs: summarize(durations),
      }),
    );
    console.log(profileBreakdown(profile as CpuProfile, requests, Number(raw.top)));
    if (raw.save) writeFileSync(raw.save, JSON.stringify(profile));
  } finally {
    rmSync(table, { force: true });
    await app.stop();
    if (!process.env['NEO4J_URI'] && process.env['BENCH_KEEP_NEO4J'] !== '1')
      await new LocalNeo4j(config.localNeo4j).stop();
  }
}

new Command()
  .name('latency-profile')
  .description(
    "Where one kind of request spends the server's time: a CPU profile of the server thread over sequential requests, by package and by function, per request",
  )
  .option('--kind <kind>', 'chain, dyad, floor ({ __typename }) or nested', 'chain')
  .option('--size <events>', 'events of the synthetic world, imported first', '10000')
  .option('--rounds <n>', 'passes over the inputs while profiling (about 300 requests each)', '3')
  .option('--seed <seed>', 'seed of the synthetic world', '42')
  .option('--top <n>', 'functions listed', '25')
  .option('--save <file>', 'also write the profile, for Chrome DevTools (a .cpuprofile file)')
  .action(main)
  .parseAsync()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
