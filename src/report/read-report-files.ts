import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { IngestDocument } from './ingest.service';

function jsonFiles(target: string): string[] {
  const stats = statSync(target, { throwIfNoEntry: false });
  if (!stats) throw new Error(`${target}: no such file or folder`);
  if (stats.isFile()) return [target];
  return readdirSync(target)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(target, name));
}

/** Reads every .json file named, or found directly in a named folder, in name order. */
export function readReportFiles(targets: string[]): IngestDocument[] {
  return targets.flatMap(jsonFiles).map((file) => {
    const text = readFileSync(file, 'utf8');
    try {
      return { name: file, content: JSON.parse(text) as unknown };
    } catch (error) {
      return { name: file, content: undefined, parseProblem: `not valid JSON: ${(error as Error).message}` };
    }
  });
}
