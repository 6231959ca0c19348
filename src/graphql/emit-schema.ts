import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { fromProjectRoot } from '../project-root';
import { buildGraphQLSchema, printSortedSchema } from './build-schema';

const target = fromProjectRoot('schema', 'schema.graphql');

buildGraphQLSchema()
  .then((schema) => {
    writeFileSync(target, printSortedSchema(schema));
    console.log(`Wrote ${target}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
