import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LocalNeo4jPaths } from './local-neo4j-paths';

export interface CommandResult {
  code: number;
  output: string;
}

const NEO4J_COMMAND = 'org.neo4j.server.startup.Neo4jCommand';
const NEO4J_ADMIN_COMMAND = 'org.neo4j.server.startup.Neo4jAdminCommand';
const NEO4J_SERVER = 'org.neo4j.server.CommunityEntryPoint';

function javaExecutable(): string {
  const javaHome = process.env['JAVA_HOME'];
  return javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
}

export function runProcess(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    // Detached: the daemon it may start gets its own session, so a Ctrl-C meant for us does not reach it.
    const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) =>
      reject(new Error(`Could not run ${command}: ${error.message}`, { cause: error })),
    );
    child.on('close', (code) => resolve({ code: code ?? 1, output: output.trim() }));
  });
}

/** Runs the official launchers shipped in the Neo4j jars, as the tarball's bin/neo4j scripts do. */
export class Neo4jLauncher {
  constructor(private readonly paths: LocalNeo4jPaths) {}

  neo4j(...args: string[]): Promise<CommandResult> {
    return this.launch(NEO4J_COMMAND, args);
  }

  admin(...args: string[]): Promise<CommandResult> {
    return this.launch(NEO4J_ADMIN_COMMAND, args);
  }

  /**
   * Starts the server JVM as `neo4j start` does (the same main class, class path and options, the
   * pid in the same file, which `neo4j stop` reads), without that launcher's own JVM before it:
   * one JVM start less on every start. Its output goes to the log file; returns its pid.
   */
  startServer(jvmOptions: string[]): number {
    mkdirSync(path.dirname(this.paths.logFile), { recursive: true });
    mkdirSync(path.dirname(this.paths.pidFile), { recursive: true });
    const log = openSync(this.paths.logFile, 'a');
    try {
      const child = spawn(
        javaExecutable(),
        [
          '-cp',
          `${path.join(this.paths.conf, '*')}:${path.join(this.paths.lib, '*')}`,
          ...jvmOptions,
          NEO4J_SERVER,
          `--home-dir=${this.paths.home}`,
          `--config-dir=${this.paths.conf}`,
        ],
        { env: this.env(), detached: true, stdio: ['ignore', log, log] },
      );
      if (child.pid === undefined) throw new Error(`Could not run ${javaExecutable()}`);
      child.unref();
      writeFileSync(this.paths.pidFile, `${child.pid}\n`);
      return child.pid;
    } finally {
      closeSync(log);
    }
  }

  private env(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NEO4J_HOME: this.paths.home,
      NEO4J_CONF: this.paths.conf,
    };
    delete env['JAVA_OPTS'];
    delete env['HEAP_SIZE'];
    return env;
  }

  private launch(mainClass: string, args: string[]): Promise<CommandResult> {
    return runProcess(
      javaExecutable(),
      ['-cp', path.join(this.paths.lib, '*'), mainClass, ...args],
      this.env(),
    );
  }
}
