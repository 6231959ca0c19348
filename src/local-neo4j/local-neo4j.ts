import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { LocalNeo4jConfig } from '../config';
import { installNeo4j } from './install-neo4j';
import { localNeo4jPaths, type LocalNeo4jPaths } from './local-neo4j-paths';
import { Neo4jLauncher, type CommandResult } from './neo4j-launcher';
import { renderNeo4jConf, serverJvmOptions } from './neo4j-conf';
import { ServerClassArchive } from './server-class-archive';

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

/** CSV files for `neo4j-admin database import full`, each with its header line. */
export interface AdminImportFiles {
  nodes: string[];
  relationships: string[];
  /** Between the elements of an array value, such as U+001F. */
  arrayDelimiter: string;
  /** Whether a quoted value may span lines (slower to read). */
  multilineFields: boolean;
}

export interface LocalNeo4jConnection {
  uri: string;
  username: string;
  password: string;
}

export type LocalNeo4jState =
  { state: 'running'; pid: number } | { state: 'stopped' } | { state: 'stale'; pid: number };

export interface StartResult {
  connection: LocalNeo4jConnection;
  /** False when a server of this instance was already running and was reused. */
  startedNow: boolean;
}

const LOG_TAIL_LINES = 15;

function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A Neo4j Community server run from the project's own folder, one per instance name. */
export class LocalNeo4j {
  readonly paths: LocalNeo4jPaths;
  private readonly launcher: Neo4jLauncher;
  private readonly classArchive: ServerClassArchive;

  constructor(
    private readonly config: LocalNeo4jConfig,
    private readonly log: (message: string) => void = () => undefined,
  ) {
    this.paths = localNeo4jPaths(config);
    this.launcher = new Neo4jLauncher(this.paths);
    this.classArchive = new ServerClassArchive(this.paths);
  }

  get boltUri(): string {
    return `bolt://127.0.0.1:${this.config.boltPort}`;
  }

  install(): Promise<{ version: string; installed: boolean }> {
    return installNeo4j(this.paths, this.log);
  }

  state(): LocalNeo4jState {
    if (!existsSync(this.paths.pidFile)) return { state: 'stopped' };
    const pid = Number(readFileSync(this.paths.pidFile, 'utf8').trim());
    if (!Number.isInteger(pid) || pid <= 0) return { state: 'stale', pid: 0 };
    return isAlive(pid) ? { state: 'running', pid } : { state: 'stale', pid };
  }

  async start(): Promise<StartResult> {
    await this.install();
    const before = this.state();
    if (before.state === 'running') {
      const connection = this.connection();
      await this.waitUntilReady(connection, before.pid);
      this.log(`Reusing the local Neo4j already running (pid ${before.pid}) at ${connection.uri}`);
      return { connection, startedNow: false };
    }
    if (before.state === 'stale') {
      this.log(
        `The local Neo4j (pid ${before.pid}) stopped without shutting down cleanly; ` +
          `clearing its pid file and starting again. Its last log lines:\n${this.logTail()}`,
      );
      rmSync(this.paths.pidFile, { force: true });
    }

    mkdirSync(this.paths.conf, { recursive: true });
    writeFileSync(this.paths.confFile, renderNeo4jConf(this.config, this.paths));
    const connection = await this.ensureInitialPassword();

    this.log(`Starting the local Neo4j (instance "${this.config.instance}") on ${connection.uri}`);
    let pid: number;
    try {
      pid = this.launcher.startServer([
        ...this.classArchive.startOptions(),
        ...serverJvmOptions(this.config),
      ]);
    } catch (error) {
      throw new LocalNeo4jError(`The local Neo4j did not start: ${(error as Error).message}`);
    }
    await this.waitUntilReady(connection, pid);
    return { connection, startedNow: true };
  }

  async stop(): Promise<boolean> {
    const current = this.state();
    if (current.state === 'stale') {
      rmSync(this.paths.pidFile, { force: true });
      this.log(`The local Neo4j (pid ${current.pid}) had already stopped; cleared its stale pid file.`);
      return false;
    }
    if (current.state === 'stopped') return false;
    const result = await this.launcher.neo4j('stop');
    if (result.code !== 0) {
      throw new LocalNeo4jError(
        `Stopping the local Neo4j failed (exit code ${result.code}):\n${result.output}`,
      );
    }
    this.classArchive.settle();
    return true;
  }

  /**
   * `neo4j-admin database import full` into one database of this instance, which must be stopped:
   * the import tool writes the store files directly. Sets the initial password first on a new
   * instance, as a first start would.
   */
  async importFull(database: string, files: AdminImportFiles): Promise<CommandResult> {
    if (this.state().state === 'running') {
      throw new LocalNeo4jError(
        `Stop the local Neo4j before importing into it: the import writes its store files.`,
      );
    }
    await this.prepareImport();
    const result = await this.launcher.admin(
      'database',
      'import',
      'full',
      database,
      '--overwrite-destination=true',
      `--report-file=${path.join(this.paths.home, 'logs', `import-${database}.report`)}`,
      `--array-delimiter=${files.arrayDelimiter}`,
      `--multiline-fields=${files.multilineFields}`,
      ...files.nodes.map((file) => `--nodes=${file}`),
      ...files.relationships.map((file) => `--relationships=${file}`),
    );
    if (result.code !== 0) {
      throw new LocalNeo4jError(
        `neo4j-admin database import full failed (exit code ${result.code}):\n${result.output}`,
      );
    }
    return result;
  }

  /**
   * What an import needs before it runs: the jars, the configuration and, on a new instance, the
   * initial password (set as a first start would). Idempotent, so it may run ahead of the import.
   */
  async prepareImport(): Promise<void> {
    await this.install();
    mkdirSync(this.paths.conf, { recursive: true });
    writeFileSync(this.paths.confFile, renderNeo4jConf(this.config, this.paths));
    await this.ensureInitialPassword();
  }

  /** Host, user and password of this instance; the password is the one kept in its folder. */
  connection(): LocalNeo4jConnection {
    if (!existsSync(this.paths.passwordFile)) {
      throw new LocalNeo4jError(
        `${this.paths.passwordFile} is missing: the local Neo4j data in ${this.paths.dataDir} ` +
          'was not initialised by Riposte. Stop it and delete that folder to start afresh.',
      );
    }
    const stored = readFileSync(this.paths.passwordFile, 'utf8').trim();
    if (this.config.password !== undefined && this.config.password !== stored) {
      throw new LocalNeo4jError(
        `NEO4J_PASSWORD differs from the password the local Neo4j was initialised with ` +
          `(kept in ${this.paths.passwordFile}). Unset NEO4J_PASSWORD, or delete ${this.paths.home} to start afresh.`,
      );
    }
    return { uri: this.boltUri, username: 'neo4j', password: stored };
  }

  private async ensureInitialPassword(): Promise<LocalNeo4jConnection> {
    const initialised = existsSync(this.paths.dataDir);
    if (initialised) return this.connection();
    // Hex: a generated password starting with '-' would be read by neo4j-admin as an option.
    const password = this.config.password ?? randomBytes(18).toString('hex');
    if (password.length < 8) {
      throw new LocalNeo4jError('NEO4J_PASSWORD must be at least 8 characters for the local Neo4j.');
    }
    mkdirSync(this.paths.home, { recursive: true });
    writeFileSync(this.paths.passwordFile, `${password}\n`, { mode: 0o600 });
    const result = await this.launcher.admin('dbms', 'set-initial-password', password);
    if (result.code !== 0) {
      rmSync(this.paths.passwordFile, { force: true });
      rmSync(this.paths.dataDir, { recursive: true, force: true });
      throw new LocalNeo4jError(`Setting the initial Neo4j password failed:\n${result.output}`);
    }
    return { uri: this.boltUri, username: 'neo4j', password };
  }

  private async waitUntilReady(connection: LocalNeo4jConnection, pid: number): Promise<void> {
    const deadline = Date.now() + this.config.startTimeoutMs;
    const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
      connectionTimeout: 2_000,
      logging: { level: 'error', logger: () => undefined },
    });
    try {
      for (;;) {
        try {
          await driver.verifyAuthentication();
          return;
        } catch (error) {
          const code = (error as { code?: string }).code ?? '';
          if (code.startsWith('Neo.ClientError.Security')) {
            throw new LocalNeo4jError(
              `The local Neo4j on ${connection.uri} refused the password kept in ${this.paths.passwordFile}: ${(error as Error).message}`,
            );
          }
          if (!isAlive(pid)) {
            throw new LocalNeo4jError(
              `The local Neo4j (pid ${pid}) exited while starting. Last lines of ${this.paths.logFile}:\n${this.logTail()}`,
            );
          }
          if (Date.now() > deadline) {
            throw new LocalNeo4jError(
              `The local Neo4j did not answer on ${connection.uri} within ${this.config.startTimeoutMs} ms ` +
                `(LOCAL_NEO4J_START_TIMEOUT_MS). Last lines of ${this.paths.logFile}:\n${this.logTail()}`,
            );
          }
          await delay(250);
        }
      }
    } finally {
      await driver.close();
    }
  }

  logTail(): string {
    if (!existsSync(this.paths.logFile)) return '(no log yet)';
    return readFileSync(this.paths.logFile, 'utf8').trimEnd().split('\n').slice(-LOG_TAIL_LINES).join('\n');
  }
}
