import { closeSync, openSync, writeSync } from 'node:fs';
import { HISTORY_COLUMNS } from '../history/read-history-file';
import { syntheticRows, type SyntheticRow } from './synthetic-world';

const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** Writes a synthetic world as the CSV table `npm run import` reads, row by row. */
export function writeWorldFile(file: string, size: number, seed: number): void {
  const fd = openSync(file, 'w');
  try {
    let chunk = `${HISTORY_COLUMNS.join(',')}\n`;
    for (const row of syntheticRows(size, seed)) {
      chunk += `${HISTORY_COLUMNS.map((column) => field(row[column as keyof SyntheticRow])).join(',')}\n`;
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}
