import 'reflect-metadata';
import { Presets, SingleBar } from 'cli-progress';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { EXIT_CODES, reportCliError } from '../cli/cli-errors';
import { loadConfig } from '../config';
import { openDatabase } from '../db/open-database';
import { runWithOrigin } from '../db/statement-origin';
import { setUpGraph } from '../graph-schema/set-up-graph';
import { createLogger } from '../logger';
import { HistoryImportService, type HistorySummary } from './history-import.service';
import { InitialLoadService } from './initial-load.service';
import { HistoryRepository } from './history.repository';
import { historyFileTable } from './read-history-file';

interface Options {
  json?: boolean;
  initial?: boolean;
}

function printSummary(summary: HistorySummary, options: Options): void {
  if (options.json) {
    console.log(JSON.stringify(summary, null, 2));
  } else {
    for (const problem of summary.problems) console.log(`${problem.path}: ${problem.message}`);
    console.log(
      `${summary.rows} rows: created ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}, ` +
        `rejected ${summary.rejected}; ${summary.links} stated links` +
        (summary.rejected > 0 ? ' (nothing written)' : ''),
    );
  }
  if (summary.rejected > 0) process.exitCode = summary.conflict ? EXIT_CODES.CONFLICT : 1;
}

async function runInitial(file: string, options: Options): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, 'stderr');
  const service = new InitialLoadService(config, logger, (step) => console.error(`initial load: ${step}…`));
  const folder = mkdtempSync(path.join(os.tmpdir(), 'riposte-initial-load-'));
  try {
    const { summary, wasRunning } = await service.load(historyFileTable(file), folder);
    printSummary(summary, options);
    if (!wasRunning) await service.stop();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function run(file: string, options: Options): Promise<void> {
  if (options.initial) return runInitial(file, options);
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, 'stderr');
  const database = await openDatabase(config, logger);
  try {
    await setUpGraph(database.executor, logger);
    const bar = new SingleBar(
      { format: 'import [{bar}] {value}/{total} rows and links', hideCursor: true },
      Presets.shades_classic,
    );
    bar.start(1, 0);
    let summary;
    try {
      summary = await new HistoryImportService(new HistoryRepository(database.executor)).import(
        historyFileTable(file),
        (done, total) => {
          bar.setTotal(total);
          bar.update(done);
        },
      );
    } finally {
      bar.stop();
    }
    printSummary(summary, options);
  } finally {
    await database.close();
  }
}

new Command()
  .name('import')
  .description(
    'Import a table of measures (CSV or JSON): id, date, actor, target, measure, count, responds_to, source_url, notes',
  )
  .argument('<file>', 'a .csv or .json file')
  .option('--json', 'print the summary as JSON')
  .option(
    '--initial',
    'first load into an empty local database with neo4j-admin database import full (stops and restarts Neo4j)',
  )
  .action((...args: Parameters<typeof run>) => runWithOrigin({ command: 'import' }, () => run(...args)))
  .parseAsync()
  .catch(reportCliError);
