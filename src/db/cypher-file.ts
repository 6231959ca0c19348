import { readFileSync } from 'node:fs';
import { fromProjectRoot } from '../project-root';

export interface CypherQuery {
  /** Path under cypher/, for logs and errors. */
  readonly name: string;
  readonly text: string;
}

/** Reads cypher/<name> once; call at module load so a missing file fails at start, not mid-request. */
export function cypherFile(name: string): CypherQuery {
  const text = readFileSync(fromProjectRoot('cypher', name), 'utf8').trim();
  return { name, text };
}

/** Splits a file of several statements (schema files) on semicolons that end a line. */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\r?\n|$)/)
    .map((statement) =>
      statement
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter((statement) => statement.length > 0);
}
