import type { ValidationError } from 'class-validator';

/** One thing wrong with a document: where (a path such as events[2].date) and what. */
export interface Problem {
  path: string;
  message: string;
}

function childPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}

function describe(error: ValidationError, constraint: string, message: string): string {
  if (constraint === 'whitelistValidation') return `unknown field "${error.property}"`;
  const prefix = `${error.property}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

/** Flattens class-validator's tree into located problems. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): Problem[] {
  return errors.flatMap((error) => {
    const path = childPath(parent, error.property);
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      path,
      message: describe(error, constraint, message),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}
