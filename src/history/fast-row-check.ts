import { isURL } from 'class-validator';
import { TEXT_LIMITS, isEdtf } from '../domain/validators';
import { blankToUndefined, cellInt as toInt, cellList as list } from './history-cells';
import { HISTORY_ROW_ID, Measure, type HistoryRowInput } from './history-row.input';
import { HISTORY_COLUMNS } from './read-history-file';

const COLUMNS = new Set(HISTORY_COLUMNS);
const MEASURES = new Set<string>(Object.values(Measure));
const URL_OPTIONS = { require_protocol: true, protocols: ['http', 'https'] };
/**
 * The common shape of a source address, narrower than isURL: lower-case host labels of letters,
 * digits and inner hyphens, an alphabetic top-level domain, a path of unreserved characters.
 * Whatever it does not match is judged by isURL.
 */
const PLAIN_URL =
  /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(?:\/[A-Za-z0-9._~/-]*)?$/;

const isSourceUrl = (value: string) =>
  value.length <= TEXT_LIMITS.url && (PLAIN_URL.test(value) || isURL(value, URL_OPTIONS));

const isText = (value: unknown, min: number, max: number): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max;

const isList = (value: unknown, each: (item: unknown) => boolean): value is unknown[] =>
  Array.isArray(value) && value.length <= 200 && value.every(each);

/**
 * The rules of HistoryRowInput written out once, for the rows that pass them: the row as
 * class-transformer would make it, or null when any rule fails (or the row holds anything else),
 * and class-validator then says what is wrong and where. Checking a large table row by row through
 * class-transformer and class-validator costs several times more than the import's writes.
 * Never more lenient than the decorators: a test holds the two to the same verdicts and hashes.
 */
export function checkedHistoryRow(value: Record<string, unknown>): HistoryRowInput | null {
  for (const key in value) if (!COLUMNS.has(key)) return null;
  const row = {
    id: value['id'],
    date: value['date'],
    actor: value['actor'],
    target: list(value['target']),
    measure: typeof value['measure'] === 'string' ? value['measure'].trim().toLowerCase() : value['measure'],
    count: toInt(value['count']),
    responds_to: list(value['responds_to']),
    source_url: blankToUndefined(value['source_url']),
    notes: blankToUndefined(value['notes']),
  };
  const valid =
    typeof row.id === 'string' &&
    HISTORY_ROW_ID.test(row.id) &&
    isEdtf(row.date) &&
    isText(row.actor, 2, 100) &&
    isList(row.target, (target) => isText(target, 2, 100)) &&
    typeof row.measure === 'string' &&
    MEASURES.has(row.measure) &&
    (row.count === undefined ||
      (Number.isInteger(row.count) && (row.count as number) >= 0 && (row.count as number) <= 100_000)) &&
    (row.responds_to === undefined ||
      row.responds_to === null ||
      isList(row.responds_to, (id) => typeof id === 'string' && HISTORY_ROW_ID.test(id))) &&
    (row.source_url === undefined || (typeof row.source_url === 'string' && isSourceUrl(row.source_url))) &&
    (row.notes === undefined || isText(row.notes, 1, 5000));
  return valid ? (row as HistoryRowInput) : null;
}
