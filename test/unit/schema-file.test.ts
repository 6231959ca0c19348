import { readFileSync } from 'node:fs';
import { buildDetachedSchema } from '../../src/composition-root';
import { printSortedSchema } from '../../src/graphql/build-schema';
import { fromProjectRoot } from '../../src/project-root';

describe('schema/schema.graphql', () => {
  it('is what the code builds (run `npm run schema:emit` after changing types)', async () => {
    const committed = readFileSync(fromProjectRoot('schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(printSortedSchema(await buildDetachedSchema()));
  });
});
