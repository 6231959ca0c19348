import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { InvalidInputError } from '../domain/errors';

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
    const rows = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Record<
      string,
      string
    >[];
    const header = Object.keys(rows[0] ?? {});
    const unknown = header.filter((column) => !HISTORY_COLUMNS.includes(column));
    if (unknown.length > 0) {
      throw new HistoryFileError(
        file,
        `unknown column(s) ${unknown.join(', ')}; expected ${HISTORY_COLUMNS.join(', ')}`,
      );
    }
    return rows;
  } catch (error) {
    if (error instanceof HistoryFileError) throw error;
    throw new HistoryFileError(file, `not valid CSV: ${(error as Error).message}`);
  }
}
