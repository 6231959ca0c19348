import { validate, type ValidatorOptions } from 'class-validator';
import { GraphQLID } from 'graphql';
import type { ValidatorFn } from 'type-graphql';
import { controlCharacterProblems } from '../domain/control-characters';
import { InvalidInputError } from '../domain/errors';
import { flattenValidationErrors } from '../domain/problems';
import { ID_MAX_LENGTH } from '../domain/validators';
import { holds } from './constraint-check';
import { toGraphQLError } from './graphql-errors';

const OPTIONS: ValidatorOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  skipMissingProperties: false,
  stopAtFirstError: true,
  validationError: { target: false, value: false },
};

/** Validates GraphQL arguments with the same class-validator rules as the ingest CLI. */
export const validateInput: ValidatorFn = async (argValue, argType, { args }) => {
  const controls = controlCharacterProblems(argValue);
  if (controls.length > 0) {
    const argument = Object.keys(args).find((name) => args[name] === argValue);
    throw toGraphQLError(
      new InvalidInputError(
        controls.map((problem) => ({
          ...problem,
          path: problem.path === '(value)' ? (argument ?? 'value') : problem.path,
        })),
        argument,
      ),
    );
  }
  if (typeof argValue === 'string' && argType === GraphQLID && argValue.length > ID_MAX_LENGTH) {
    // A lone ID argument (node, event, actor, source...): its name is the one that holds it.
    const path = Object.keys(args).find((name) => args[name] === argValue) ?? 'id';
    throw toGraphQLError(
      new InvalidInputError([
        { path, message: `an id has at most ${ID_MAX_LENGTH} characters (this one has ${argValue.length})` },
      ]),
    );
  }
  if (argValue === null || typeof argValue !== 'object') return;
  const values: unknown[] = Array.isArray(argValue) ? argValue : [argValue];
  // Scalars and enum values in a list are checked by GraphQL; class-validator takes objects.
  const unchecked = (value: unknown) => value === null || typeof value !== 'object';
  if (values.every((value) => unchecked(value) || holds(value as object))) return;
  const problems = (
    await Promise.all(
      values.map(async (value: unknown, index) => {
        if (unchecked(value)) return [];
        const found = flattenValidationErrors(await validate(value as object, OPTIONS));
        return Array.isArray(argValue) ? found.map((p) => ({ ...p, path: `[${index}].${p.path}` })) : found;
      }),
    )
  ).flat();
  if (problems.length > 0)
    throw toGraphQLError(
      new InvalidInputError(problems, typeof argType === 'function' ? argType.name : undefined),
    );
};
