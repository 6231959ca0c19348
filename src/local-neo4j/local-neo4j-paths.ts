import path from 'node:path';
import type { LocalNeo4jConfig } from '../config';

export interface LocalNeo4jPaths {
  /** Jars shared by every instance. */
  lib: string;
  /** Written after a complete install, holding the Neo4j version. */
  installedMarker: string;
  /** The server's classes, mapped by every start (see ServerClassArchive). */
  classArchive: string;
  /** Where the running server's JVM writes its class archive as it exits, when none was in place. */
  classArchiveDump: string;
  /** NEO4J_HOME of this instance: conf, data, logs, run. */
  home: string;
  conf: string;
  confFile: string;
  pidFile: string;
  passwordFile: string;
  logFile: string;
  dataDir: string;
}

export function localNeo4jPaths(config: LocalNeo4jConfig): LocalNeo4jPaths {
  const lib = path.join(config.home, 'lib');
  const home = path.join(config.home, config.instance);
  const conf = path.join(home, 'conf');
  return {
    lib,
    installedMarker: path.join(lib, '.installed-version'),
    classArchive: path.join(lib, 'server-classes.jsa'),
    classArchiveDump: path.join(home, 'run', 'class-archive-dump'),
    home,
    conf,
    confFile: path.join(conf, 'neo4j.conf'),
    pidFile: path.join(home, 'run', 'neo4j.pid'),
    passwordFile: path.join(home, 'password'),
    logFile: path.join(home, 'logs', 'neo4j.log'),
    dataDir: path.join(home, 'data'),
  };
}
