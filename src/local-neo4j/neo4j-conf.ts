import type { LocalNeo4jConfig } from '../config';
import type { LocalNeo4jPaths } from './local-neo4j-paths';

/** JVM options of the server beyond its heap: in neo4j.conf, and given when the server JVM is started directly. */
const SERVER_JVM_ADDITIONAL = ['-XX:+ExitOnOutOfMemoryError'];

/**
 * The options the `neo4j start` launcher gives the server JVM under the configuration below, in its
 * order: the additional options, the file encoding, the heap.
 */
export function serverJvmOptions(config: LocalNeo4jConfig): string[] {
  return [...SERVER_JVM_ADDITIONAL, '-Dfile.encoding=UTF-8', `-Xms${config.heap}`, `-Xmx${config.heap}`];
}

/** neo4j.conf for a local instance; rewritten at every start so that configuration changes apply. */
export function renderNeo4jConf(config: LocalNeo4jConfig, paths: LocalNeo4jPaths): string {
  return [
    '# Written by Riposte at every start of the local Neo4j; edit the LOCAL_NEO4J_* settings instead.',
    `server.directories.lib=${paths.lib}`,
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${config.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${config.boltPort}`,
    `server.http.listen_address=127.0.0.1:${config.httpPort}`,
    `server.http.advertised_address=127.0.0.1:${config.httpPort}`,
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.memory.heap.initial_size=${config.heap}`,
    `server.memory.heap.max_size=${config.heap}`,
    `server.memory.pagecache.size=${config.pageCache}`,
    'dbms.usage_report.enabled=false',
    ...SERVER_JVM_ADDITIONAL.map((option) => `server.jvm.additional=${option}`),
    // Bolt otherwise waits twice 5 s for idle pools at every stop.
    'internal.server.bolt.connection_shutdown_wait_time=1s',
    'internal.server.bolt.thread_pool_shutdown_wait_time=1s',
    '',
  ].join('\n');
}
