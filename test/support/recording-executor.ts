import type { Driver, QueryResult, RecordShape } from 'neo4j-driver';
import { cypherFile, type CypherQuery } from '../../src/db/cypher-file';
import type { Executor, Params, Transaction } from '../../src/db/executor';
import { originMetadata } from '../../src/db/statement-origin';

export type Row = Record<string, unknown>;

/** Rows to answer a statement with, by its cypher file and parameters. */
export type Responder = (name: string, params: Params) => Row[];

export interface RecordedStatement {
  /**
   * The cypher file, such as 'event/list-dated-events-desc.cypher', or for a translated read the
   * file it extends, such as 'translated:event/list-dated-events-desc.cypher'.
   */
  name: string;
  /** The text sent: the file's, or its translation. */
  text: string;
  params: Params;
  /** The transaction metadata the Neo4j executor would send with it. */
  metadata: Record<string, string>;
}

const NO_ROWS: Responder = () => [];

/** Where a translated read fills its file (see src/read-translation/translated-read.ts). */
const TRANSLATION_MARKERS = ['{} AS fetched', '// @fetched'];

/** A node's row narrowed to the properties a request reads, which the file writes whole (`n {.*, labels: labels(n)}`). */
const NARROWED_ROW = /(\w+) \{(?:\.\w+, )+labels: labels\(\1\)\}/g;

const NO_UPDATES = {
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
};

/** What repositories read of a driver result: records by key or whole, and the update counters. */
function resultOf(rows: Row[]): QueryResult<RecordShape> {
  const records = rows.map((row) => ({
    keys: Object.keys(row),
    has: (key: string) => key in row,
    toObject: () => row,
    get: (key: string) => {
      // As the driver does: a key the statement does not return is a mistake, not a null.
      if (!(key in row)) throw new Error(`no field ${key} in ${JSON.stringify(Object.keys(row))}`);
      return row[key];
    },
  }));
  return { records, summary: { counters: { updates: () => NO_UPDATES } } } as unknown as QueryResult;
}

/**
 * An executor that never touches a database: it records every statement an operation sends (its
 * cypher file, parameters and origin metadata, in order) and answers each with the rows a
 * responder gives. Tests with it check which statements an operation sends with which parameters,
 * as neo4j/graphql's translation tests check the Cypher it generates; what those statements do on
 * a real Neo4j is for the integration tests.
 *
 * Every statement's text must be that of its file under cypher/: a value spliced into the text,
 * or a statement built in code, fails the operation. A translated read (src/read-translation) must
 * be its file's text with only the marked place filled, and its node's row perhaps narrowed to
 * some properties; the tests snapshot what fills it.
 */
export class RecordingExecutor implements Executor {
  readonly statements: RecordedStatement[] = [];
  readonly openSessions = 0;
  private readonly texts = new Map<string, string>();

  constructor(private responder: Responder = NO_ROWS) {}

  /** Forgets the statements sent so far and answers from now on with this responder. */
  reset(responder: Responder = NO_ROWS): void {
    this.statements.length = 0;
    this.responder = responder;
  }

  get names(): string[] {
    return this.statements.map((statement) => statement.name);
  }

  get queryCount(): number {
    return this.statements.length;
  }

  async read<R extends RecordShape = RecordShape>(
    query: CypherQuery,
    params: Params = {},
  ): Promise<QueryResult<R>> {
    return this.run(query, params) as QueryResult<R>;
  }

  async write<R extends RecordShape = RecordShape>(
    query: CypherQuery,
    params: Params = {},
  ): Promise<QueryResult<R>> {
    return this.run(query, params) as QueryResult<R>;
  }

  readTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return work(this.transaction());
  }

  writeTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return work(this.transaction());
  }

  async verifyConnectivity(): Promise<void> {}

  driverForBenchmarks(): Driver {
    throw new Error('a recording executor has no driver');
  }

  async close(): Promise<void> {}

  private transaction(): Transaction {
    return {
      run: async <R extends RecordShape = RecordShape>(query: CypherQuery, params: Params = {}) =>
        this.run(query, params) as QueryResult<R>,
    };
  }

  private run(query: CypherQuery, params: Params): QueryResult<RecordShape> {
    if (!this.isFileText(query)) {
      throw new Error(`the statement sent as ${query.name} is not the text of cypher/${query.name}`);
    }
    this.statements.push({ name: query.name, text: query.text, params, metadata: originMetadata() });
    return resultOf(this.responder(query.name, params));
  }

  private isFileText({ name, text }: CypherQuery): boolean {
    const translated = /^translated:(.+)$/.exec(name);
    if (!translated) return text === this.fileText(name);
    const file = this.fileText(translated[1]!);
    const whole = text.replace(NARROWED_ROW, '$1 {.*, labels: labels($1)}');
    return TRANSLATION_MARKERS.some((marker) => {
      const parts = file.split(marker);
      return parts.length === 2 && whole.startsWith(parts[0]!) && whole.endsWith(parts[1]!) && text !== file;
    });
  }

  private fileText(name: string): string {
    let text = this.texts.get(name);
    if (text === undefined) {
      text = cypherFile(name).text;
      this.texts.set(name, text);
    }
    return text;
  }
}
