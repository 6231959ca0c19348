import { ConfigError, loadConfig } from '../../src/config';

function problemsOf(env: NodeJS.ProcessEnv): Record<string, string> {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives small, local defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.http).toMatchObject({ host: '127.0.0.1', port: 4000 });
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.localNeo4j).toMatchObject({
      instance: 'main',
      boltPort: 7687,
      heap: '512m',
      pageCache: '256m',
    });
    expect(config.seedOnEmpty).toBe(true);
  });

  it('uses an external Neo4j with its credentials', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.example:7687',
      NEO4J_PASSWORD: 'secret',
    });
    expect(config.neo4j).toMatchObject({
      uri: 'neo4j+s://abc.databases.example:7687',
      username: 'neo4j',
      password: 'secret',
    });
  });

  it('keeps change notifications in-process unless REDIS_URL is set', () => {
    expect(loadConfig({}).redisUrl).toBeUndefined();
    expect(loadConfig({ REDIS_URL: 'rediss://:secret@cache.example:6380/0' }).redisUrl).toBe(
      'rediss://:secret@cache.example:6380/0',
    );
  });

  it('refuses a REDIS_URL of another scheme without echoing its password', () => {
    const problems = problemsOf({ REDIS_URL: 'http://:secret@cache.example:6379' });
    expect(problems['REDIS_URL']).toContain('redis://');
    expect(problems['REDIS_URL']).not.toContain('secret');
  });

  it('names the variable that is wrong and says why', () => {
    const problems = problemsOf({ PORT: 'eighty' });
    expect(Object.keys(problems)).toEqual(['PORT']);
    expect(problems['PORT']).toMatch(/port/i);
  });

  it('reports every bad variable at once', () => {
    const problems = problemsOf({
      PORT: '99999',
      LOCAL_NEO4J_HEAP: 'lots',
      NEO4J_URI: 'http://localhost:7474',
    });
    expect(Object.keys(problems).sort()).toEqual(['LOCAL_NEO4J_HEAP', 'NEO4J_URI', 'PORT']);
    expect(problems['LOCAL_NEO4J_HEAP']).toContain('512m');
    expect(problems['NEO4J_URI']).toContain('bolt://');
  });

  it('requires a password when NEO4J_URI points elsewhere', () => {
    expect(problemsOf({ NEO4J_URI: 'bolt://db.internal:7687' })).toEqual({
      NEO4J_PASSWORD: 'is required but not set',
    });
  });

  it('rejects values outside the allowed choices', () => {
    expect(problemsOf({ NODE_ENV: 'staging' })['NODE_ENV']).toContain('staging');
  });

  it('puts the names of the bad variables in the error message', () => {
    expect(() => loadConfig({ READY_TIMEOUT_MS: '-5' })).toThrow(
      /READY_TIMEOUT_MS: expected a positive whole number/,
    );
  });
});
