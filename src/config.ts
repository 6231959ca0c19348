import path from 'node:path';
import { bool, cleanEnv, makeValidator, str, url, type ReporterOptions } from 'envalid';
import type { AuthConfig } from './auth/auth-config';
import { isRole, type Role } from './auth/role';
import { fromProjectRoot } from './project-root';

export class ConfigError extends Error {
  constructor(readonly problems: Record<string, string>) {
    super(
      'Invalid configuration:\n' +
        Object.entries(problems)
          .map(([name, problem]) => `  ${name}: ${problem}`)
          .join('\n'),
    );
    this.name = 'ConfigError';
  }
}

const positiveInt = makeValidator<number>((raw) => {
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`expected a positive whole number, got "${raw}"`);
  }
  return value;
});

/** 0 lets the system pick a free port (the tests use it). */
const port = makeValidator<number>((raw) => {
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value > 65535) {
    throw new Error(`expected a port number from 0 to 65535, got "${raw}"`);
  }
  return value;
});

const memorySize = makeValidator<string>((raw) => {
  if (!/^\d+[kmg]$/i.test(raw)) {
    throw new Error(`expected a size such as 512m or 1g, got "${raw}"`);
  }
  return raw.toLowerCase();
});

const neo4jUri = makeValidator<string>((raw) => {
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s/]+/.test(raw)) {
    throw new Error(`expected a neo4j:// or bolt:// URI (optionally +s or +ssc), got "${raw}"`);
  }
  return raw;
});

const redisUrl = makeValidator<string>((raw) => {
  if (!/^rediss?:\/\/[^\s/]+/.test(raw)) {
    throw new Error(`expected a redis:// or rediss:// URL, got "${raw.replace(/\/\/[^@/]*@/, '//…@')}"`);
  }
  return raw;
});

const instanceName = makeValidator<string>((raw) => {
  if (!/^[a-z0-9][a-z0-9-]{0,31}$/.test(raw)) {
    throw new Error(`expected lower-case letters, digits and dashes, got "${raw}"`);
  }
  return raw;
});

const apiKeyList = makeValidator<Array<{ name: string; role: Role; key: string }>>((raw) =>
  raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [name, role, key, ...rest] = entry.split(':');
      if (!name || !isRole(role) || !key || rest.length > 0 || key.length < 24) {
        throw new Error(
          `expected comma-separated name:role:key entries (role reader, editor or admin; key of 24 characters or more), got "${entry.slice(0, 40)}"`,
        );
      }
      return { name, role, key };
    }),
);

const jwtSecret = makeValidator<string>((raw) => {
  if (raw.length < 32) throw new Error('must be at least 32 characters');
  return raw;
});

export interface WebSocketLimits {
  maxSubscriptionsPerSocket: number;
  maxSocketsPerPrincipal: number;
}

export const DEFAULT_WEBSOCKET_LIMITS: WebSocketLimits = {
  maxSubscriptionsPerSocket: 20,
  maxSocketsPerPrincipal: 5,
};

const specs = {
  NODE_ENV: str({ choices: ['development', 'production', 'test'], default: 'development' }),
  HOST: str({ default: '127.0.0.1', desc: 'Address the HTTP server binds to' }),
  PORT: port({ default: 4000, desc: 'Port of the HTTP server' }),
  LOG_LEVEL: str({
    choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
    default: 'info',
  }),
  NEO4J_URI: neo4jUri({ default: undefined, desc: 'An external Neo4j; unset to use the local one' }),
  NEO4J_USERNAME: str({ default: 'neo4j' }),
  NEO4J_PASSWORD: str({
    default: undefined,
    requiredWhen: (env) => Boolean(env['NEO4J_URI']),
  }),
  NEO4J_DATABASE: str({ default: undefined, desc: 'Database name; the server default when unset' }),
  NEO4J_QUERY_TIMEOUT_MS: positiveInt({ default: 30_000 }),
  READY_TIMEOUT_MS: positiveInt({ default: 2_000 }),
  SHUTDOWN_TIMEOUT_MS: positiveInt({ default: 10_000 }),
  SEED_ON_EMPTY: bool({ default: true }),
  HISTORY_ON_EMPTY: bool({ default: true }),
  LOCAL_NEO4J_HOME: str({ default: fromProjectRoot('.neo4j') }),
  LOCAL_NEO4J_INSTANCE: instanceName({ default: 'main' }),
  LOCAL_NEO4J_BOLT_PORT: port({ default: 7687 }),
  LOCAL_NEO4J_HTTP_PORT: port({ default: 7474 }),
  LOCAL_NEO4J_HEAP: memorySize({ default: '512m' }),
  LOCAL_NEO4J_PAGECACHE: memorySize({ default: '256m' }),
  LOCAL_NEO4J_START_TIMEOUT_MS: positiveInt({ default: 120_000 }),
  AUTH_JWT_SECRET: jwtSecret({
    default: undefined,
    desc: 'HMAC secret that signs accepted tokens (HS256/384/512)',
  }),
  AUTH_JWT_ISSUER: str({ default: undefined }),
  AUTH_JWT_AUDIENCE: str({ default: 'riposte' }),
  AUTH_API_KEYS: apiKeyList({ default: [] }),
  ALLOW_ANONYMOUS_READS: bool({ default: undefined, desc: 'Default: true in development only' }),
  MAX_BODY_BYTES: positiveInt({ default: 100_000 }),
  WS_MAX_SUBSCRIPTIONS_PER_SOCKET: positiveInt({
    default: DEFAULT_WEBSOCKET_LIMITS.maxSubscriptionsPerSocket,
    desc: 'Subscriptions one WebSocket may hold at once',
  }),
  WS_MAX_SOCKETS_PER_PRINCIPAL: positiveInt({
    default: DEFAULT_WEBSOCKET_LIMITS.maxSocketsPerPrincipal,
    desc: 'WebSockets one principal (token subject or API key) may hold open at once on this instance',
  }),
  INFERENCE_WINDOW_DAYS: positiveInt({
    default: 90,
    desc: 'How long after a measure an answer is looked for',
  }),
  INFERENCE_MIN_SCORE: makeValidator<number>((raw) => {
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0 || value > 1)
      throw new Error(`expected a number from 0 to 1, got "${raw}"`);
    return value;
  })({ default: 0.45 }),
  INFERENCE_SCORER: str({
    choices: ['rules', 'learned'],
    default: 'rules',
    desc: 'How candidates are scored: the hand rules, or the logistic model fitted on the tuning half (README: Inference)',
  }),
  INFERENCE_SOURCE_ADDRESS_WORDING: bool({
    default: true,
    desc: "Whether words of answering in a measure's source addresses (an article's headline) count as wording",
  }),
  REDIS_URL: redisUrl({
    default: undefined,
    desc: 'Redis that carries change notifications between instances; unset: in-process',
  }),
  PUBLIC_URL: url({
    default: undefined,
    desc: 'URL printed at start; derived from HOST and PORT when unset',
  }),
};

export interface LocalNeo4jConfig {
  home: string;
  instance: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
  /** Used as the initial password on first start; compared with the stored one afterwards. */
  password: string | undefined;
}

export interface InferenceConfig {
  windowDays: number;
  minScore: number;
  /** Whether the words of a measure's source addresses count as the sources' wording (on unless set). */
  sourceAddressWording?: boolean;
  /** The hand rules (unless set), or the learned model, whose own threshold replaces minScore. */
  scorer?: 'rules' | 'learned';
}

export interface Config {
  env: 'development' | 'production' | 'test';
  http: { host: string; port: number; publicUrl: string | undefined; shutdownTimeoutMs: number };
  logLevel: string;
  neo4j: {
    /** Unset: the project's own local Neo4j is started and used. */
    uri: string | undefined;
    username: string;
    password: string | undefined;
    database: string | undefined;
    queryTimeoutMs: number;
    readyTimeoutMs: number;
  };
  localNeo4j: LocalNeo4jConfig;
  seedOnEmpty: boolean;
  /** With the seeds, load the shipped history (seeds/history/) into an empty graph. */
  historyOnEmpty: boolean;
  auth: AuthConfig;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  webSocket: WebSocketLimits;
  inference: InferenceConfig;
  /** Unset: change notifications stay in this process. */
  redisUrl: string | undefined;
}

function throwConfigError({ errors }: ReporterOptions<Record<string, unknown>>): void {
  const problems: Record<string, string> = {};
  for (const [name, error] of Object.entries(errors)) {
    if (!error) continue;
    problems[name] = error.message.includes('undefined') ? 'is required but not set' : error.message;
  }
  if (Object.keys(problems).length > 0) {
    throw new ConfigError(problems);
  }
}

/** The one reader of the environment. Throws ConfigError naming every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const env = cleanEnv(source, specs, { reporter: throwConfigError });
  return {
    env: env.NODE_ENV as Config['env'],
    http: {
      host: env.HOST,
      port: env.PORT,
      publicUrl: env.PUBLIC_URL,
      shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    },
    logLevel: env.LOG_LEVEL,
    neo4j: {
      uri: env.NEO4J_URI,
      username: env.NEO4J_USERNAME,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
      queryTimeoutMs: env.NEO4J_QUERY_TIMEOUT_MS,
      readyTimeoutMs: env.READY_TIMEOUT_MS,
    },
    localNeo4j: {
      home: path.resolve(env.LOCAL_NEO4J_HOME),
      instance: env.LOCAL_NEO4J_INSTANCE,
      boltPort: env.LOCAL_NEO4J_BOLT_PORT,
      httpPort: env.LOCAL_NEO4J_HTTP_PORT,
      heap: env.LOCAL_NEO4J_HEAP,
      pageCache: env.LOCAL_NEO4J_PAGECACHE,
      startTimeoutMs: env.LOCAL_NEO4J_START_TIMEOUT_MS,
      password: env.NEO4J_PASSWORD,
    },
    seedOnEmpty: env.SEED_ON_EMPTY,
    historyOnEmpty: env.HISTORY_ON_EMPTY,
    auth: {
      jwtSecret: env.AUTH_JWT_SECRET,
      jwtIssuer: env.AUTH_JWT_ISSUER,
      jwtAudience: env.AUTH_JWT_AUDIENCE,
      apiKeys: env.AUTH_API_KEYS,
      allowAnonymousReads: env.ALLOW_ANONYMOUS_READS ?? env.NODE_ENV === 'development',
    },
    maxBodyBytes: env.MAX_BODY_BYTES,
    webSocket: {
      maxSubscriptionsPerSocket: env.WS_MAX_SUBSCRIPTIONS_PER_SOCKET,
      maxSocketsPerPrincipal: env.WS_MAX_SOCKETS_PER_PRINCIPAL,
    },
    inference: {
      windowDays: env.INFERENCE_WINDOW_DAYS,
      minScore: env.INFERENCE_MIN_SCORE,
      sourceAddressWording: env.INFERENCE_SOURCE_ADDRESS_WORDING,
      scorer: env.INFERENCE_SCORER as 'rules' | 'learned',
    },
    redisUrl: env.REDIS_URL,
  };
}
