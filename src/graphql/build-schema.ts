import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type ContainerType } from 'type-graphql';
import { RoleAuthChecker } from '../auth/auth-checker';
import { createChangePubSub, type ChangePubSub } from '../realtime/pubsub';
import { validateInput } from './validate-input';
import { resolverClasses } from './resolver-classes';

/** Without a container the schema can be printed but not executed. */
export function buildGraphQLSchema(
  container?: ContainerType,
  pubSub: ChangePubSub = createChangePubSub(),
): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: resolverClasses,
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
