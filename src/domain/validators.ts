import { Matches, ValidateBy, buildMessage, type ValidationOptions } from 'class-validator';
import { EdtfError, parseEdtf } from './edtf-date';

/** Any id of the graph: prefix, colon, lower-case slug; states are state:<ISO alpha-2>. */
export const ID_PATTERN = /^(state:[A-Z]{2}|[a-z]+:[a-z0-9][a-z0-9._-]*(#[a-z0-9._-]+)?)$/;

export function IsGraphId(options?: ValidationOptions): PropertyDecorator {
  return Matches(ID_PATTERN, {
    message: ({ property, value }) =>
      `${property}: "${String(value)}" is not an id (prefix:slug such as org:dgsi, event:2022-04-11-fr-expels-six, or state:FR)`,
    ...options,
  });
}

export function IsEdtf(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEdtf',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return false;
          try {
            parseEdtf(value);
            return true;
          } catch (error) {
            if (error instanceof EdtfError) return false;
            throw error;
          }
        },
        defaultMessage: buildMessage(
          (each) =>
            `${each}$property: "$value" is not an EDTF date (examples: 2022-04-11, 2021-02, 2020-12~, 2020-41, 2021-02/2021-03-08)`,
          options,
        ),
      },
    },
    options,
  );
}
