import { Command } from 'commander';
import { reportCliError } from '../cli/cli-errors';
import { loadConfig } from '../config';
import { LocalNeo4j } from './local-neo4j';
import { installedNeo4jVersion } from './install-neo4j';

function localNeo4j(): LocalNeo4j {
  return new LocalNeo4j(loadConfig().localNeo4j, (message) => console.log(message));
}

const program = new Command()
  .name('neo4j')
  .description("Manage the project's local Neo4j Community server (folder LOCAL_NEO4J_HOME)");

program
  .command('install')
  .description('Resolve the pinned Neo4j jars from Maven Central, once per version')
  .action(async () => {
    const { version, installed } = await localNeo4j().install();
    console.log(installed ? `Installed Neo4j ${version}.` : `Neo4j ${version} is already installed.`);
  });

program
  .command('start')
  .description('Start the local Neo4j, or reuse it when already running')
  .action(async () => {
    const { connection, startedNow } = await localNeo4j().start();
    console.log(
      `${startedNow ? 'Started' : 'Already running'}: ${connection.uri} (user ${connection.username})`,
    );
  });

program
  .command('stop')
  .description('Stop the local Neo4j')
  .action(async () => {
    console.log((await localNeo4j().stop()) ? 'Stopped.' : 'The local Neo4j was not running.');
  });

program
  .command('status')
  .description('Tell whether the local Neo4j is running')
  .action(() => {
    const server = localNeo4j();
    const version = installedNeo4jVersion(server.paths) ?? 'not installed';
    const current = server.state();
    const words = {
      running: `running (pid ${'pid' in current ? current.pid : '?'}) on ${server.boltUri}`,
      stopped: 'stopped',
      stale: `not running, but it did not shut down cleanly (stale pid ${'pid' in current ? current.pid : '?'}); last log lines:\n${server.logTail()}`,
    }[current.state];
    console.log(`Neo4j ${version}, instance folder ${server.paths.home}: ${words}`);
    process.exitCode = current.state === 'running' ? 0 : 3;
  });

program.parseAsync().catch(reportCliError);
