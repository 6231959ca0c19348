import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { LocalNeo4j } from '../../src/local-neo4j/local-neo4j';
import { renderNeo4jConf } from '../../src/local-neo4j/neo4j-conf';

describe('LocalNeo4j state', () => {
  let home: string;
  let server: LocalNeo4j;

  beforeEach(() => {
    home = mkdtempSync(path.join(tmpdir(), 'riposte-neo4j-'));
    server = new LocalNeo4j(loadConfig({ LOCAL_NEO4J_HOME: home, LOCAL_NEO4J_INSTANCE: 'probe' }).localNeo4j);
    mkdirSync(path.dirname(server.paths.pidFile), { recursive: true });
  });

  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it('is stopped without a pid file', () => {
    expect(server.state()).toEqual({ state: 'stopped' });
  });

  it('is running while the recorded process lives', () => {
    writeFileSync(server.paths.pidFile, String(process.pid));
    expect(server.state()).toEqual({ state: 'running', pid: process.pid });
  });

  it('is stale when the recorded process is gone', () => {
    writeFileSync(server.paths.pidFile, '2147483646');
    expect(server.state()).toEqual({ state: 'stale', pid: 2147483646 });
  });

  it('explains a password that does not match the one the data was initialised with', () => {
    writeFileSync(server.paths.passwordFile, 'stored-password\n');
    const other = new LocalNeo4j(
      loadConfig({ LOCAL_NEO4J_HOME: home, LOCAL_NEO4J_INSTANCE: 'probe', NEO4J_PASSWORD: 'another-one' })
        .localNeo4j,
    );
    expect(() => other.connection()).toThrow(/NEO4J_PASSWORD differs/);
    expect(server.connection()).toMatchObject({ password: 'stored-password', uri: 'bolt://127.0.0.1:7687' });
  });

  it('writes ports, memory and the shared lib folder into neo4j.conf', () => {
    const config = loadConfig({
      LOCAL_NEO4J_HOME: home,
      LOCAL_NEO4J_BOLT_PORT: '7999',
      LOCAL_NEO4J_HEAP: '1g',
      LOCAL_NEO4J_PAGECACHE: '64m',
    }).localNeo4j;
    const conf = renderNeo4jConf(config, server.paths);
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7999');
    expect(conf).toContain('server.memory.heap.max_size=1g');
    expect(conf).toContain('server.memory.pagecache.size=64m');
    expect(conf).toContain(`server.directories.lib=${path.join(home, 'lib')}`);
    expect(conf).toContain('dbms.security.auth_enabled=true');
  });
});
