import { readFileSync } from 'node:fs';
import { parse, print, validate, type OperationDefinitionNode } from 'graphql';
import type { RunningApplication } from '../../src/application';
import { buildDetachedSchema } from '../../src/composition-root';
import { fromProjectRoot } from '../../src/project-root';
import { postGraphQL, startTestApplication } from '../support/test-application';

const source = readFileSync(fromProjectRoot('schema', 'examples.graphql'), 'utf8');
const operations = parse(source).definitions.filter(
  (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
);

/** The `# variables: {...}` comment written just above an operation, if any. */
function variablesOf(operation: OperationDefinitionNode): Record<string, unknown> {
  const start = operation.loc?.start ?? 0;
  const previousEnd = Math.max(
    0,
    ...operations.map((other) => other.loc?.end ?? 0).filter((end) => end <= start),
  );
  const match = /# variables: (\{.*\})\s*$/m.exec(source.slice(previousEnd, start));
  return match?.[1] ? (JSON.parse(match[1]) as Record<string, unknown>) : {};
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmpty);
  return false;
}

describe('schema/examples.graphql against the graph `npm start` builds: seeds and shipped history', () => {
  let app: RunningApplication;

  beforeAll(async () => {
    app = await startTestApplication({ HISTORY_ON_EMPTY: 'true' });
  });

  afterAll(() => app.stop());

  it('documents every operation with a name', () => {
    expect(operations.length).toBeGreaterThanOrEqual(10);
    for (const operation of operations) expect(operation.name?.value).toBeTruthy();
  });

  it.each(
    operations.filter((op) => op.operation !== 'subscription').map((op) => [op.name?.value, op] as const),
  )('%s runs and answers with data', async (_name, operation) => {
    const { body } = await postGraphQL(
      app,
      { query: print(operation), variables: variablesOf(operation) },
      { as: operation.operation === 'mutation' ? 'editor' : 'reader' },
    );
    expect(body.errors).toBeUndefined();
    expect(isEmpty(body.data)).toBe(false);
  });

  it('has subscriptions that are valid against the schema', async () => {
    const schema = await buildDetachedSchema();
    for (const operation of operations.filter((op) => op.operation === 'subscription')) {
      expect(validate(schema, parse(print(operation)))).toEqual([]);
    }
  });
});
