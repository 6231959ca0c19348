import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fromProjectRoot } from '../project-root';
import type { LocalNeo4jPaths } from './local-neo4j-paths';
import { runProcess } from './neo4j-launcher';

const POM = fromProjectRoot('src', 'local-neo4j', 'pom.xml');

export function pinnedNeo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(POM, 'utf8'));
  if (!match?.[1]) {
    throw new Error(`${POM} does not set <neo4j.version>`);
  }
  return match[1];
}

export function installedNeo4jVersion(paths: LocalNeo4jPaths): string | undefined {
  return existsSync(paths.installedMarker) ? readFileSync(paths.installedMarker, 'utf8').trim() : undefined;
}

/** Resolves the pinned Neo4j Community jars from Maven Central into the lib folder, once per version. */
export async function installNeo4j(
  paths: LocalNeo4jPaths,
  log: (message: string) => void,
): Promise<{ version: string; installed: boolean }> {
  const version = pinnedNeo4jVersion();
  if (installedNeo4jVersion(paths) === version) {
    return { version, installed: false };
  }
  log(`Installing Neo4j Community ${version} from Maven Central into ${paths.lib}`);
  rmSync(paths.lib, { recursive: true, force: true });
  mkdirSync(paths.lib, { recursive: true });
  const result = await runProcess('mvn', ['-B', '-q', '-f', POM, 'package', `-Dneo4j.lib=${paths.lib}`]);
  if (result.code !== 0) {
    throw new Error(
      `Maven could not resolve Neo4j ${version} (exit code ${result.code}). Is Maven installed and Maven Central reachable?\n${result.output}`,
    );
  }
  writeFileSync(paths.installedMarker, `${version}\n`);
  return { version, installed: true };
}
