/**
 * How a history table's cells become values, shared by the class-transformer decorators of
 * HistoryRowInput and the compiled row check, so that both read a cell the same way.
 */

/** `a; b;` to `['a', 'b']`. */
export const cellList = (value: unknown) =>
  typeof value === 'string'
    ? value
        .split(';')
        .map((part) => part.trim())
        .filter(Boolean)
    : value;

export const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

export const cellInt = (value: unknown) =>
  value === '' || value === null || value === undefined
    ? undefined
    : typeof value === 'string'
      ? Number(value)
      : value;
