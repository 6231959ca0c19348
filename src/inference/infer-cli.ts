import 'reflect-metadata';
import { Command } from 'commander';
import { reportCliError } from '../cli/cli-errors';
import { loadConfig } from '../config';
import { openDatabase } from '../db/open-database';
import { runWithOrigin } from '../db/statement-origin';
import { setUpGraph } from '../graph-schema/set-up-graph';
import { createLogger } from '../logger';
import { InferenceRepository } from './inference.repository';
import { InferenceService } from './inference.service';
import { inferenceOptions, type InferCliOptions } from './infer-options';

interface Options extends InferCliOptions {
  json?: boolean;
}

async function run(options: Options): Promise<void> {
  const period = inferenceOptions(options);
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, 'stderr');
  const database = await openDatabase(config, logger);
  try {
    await setUpGraph(database.executor, logger);
    const service = new InferenceService(new InferenceRepository(database.executor), config.inference, null);
    const started = Date.now();
    let answersRead = 0;
    const proposals = await service.inferAll(
      {
        ...period,
        onProgress: (read) => {
          answersRead = read;
          console.error(`infer: ${read} answers read`);
        },
      },
      null,
    );
    const summary = { answersRead, proposed: proposals.length, seconds: (Date.now() - started) / 1000 };
    console.log(
      options.json
        ? JSON.stringify({ ...summary, proposals }, null, 2)
        : `${summary.answersRead} answers read, ${summary.proposed} new proposals in ${summary.seconds.toFixed(1)} s` +
            ' (review them with retaliationProposals or in the explorer)',
    );
  } finally {
    await database.close();
  }
}

new Command()
  .name('infer')
  .description(
    'Propose retaliation links the sources do not state, for every measure of the graph or those dated in a period',
  )
  .option('--from <day>', 'only answers dated on or after this day, YYYY-MM-DD')
  .option('--to <day>', 'only answers dated on or before this day, YYYY-MM-DD')
  .option(
    '--window-days <days>',
    'days after a measure in which an answer is looked for (INFERENCE_WINDOW_DAYS)',
  )
  .option('--min-score <score>', 'lowest score proposed, 0 to 1 (INFERENCE_MIN_SCORE)')
  .option('--json', 'print the summary and the new proposals as JSON')
  .action((options: Options) => runWithOrigin({ command: 'infer' }, () => run(options)))
  .parseAsync()
  .catch(reportCliError);
