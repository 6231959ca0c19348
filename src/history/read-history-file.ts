import { createReadStream, readFileSync } from 'node:fs';
import { parse as parseStream, type Options } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { InvalidInputError } from '../domain/errors';
import { TABLE_CHUNK, tableOfRows, type HistoryTable } from './history-table';

export const HISTORY_COLUMNS = [
  'id',
  'date',
  'actor',
  'target',
  'measure',
  'count',
  'responds_to',
  'source_url',
  'notes',
];

/** A table that cannot be read as rows: the file is the path of the problem. */
export class HistoryFileError extends InvalidInputError {
  constructor(file: string, message: string) {
    super([{ path: file, message }], 'file');
  }
}

const CSV_OPTIONS: Options = { columns: true, skip_empty_lines: true, trim: true, bom: true };

function unknownColumns(file: string, header: string[]): HistoryFileError | null {
  const unknown = header.filter((column) => !HISTORY_COLUMNS.includes(column));
  if (unknown.length === 0) return null;
  return new HistoryFileError(
    file,
    `unknown column(s) ${unknown.join(', ')}; expected ${HISTORY_COLUMNS.join(', ')}`,
  );
}

function csvError(file: string, error: unknown): HistoryFileError {
  if (error instanceof HistoryFileError) return error;
  return new HistoryFileError(file, `not valid CSV: ${(error as Error).message}`);
}

/**
 * A history table file read as a stream at each pass: a CSV file a chunk of rows at a time (the
 * same parsing, refusals and messages as readHistoryFile), a JSON array whole.
 */
export function historyFileTable(file: string): HistoryTable {
  if (!file.toLowerCase().endsWith('.csv')) {
    return { chunks: () => tableOfRows(readHistoryFile(file)).chunks() };
  }
  return {
    async *chunks() {
      let headerProblem: HistoryFileError | null = null;
      const parser = createReadStream(file).pipe(
        parseStream({
          ...CSV_OPTIONS,
          columns: (header: string[]) => {
            headerProblem = unknownColumns(file, header);
            return header;
          },
        }),
      );
      let chunk: Record<string, unknown>[] = [];
      try {
        for await (const record of parser) {
          if (headerProblem) throw headerProblem;
          chunk.push(record as Record<string, unknown>);
          if (chunk.length === TABLE_CHUNK) {
            yield chunk;
            chunk = [];
          }
        }
      } catch (error) {
        throw csvError(file, error);
      } finally {
        parser.destroy();
      }
      if (chunk.length > 0) yield chunk;
    },
  };
}

/** Raw rows of a .csv (header line with the columns) or .json (array of objects) history table. */
export function readHistoryFile(file: string): Record<string, unknown>[] {
  const text = readFileSync(file, 'utf8');
  if (file.toLowerCase().endsWith('.json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new HistoryFileError(file, `not valid JSON: ${(error as Error).message}`);
    }
    if (!Array.isArray(parsed)) throw new HistoryFileError(file, `expected a JSON array of rows`);
    return parsed as Record<string, unknown>[];
  }
  if (!file.toLowerCase().endsWith('.csv')) throw new HistoryFileError(file, `expected a .csv or .json file`);
  try {
    const rows = parse(text, CSV_OPTIONS) as unknown as Record<string, string>[];
    const problem = unknownColumns(file, Object.keys(rows[0] ?? {}));
    if (problem) throw problem;
    return rows;
  } catch (error) {
    throw csvError(file, error);
  }
}
