import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type ContainerType, type NonEmptyArray, type PubSub } from 'type-graphql';
import { RoleAuthChecker } from './auth-checker';
import { validateInput } from './validate-input';

/** Without a container the schema can be printed but not executed. */
export function buildGraphQLSchema(
  resolvers: NonEmptyArray<Function>,
  pubSub: PubSub,
  container?: ContainerType,
): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    container,
    authChecker: RoleAuthChecker,
    pubSub,
    authMode: 'error',
    validateFn: validateInput,
  });
}

/** The SDL committed as schema/schema.graphql. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
