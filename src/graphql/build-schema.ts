import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type ContainerType } from 'type-graphql';
import { RoleAuthChecker } from '../auth/auth-checker';
import { resolverClasses } from './resolver-classes';

/** Without a container the schema can be printed but not executed. */
export function buildGraphQLSchema(container?: ContainerType): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: resolverClasses,
    container,
    authChecker: RoleAuthChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: true, forbidNonWhitelisted: true, whitelist: true },
  });
}

/** The SDL committed as schema/schema.graphql. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
