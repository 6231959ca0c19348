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
import type { Config } from '../config';
import type { Executor } from '../db/executor';
import { inferenceOptions } from '../inference/infer-options';
import { InferenceRepository } from '../inference/inference.repository';
import { InferenceService, type InferenceOptions } from '../inference/inference.service';
import { HistoryImportService } from './history-import.service';
import { importThenInfer, type ImportThenInferSummary } from './infer-after-import';
import { InitialLoadService } from './initial-load.service';
import { HistoryRepository } from './history.repository';
import { historyFileTable } from './read-history-file';

interface Options {
  json?: boolean;
  initial?: boolean;
  /** False with --no-infer; true with --infer; unset otherwise. */
  infer?: boolean;
  windowDays?: string;
  minScore?: string;
}

const inferenceService = (executor: Executor, config: Config) =>
  new InferenceService(new InferenceRepository(executor), config.inference, null);

const inferenceLine = (inference: ImportThenInferSummary['inference']) =>
  inference
    ? `inference: ${inference.answersExamined} answers examined, ${inference.proposed} new proposals ` +
      `in ${inference.seconds.toFixed(1)} s (review them with retaliationProposals or in the explorer)`
    : 'inference: not run';

function printSummary(summary: ImportThenInferSummary, options: Options): void {
  if (options.json) {
    console.log(JSON.stringify(summary, null, 2));
  } else {
    for (const problem of summary.problems) console.log(`${problem.path}: ${problem.message}`);
    console.log(
      `${summary.rows} rows: created ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}, ` +
        `rejected ${summary.rejected}; ${summary.links} stated links` +
        (summary.rejected > 0 ? ' (nothing written)' : ''),
    );
    if (summary.rejected === 0) console.log(inferenceLine(summary.inference));
  }
  if (summary.rejected > 0) process.exitCode = summary.conflict ? EXIT_CODES.CONFLICT : 1;
}

/** The whole graph's inference after an initial load (every measure is new). */
async function inferWholeGraph(
  config: Config,
  logger: ReturnType<typeof createLogger>,
  settings: InferenceOptions,
): Promise<ImportThenInferSummary['inference']> {
  const database = await openDatabase(config, logger);
  try {
    const started = Date.now();
    let answersExamined = 0;
    const proposals = await inferenceService(database.executor, config).inferAll(
      {
        ...settings,
        onProgress: (read) => {
          answersExamined = read;
          console.error(`infer: ${read} answers read`);
        },
      },
      null,
    );
    return { answersExamined, proposed: proposals.length, seconds: (Date.now() - started) / 1000 };
  } finally {
    await database.close();
  }
}

async function runInitial(file: string, options: Options, settings: InferenceOptions): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, 'stderr');
  const service = new InitialLoadService(config, logger, (step) => console.error(`initial load: ${step}…`));
  const folder = mkdtempSync(path.join(os.tmpdir(), 'riposte-initial-load-'));
  try {
    const { summary, wasRunning } = await service.load(historyFileTable(file), folder);
    try {
      const inference =
        options.infer === true && summary.rejected === 0
          ? await inferWholeGraph(config, logger, settings)
          : undefined;
      printSummary({ ...summary, inference }, options);
    } finally {
      if (!wasRunning) await service.stop();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function run(file: string, options: Options): Promise<void> {
  const { windowDays, minScore } = inferenceOptions({
    windowDays: options.windowDays,
    minScore: options.minScore,
  });
  if (options.initial) return runInitial(file, options, { windowDays, minScore });
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
    let inferring = false;
    let summary;
    try {
      summary = await importThenInfer(
        new HistoryImportService(new HistoryRepository(database.executor)),
        historyFileTable(file),
        {
          inference: options.infer === false ? null : inferenceService(database.executor, config),
          windowDays,
          minScore,
          onProgress: (done, total) => {
            bar.setTotal(total);
            bar.update(done);
          },
          onInferenceProgress: (read) => {
            if (!inferring) bar.stop();
            inferring = true;
            console.error(`infer: ${read} answers read`);
          },
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
  .option('--no-infer', 'import only: propose no links for the measures created or changed')
  .option(
    '--infer',
    'with --initial: propose links over the whole graph after the load (off by default there)',
  )
  .option(
    '--window-days <days>',
    'days after a measure in which an answer is looked for (INFERENCE_WINDOW_DAYS)',
  )
  .option('--min-score <score>', 'lowest score proposed, 0 to 1 (INFERENCE_MIN_SCORE)')
  .action((...args: Parameters<typeof run>) => runWithOrigin({ command: 'import' }, () => run(...args)))
  .parseAsync()
  .catch(reportCliError);
