import { AsyncLocalStorage } from 'node:async_hooks';

/** What sent the statements of some work: a GraphQL operation of a request, or a command. */
export interface StatementOrigin {
  operation?: string;
  requestId?: string;
  command?: string;
}

const origins = new AsyncLocalStorage<StatementOrigin>();

/**
 * Runs `work`, and everything it starts, with this origin. Inside, `currentOrigin()` is this very
 * object, so a later step (the operation name, known once the document is parsed) can fill it in.
 */
export function runWithOrigin<T>(origin: StatementOrigin, work: () => T): T {
  return origins.run(origin, work);
}

export function currentOrigin(): StatementOrigin | undefined {
  return origins.getStore();
}

/** Transaction metadata naming the current origin, as `SHOW TRANSACTIONS` and the query log show it. */
export function originMetadata(): Record<string, string> {
  const { operation, requestId, command } = currentOrigin() ?? {};
  const entries = Object.entries({ app: 'riposte', operation, requestId, command });
  return Object.fromEntries(entries.filter((entry): entry is [string, string] => entry[1] !== undefined));
}
