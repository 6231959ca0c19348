import { readdirSync, readFileSync } from 'node:fs';
import { cypherFile, splitStatements, type CypherQuery } from '../db/cypher-file';
import type { Executor } from '../db/executor';
import { fromProjectRoot } from '../project-root';

const SCHEMA_DIR = fromProjectRoot('cypher', 'schema');
const AWAIT_INDEXES = cypherFile('graph-schema/await-indexes.cypher');

/** Constraint and index statements from cypher/schema/*.cypher, in file order. */
export function schemaStatements(): CypherQuery[] {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .flatMap((file) =>
      splitStatements(readFileSync(`${SCHEMA_DIR}/${file}`, 'utf8')).map((text, index) => ({
        name: `schema/${file}#${index + 1}`,
        text,
      })),
    );
}

export class GraphSchemaRepository {
  constructor(private readonly executor: Executor) {}

  /**
   * Applies every statement (each is idempotent: IF NOT EXISTS) and waits for indexes to come
   * online.
   */
  async apply(timeoutSeconds = 120): Promise<number> {
    const statements = await this.create();
    await this.awaitOnline(timeoutSeconds);
    return statements;
  }

  /** Every statement in one transaction: after a bulk load, Neo4j populates the new indexes in one scan. */
  async create(): Promise<number> {
    const statements = schemaStatements();
    await this.executor.writeTransaction(async (tx) => {
      for (const statement of statements) await tx.run(statement);
    });
    return statements.length;
  }

  /**
   * The schema of a graph loaded offline, whose indexes are populated from the whole store: the
   * node indexes first (the full-text one included), committed so that Neo4j populates them in one
   * scan in the background; then the constraints, each of which Neo4j populates before its
   * transaction commits, meanwhile, with the relationship indexes (a constraint created while a
   * relationship index was populating waited for it).
   */
  async createOverLoadedGraph(): Promise<number> {
    const statements = schemaStatements();
    const first = (statement: CypherQuery) =>
      !/^\s*CREATE\s+CONSTRAINT\b/i.test(statement.text) && !/\(\)-\[/.test(statement.text);
    for (const part of [statements.filter(first), statements.filter((s) => !first(s))]) {
      await this.executor.writeTransaction(async (tx) => {
        for (const statement of part) await tx.run(statement);
      });
    }
    return statements.length;
  }

  /** Waits until every index and constraint is online; fails after `timeoutSeconds`. */
  async awaitOnline(timeoutSeconds: number): Promise<void> {
    await this.executor.read(AWAIT_INDEXES, { timeoutSeconds });
  }
}
