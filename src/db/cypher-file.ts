import { readFileSync } from 'node:fs';
import { fromProjectRoot } from '../project-root';

export interface CypherQuery {
  /** Path under cypher/, for logs and errors. */
  readonly name: string;
  readonly text: string;
}

const INCLUDE = /^\s*\/\/ @include (\S+\.cypher)\s*$/gm;

function readCypher(name: string, seen: string[]): string {
  if (seen.includes(name)) throw new Error(`cypher/${name} includes itself via ${seen.join(' -> ')}`);
  const text = readFileSync(fromProjectRoot('cypher', name), 'utf8');
  return text.replace(INCLUDE, (_line, included: string) => readCypher(included, [...seen, name]).trim());
}

/**
 * Reads cypher/<name> once; call at module load so a missing file fails at start, not mid-request.
 * A line `// @include other.cypher` is replaced by that file: shared clauses (a filter) live in one place.
 */
export function cypherFile(name: string): CypherQuery {
  return { name, text: readCypher(name, []).trim() };
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
