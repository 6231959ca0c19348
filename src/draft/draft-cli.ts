import { readFileSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { reportCliError } from '../cli/cli-errors';
import { InvalidInputError } from '../domain/errors';
import { draftReport } from './draft-report';

interface Options {
  published?: string;
  url?: string;
  outlet?: string;
  title?: string;
  language?: string;
  out?: string;
}

function readArticle(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new InvalidInputError(
      [{ path: file, message: error instanceof Error ? error.message : String(error) }],
      'file',
    );
  }
}

function run(file: string, options: Options): void {
  const { out, ...draftOptions } = options;
  const draft = draftReport(readArticle(file), draftOptions);
  const json = `${JSON.stringify(draft, null, 2)}\n`;
  if (out) writeFileSync(out, json);
  else process.stdout.write(json);
}

new Command()
  .name('draft')
  .description('Draft a report (riposte.report v1) from an article in plain text, for review before ingest')
  .argument('<file>', 'the article, UTF-8 plain text; - for standard input')
  .option('--published <day>', 'publication date, YYYY-MM-DD (required unless the text states it)')
  .option('--url <url>', "the article's address")
  .option('--outlet <name>', 'the outlet that published it')
  .option('--title <title>', 'the headline (default: the first line)')
  .option('--language <tag>', 'language of the text as held (BCP 47)', 'en')
  .option('--out <file>', 'write the draft there instead of standard output')
  .action((file: string, options: Options) => run(file, options))
  .parseAsync()
  .catch(reportCliError);
