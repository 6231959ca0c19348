import {
  bookmarkManager,
  isRetryableError,
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
  type Session,
} from 'neo4j-driver';
import type { Logger } from '../logger';
import type { CypherQuery } from './cypher-file';
import { mapDatabaseError } from './database-errors';
import { originMetadata } from './statement-origin';

export type Params = Record<string, unknown>;

/** A transaction that only runs queries loaded from cypher/ files. */
export interface Transaction {
  run<R extends RecordShape = RecordShape>(query: CypherQuery, params?: Params): Promise<QueryResult<R>>;
}

/** What repositories and services send their statements through. */
export interface Executor {
  /** Sessions opened and not yet closed: zero whenever no request is in flight. */
  readonly openSessions: number;
  /** How many queries have been sent since start; tests use it to bound round trips. */
  readonly queryCount: number;
  read<R extends RecordShape = RecordShape>(query: CypherQuery, params?: Params): Promise<QueryResult<R>>;
  write<R extends RecordShape = RecordShape>(query: CypherQuery, params?: Params): Promise<QueryResult<R>>;
  readTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  writeTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  verifyConnectivity(timeoutMs: number): Promise<void>;
  /** The driver itself, for the benchmark that compares the API with the same Cypher run directly. */
  driverForBenchmarks(): Driver;
  close(): Promise<void>;
}

const READ_ATTEMPTS = 5;
const RETRY_DELAY_MS = 200;

export interface ExecutorOptions {
  database: string | undefined;
  queryTimeoutMs: number;
  logger: Logger;
}

/**
 * The only place sessions are opened. Reads go through managed read transactions (routed to
 * followers in a cluster), writes through write transactions; both retry transient errors. Every
 * statement carries metadata naming its origin (see statement-origin.ts). All sessions share one
 * bookmark manager, so a read routed to a follower waits until it holds this process's last write.
 */
export class Neo4jExecutor implements Executor {
  private roundTrips = 0;
  private sessionsOpen = 0;
  private readonly bookmarks = bookmarkManager();

  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {}

  get openSessions(): number {
    return this.sessionsOpen;
  }

  get queryCount(): number {
    return this.roundTrips;
  }

  /**
   * One read statement as an auto-commit transaction: one round trip where a managed transaction
   * takes two (BEGIN, RUN and PULL, then COMMIT). Transient failures are retried as managed
   * transactions retry them.
   */
  async read<R extends RecordShape = RecordShape>(
    query: CypherQuery,
    params: Params = {},
  ): Promise<QueryResult<R>> {
    for (let attempt = 1; ; attempt += 1) {
      const session = this.openSession('READ');
      try {
        this.sent(query, params);
        return await session.run<R>(query.text, params, this.transactionConfig());
      } catch (error) {
        if (attempt < READ_ATTEMPTS && isRetryableError(error)) {
          await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * 2 ** (attempt - 1)));
          continue;
        }
        throw mapDatabaseError(error);
      } finally {
        await this.closeSession(session);
      }
    }
  }

  write<R extends RecordShape = RecordShape>(
    query: CypherQuery,
    params: Params = {},
  ): Promise<QueryResult<R>> {
    return this.writeTransaction((tx) => tx.run<R>(query, params));
  }

  readTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.transaction('READ', work);
  }

  writeTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', work);
  }

  async verifyConnectivity(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Neo4j did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([this.driver.verifyConnectivity({ database: this.options.database }), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  driverForBenchmarks(): Driver {
    return this.driver;
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: Transaction) => Promise<T>): Promise<T> {
    const session = this.openSession(mode);
    const config = this.transactionConfig();
    try {
      const bound = (tx: ManagedTransaction) => work(new Neo4jTransaction(tx, this.sent));
      return await (mode === 'READ'
        ? session.executeRead(bound, config)
        : session.executeWrite(bound, config));
    } catch (error) {
      throw mapDatabaseError(error);
    } finally {
      await this.closeSession(session);
    }
  }

  private transactionConfig(): { timeout: number; metadata: Record<string, string> } {
    return { timeout: this.options.queryTimeoutMs, metadata: originMetadata() };
  }

  private readonly sent = (query: CypherQuery, params: Params): void => {
    this.roundTrips += 1;
    this.options.logger.debug({ cypher: query.name, params }, 'cypher');
  };

  private openSession(mode: 'READ' | 'WRITE'): Session {
    this.sessionsOpen += 1;
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode,
      bookmarkManager: this.bookmarks,
    });
  }

  private async closeSession(session: Session): Promise<void> {
    await session.close();
    this.sessionsOpen -= 1;
  }
}

class Neo4jTransaction implements Transaction {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly sent: (query: CypherQuery, params: Params) => void,
  ) {}

  run<R extends RecordShape = RecordShape>(query: CypherQuery, params: Params = {}): Promise<QueryResult<R>> {
    this.sent(query, params);
    return this.tx.run<R>(query.text, params);
  }
}
