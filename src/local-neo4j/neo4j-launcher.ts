import { spawn } from 'node:child_process';
import path from 'node:path';
import type { LocalNeo4jPaths } from './local-neo4j-paths';

export interface CommandResult {
  code: number;
  output: string;
}

const NEO4J_COMMAND = 'org.neo4j.server.startup.Neo4jCommand';
const NEO4J_ADMIN_COMMAND = 'org.neo4j.server.startup.Neo4jAdminCommand';

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

  private launch(mainClass: string, args: string[]): Promise<CommandResult> {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NEO4J_HOME: this.paths.home,
      NEO4J_CONF: this.paths.conf,
    };
    delete env['JAVA_OPTS'];
    delete env['HEAP_SIZE'];
    return runProcess(javaExecutable(), ['-cp', path.join(this.paths.lib, '*'), mainClass, ...args], env);
  }
}
