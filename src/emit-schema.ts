import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { buildDetachedSchema } from './composition-root';
import { printSortedSchema } from './graphql/build-schema';
import { fromProjectRoot } from './project-root';

const target = fromProjectRoot('schema', 'schema.graphql');

buildDetachedSchema()
  .then((schema) => {
    writeFileSync(target, printSortedSchema(schema));
    console.log(`Wrote ${target}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
