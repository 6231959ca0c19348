import { ValidateBy, buildMessage, type ValidationOptions } from 'class-validator';
import { EDTF_MAX_LENGTH, EdtfError, parseEdtf } from './edtf-date';

/** Any id of the graph: prefix, colon, lower-case slug; states are state:<ISO alpha-2>. */
export const ID_PATTERN = /^(state:[A-Z]{2}|[a-z]+:[a-z0-9][a-z0-9._-]*(#[a-z0-9._-]+)?)$/;

/** Longest id, in characters. */
export const ID_MAX_LENGTH = 200;

/** The longest values the inputs accept, in characters (README, "Input limits"). */
export const TEXT_LIMITS = {
  /** Names, titles of events, roles, locations, authors, aliases. */
  name: 300,
  /** Titles of sources. */
  title: 1000,
  /** Claim values, notes, reasons, reliability notes. */
  note: 2000,
  /** Quotes and descriptions. */
  quote: 5000,
  /** URLs. */
  url: 2000,
  /** Report notes. */
  reportNotes: 20_000,
} as const;

/** The value as shown in a message: long values are cut, so an error never echoes a whole payload. */
export function shown(value: unknown): string {
  const text = String(value);
  return text.length > 80 ? `${text.slice(0, 80)}… (${text.length} characters)` : text;
}

function tooLong(value: unknown, max: number): boolean {
  return typeof value === 'string' && value.length > max;
}

/** An id; values over ID_MAX_LENGTH are refused before the pattern runs. */
export function IsGraphId(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isGraphId',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && !tooLong(value, ID_MAX_LENGTH) && ID_PATTERN.test(value),
        defaultMessage: (args) => {
          // With `each`, class-validator passes the whole array: name the first value at fault.
          const values: unknown[] = Array.isArray(args?.value) ? args.value : [args?.value];
          const value = values.find(
            (one) => typeof one !== 'string' || tooLong(one, ID_MAX_LENGTH) || !ID_PATTERN.test(one),
          );
          return tooLong(value, ID_MAX_LENGTH)
            ? `${args?.property}: an id has at most ${ID_MAX_LENGTH} characters (this one has ${String(value).length})`
            : `${args?.property}: "${shown(value)}" is not an id (prefix:slug such as org:dgsi, event:2022-04-11-fr-expels-six, or state:FR)`;
        },
      },
    },
    options,
  );
}

/** Whether a value is an EDTF date text the parser accepts. */
export function isEdtf(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    parseEdtf(value);
    return true;
  } catch (error) {
    if (error instanceof EdtfError) return false;
    throw error;
  }
}

/** An EDTF date within the years 0000 to 9999; values over EDTF_MAX_LENGTH never reach the parser. */
export function IsEdtf(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEdtf',
      validator: {
        validate: isEdtf,
        defaultMessage: (args) => {
          const value: unknown = args?.value;
          if (typeof value === 'string') {
            try {
              parseEdtf(value);
            } catch (error) {
              if (error instanceof EdtfError) return `${args!.property}: ${error.message}`;
            }
          }
          return `${args?.property}: "${shown(value)}" is not an EDTF date (examples: 2022-04-11, 2021-02, 2020-12~, 2020-41, 2021-02/2021-03-08)`;
        },
      },
    },
    options,
  );
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for an existing day written YYYY-MM-DD, and nothing else (no time, no week, no ordinal day). */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || value.length !== 10) return false;
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, 1));
  date.setUTCFullYear(year);
  date.setUTCMonth(month, 0);
  return day <= date.getUTCDate();
}

/** A day argument of a query or an export route: YYYY-MM-DD only, with a message that says so. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: isCalendarDate,
        defaultMessage: buildMessage(
          (each) =>
            `${each}$property must be a calendar day written YYYY-MM-DD, such as 2021-02-28 (no time, no time zone)`,
          options,
        ),
      },
    },
    options,
  );
}

/** A string of at most `max` characters (and at least `min`); the message gives the limit. */
export function IsText(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isText',
      constraints: [min, max],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.length >= min && value.length <= max,
        defaultMessage: (args) => {
          // With `each`, class-validator passes the whole array: name the first value at fault.
          const values: unknown[] = Array.isArray(args?.value) ? args.value : [args?.value];
          const value = values.find((one) => typeof one !== 'string' || one.length < min || one.length > max);
          const what = options?.each ? `each value of ${args?.property}` : args?.property;
          if (typeof value !== 'string') return `${what} must be a string`;
          return value.length > max
            ? `${what} must have at most ${max} characters (one has ${value.length})`
            : `${what} must have at least ${min} character${min === 1 ? '' : 's'}`;
        },
      },
    },
    options,
  );
}

export { EDTF_MAX_LENGTH };
