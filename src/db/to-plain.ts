import neo4j from 'neo4j-driver';

const pad = (value: number, length: number) => String(value).padStart(length, '0');

/**
 * A date as the driver writes it (YYYY-MM-DD): the driver's own toString goes through its 64-bit
 * Integer arithmetic for every part, which showed in profiles of lists of events. Years outside
 * 0-9999 (written with a sign and six digits) are left to the driver.
 */
function dateText(date: { year: unknown; month: unknown; day: unknown; toString(): string }): string {
  const { year, month, day } = date;
  if (typeof year === 'number' && typeof month === 'number' && typeof day === 'number')
    if (Number.isInteger(year) && year >= 0 && year <= 9999)
      return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  return date.toString();
}

/**
 * Driver values to plain JavaScript: integers to numbers, temporal values to ISO strings, recursively.
 * The driver's own lists and maps (plain arrays and objects, each decoded for this result alone)
 * are converted in place rather than copied: a translated read returns thousands of them.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) value[index] = toPlain(value[index]);
    return value;
  }
  // The driver's maps are plain objects: no temporal or integer check is needed for them.
  if (Object.getPrototypeOf(value) === Object.prototype && !Object.hasOwn(value, '__proto__')) {
    const map = value as Record<string, unknown>;
    for (const key of Object.keys(map)) {
      const entry = map[key];
      if (typeof entry === 'object' || entry === undefined) map[key] = toPlain(entry);
    }
    return map;
  }
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value)) return dateText(value);
  if (
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  return Object.fromEntries(Object.entries(value as object).map(([key, entry]) => [key, toPlain(entry)]));
}
