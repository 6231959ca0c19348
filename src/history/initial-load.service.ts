import { existsSync } from 'node:fs';
import type { Config } from '../config';
import { createDriver } from '../db/create-driver';
import { cypherFile } from '../db/cypher-file';
import { Neo4jExecutor, type Executor } from '../db/executor';
import { ConflictError, InvalidInputError } from '../domain/errors';
import type { Problem } from '../domain/problems';
import { GraphSchemaRepository } from '../graph-schema/graph-schema.repository';
import { LocalNeo4j } from '../local-neo4j/local-neo4j';
import type { Logger } from '../logger';
import { AdminFilesWriter, goodRows } from './admin-files-worker';
import type { InitialLoadFiles } from './admin-import-files';
import type { HistorySummary } from './history-import.service';
import { tableOfRows, type HistoryTable } from './history-table';
import { TableCheck, type CheckedRow, type TableVerdict } from './table-check';

const COUNT_BEYOND_STATES = cypherFile('history/count-beyond-states.cypher');

export interface InitialLoadResult {
  summary: HistorySummary;
  /** The CSV files the import read; absent when the table was rejected. */
  files?: InitialLoadFiles;
  /** Whether the local Neo4j ran before the load: it runs after it either way. */
  wasRunning: boolean;
  /** Seconds spent in each step, in order. */
  phases: Partial<Record<InitialLoadPhase, number>>;
}

const SCHEMA_TIMEOUT_MS = 15 * 60_000;

export type InitialLoadPhase = 'check' | 'empty' | 'admin' | 'start' | 'schema' | 'indexes';

const rejected = (rows: number, problems: Problem[]): HistorySummary => ({
  rows,
  created: 0,
  updated: 0,
  unchanged: 0,
  rejected: rows,
  links: 0,
  problems,
});

/**
 * The first load of a big table into an empty local database: the rows are checked and prepared
 * as the online import does, written as CSV files, and loaded by `neo4j-admin database import full`
 * with Neo4j stopped; Neo4j is then started and the schema applied.
 */
export class InitialLoadService {
  private readonly local: LocalNeo4j;
  private readonly database: string;

  constructor(
    private readonly config: Config,
    private readonly logger: Logger,
    private readonly onStep: (message: string) => void = () => undefined,
  ) {
    if (config.neo4j.uri) {
      throw new InvalidInputError([
        {
          path: 'NEO4J_URI',
          message:
            'an initial load writes the store files of the local Neo4j and cannot load an external server; ' +
            'unset NEO4J_URI, or import without --initial',
        },
      ]);
    }
    this.local = new LocalNeo4j(config.localNeo4j, (message) => logger.info(message));
    this.database = config.neo4j.database ?? 'neo4j';
  }

  /** Loads the table into the empty local database, through CSV files in `folder` (left there). */
  async load(source: HistoryTable | Record<string, unknown>[], folder: string): Promise<InitialLoadResult> {
    const table = Array.isArray(source) ? tableOfRows(source) : source;
    const phases: InitialLoadResult['phases'] = {};
    const timed = async <T>(phase: InitialLoadPhase, work: () => Promise<T>): Promise<T> => {
      const started = performance.now();
      try {
        return await work();
      } finally {
        phases[phase] = Math.round(performance.now() - started) / 1000;
      }
    };
    const wasRunning = this.local.state().state === 'running';
    // A new instance's password is set meanwhile: nothing is there to keep.
    const fresh = !wasRunning && !existsSync(this.local.paths.dataDir);
    const preparing = fresh ? this.local.prepareImport() : Promise.resolve();
    preparing.catch(() => undefined);

    // One pass: every row is checked and, while the table is good, handed to a worker thread that
    // prepares it and writes it to the files; a table with any problem leaves only files, which the
    // caller deletes, and the database untouched.
    this.onStep(`checking every row and writing the import files in ${folder}`);
    const writer = new AdminFilesWriter(folder);
    let verdict: TableVerdict;
    let files: InitialLoadFiles | undefined;
    try {
      [verdict, files] = await timed('check', async (): Promise<[TableVerdict, InitialLoadFiles?]> => {
        const check = new TableCheck();
        for await (const chunk of table.chunks()) {
          const first = check.rows;
          const good = chunk.map((value) => check.row(value));
          if (!check.failed) await writer.measures(goodRows(first, good as CheckedRow[]));
        }
        const found = check.finish();
        if (found.problems.length > 0) return [found];
        await writer.statedLinks(found.links());
        return [found, await writer.close()];
      });
    } finally {
      if (!files) await writer.abandon();
    }
    const refuse = async (problems: Problem[]) => {
      await preparing.catch(() => undefined);
      return { summary: rejected(verdict.rows, problems), wasRunning, phases };
    };
    if (verdict.problems.length > 0) return refuse(verdict.problems);
    // An empty graph holds no earlier measure a row could answer.
    const outside = [...verdict.external].flatMap(([id, paths]) =>
      paths.map((path) => ({
        path,
        message: `"${id.slice('event:'.length)}" is not a row of this table (an initial load starts from an empty graph)`,
      })),
    );
    if (outside.length > 0 || !files) return refuse(outside);
    await timed('empty', async () => {
      await preparing;
      if (!fresh) await this.ensureEmpty(wasRunning);
    });

    this.onStep(`neo4j-admin database import full ${this.database}`);
    await timed('admin', () => this.local.importFull(this.database, files));

    this.onStep('starting Neo4j and applying the schema');
    await timed('start', () => this.local.start());
    // The files hold everything else a set-up would write (the reference states, the dyads); the
    // graph needs only its constraints and indexes, populated from the imported store.
    await this.withExecutor(async (executor) => {
      const schema = new GraphSchemaRepository(executor);
      await timed('schema', () => schema.createOverLoadedGraph());
      this.onStep('waiting for the indexes to be populated');
      await timed('indexes', () => schema.awaitOnline(SCHEMA_TIMEOUT_MS / 1000));
    });
    return {
      summary: {
        rows: verdict.rows,
        created: verdict.measures,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        links: verdict.linkCount,
        problems: [],
      },
      files,
      wasRunning,
      phases,
    };
  }

  /** Refuses a database that holds anything but the reference states; leaves Neo4j stopped. */
  private async ensureEmpty(wasRunning: boolean): Promise<void> {
    if (this.local.state().state !== 'running' && !existsSync(this.local.paths.dataDir)) return;
    this.onStep('checking that the local database is empty');
    const nodes = await this.withExecutor(async (executor) => {
      const { records } = await executor.read(COUNT_BEYOND_STATES);
      return Number(records[0]?.get('nodes') ?? 0);
    });
    if (nodes > 0) {
      if (!wasRunning) await this.local.stop();
      throw new ConflictError(
        `The local database "${this.database}" (${this.local.paths.dataDir}) already holds ${nodes.toLocaleString('en')} ` +
          'nodes besides the reference states: an initial load only fills an empty database. ' +
          'Import without --initial, or stop Neo4j and delete that folder to start afresh.',
      );
    }
    await this.local.stop();
  }

  private async withExecutor<T>(work: (executor: Executor) => Promise<T>): Promise<T> {
    const { connection } = await this.local.start();
    const executor = new Neo4jExecutor(createDriver(connection, this.logger), {
      database: this.config.neo4j.database,
      // Populating the indexes of a freshly imported graph takes as long as the graph needs: no
      // client waits on it, so the per-statement limit of requests does not apply.
      queryTimeoutMs: Math.max(this.config.neo4j.queryTimeoutMs, SCHEMA_TIMEOUT_MS),
      logger: this.logger,
    });
    try {
      return await work(executor);
    } finally {
      await executor.close();
    }
  }

  /** Stops the local Neo4j. */
  stop(): Promise<boolean> {
    return this.local.stop();
  }
}
