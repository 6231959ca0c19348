import 'reflect-metadata';
import { SingleBar, Presets } from 'cli-progress';
import { Command } from 'commander';
import { reportCliError } from '../cli/cli-errors';
import { loadConfig } from '../config';
import { openDatabase } from '../db/open-database';
import { runWithOrigin } from '../db/statement-origin';
import { setUpGraph } from '../graph-schema/set-up-graph';
import { createLogger } from '../logger';
import { IngestService } from './ingest.service';
import { formatSummary } from './print-summary';
import { readReportFiles } from './read-report-files';
import { ReportRepository } from './report.repository';

interface Options {
  check?: boolean;
  json?: boolean;
}

async function run(targets: string[], options: Options): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, 'stderr');
  const documents = readReportFiles(targets);
  const database = await openDatabase(config, logger);
  try {
    await setUpGraph(database.executor, logger);
    const service = new IngestService(new ReportRepository(database.executor));
    let summary;
    if (options.check) {
      summary = await service.check(documents);
    } else {
      const bar = new SingleBar(
        { format: 'ingest [{bar}] {value}/{total} documents', hideCursor: true },
        Presets.shades_classic,
      );
      bar.start(documents.length, 0);
      try {
        summary = await service.ingest(documents, { onProgress: (done) => bar.update(done) });
      } finally {
        bar.stop();
      }
    }
    console.log(
      options.json ? JSON.stringify(summary, null, 2) : formatSummary(summary, Boolean(options.check)),
    );
    if (summary.totals.rejected > 0) process.exitCode = 1;
  } finally {
    await database.close();
  }
}

new Command()
  .name('ingest')
  .description('Validate report documents (riposte.report v1), then write each valid one in one transaction')
  .argument('<paths...>', 'JSON files, or folders of them')
  .option('--check', 'validate only; write nothing')
  .option('--json', 'print the summary as JSON')
  .action((...args: Parameters<typeof run>) => runWithOrigin({ command: 'ingest' }, () => run(...args)))
  .parseAsync()
  .catch(reportCliError);
