import * as chrono from 'chrono-node';

/** A date stated in a sentence, as EDTF, with where it is and how it was resolved. */
export interface StatedDate {
  edtf: string;
  index: number;
  text: string;
  /** Set when a rule chose something the text does not say (a year, a week moved back). */
  note?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Noon UTC of a YYYY-MM-DD day, so that no time zone moves it to another day. */
export function referenceInstant(published: string): Date {
  return new Date(`${published}T12:00:00Z`);
}

const soonAfter = (published: string) =>
  day(new Date(referenceInstant(published).getTime() + 90 * 86_400_000));

const SEASON_OF_YEAR =
  /\b(?:(?:at|by|in|towards?) )?(?:the )?(end|late|early|beginning|start|middle|mid)(?: of)?[ -]((?:19|20)\d\d)\b/gi;
const BARE_YEAR = /\b(?:in |since |of )?((?:19|20)\d\d)\b/g;
const LAST_MONTH = /\blast month\b/gi;
/** "Last week", "earlier this month": a stretch of days ending at (or before) the publication day. */
const PERIOD =
  /\b(?:(?:earlier|late|later|at the start of|at the beginning of) )?(last|this|past) (week|month|year)\b/gi;
const MONTH_NAMES =
  /^(?:in |since |early |late )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?(?: (?:19|20)\d\d)?$/i;
/** "CARACAS, July 30 -", "Moscow, March 26 (Interfax) -": where and when the report was filed. */
export const DATELINE =
  /^\p{Lu}[\p{L} .'’-]{1,30}(?:\s*\([^)]{1,30}\))?,\s+(?:[^-–—.]{3,40}?\s*(?:\([^)]{1,30}\)|\/[^/]{1,20}\/)?\s*[-–—]+\s|(?:\d{1,2}\s+)?\p{Lu}\p{Ll}+\.?\s+(?:\d{1,2}\s*)?(?:\([^)]{1,30}\)|\/[^/]{1,20}\/)\.?\s)/u;
const LAST_YEAR_AFTER = /^,?\s+(?:of\s+)?last year\b/i;
const DEADLINE = /\b(?:by|until|till|before|within)\s*$/i;
const WEEK_ABOUT = /\bweeks? (?:earlier|before|ago)\b/i;

/** Dates in one sentence, resolved against the publication day and never after it. */
export function resolveDates(sentence: string, published: string): StatedDate[] {
  const reference = referenceInstant(published);
  const found: StatedDate[] = [];
  const taken: Array<[number, number]> = [];
  const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);
  const add = (date: StatedDate) => {
    found.push(date);
    taken.push([date.index, date.index + date.text.length]);
  };

  // "CARACAS, July 30 -": the dateline gives the day of the report, not of an event.
  const dateline = DATELINE.exec(sentence);
  if (dateline) taken.push([0, dateline[0].length]);
  for (const match of sentence.matchAll(SEASON_OF_YEAR)) {
    const [text, part = '', year = ''] = match;
    if (!free(match.index ?? 0, (match.index ?? 0) + text.length)) continue;
    const month = /end|late/i.test(part) ? '12' : /mid/i.test(part) ? '06' : '01';
    add({
      edtf: `${year}-${month}~`,
      index: match.index ?? 0,
      text,
      note: `"${text.trim()}": the month is approximate`,
    });
  }
  for (const match of sentence.matchAll(PERIOD)) {
    const span = period((match[1] ?? '').toLowerCase(), (match[2] ?? '').toLowerCase(), reference);
    if (span && free(match.index ?? 0, (match.index ?? 0) + match[0].length))
      add({
        edtf: span,
        index: match.index ?? 0,
        text: match[0],
        note: `"${match[0]}" read as ${span}, counted from the publication day`,
      });
  }
  for (const match of sentence.matchAll(LAST_MONTH)) {
    if (!free(match.index ?? 0, (match.index ?? 0) + match[0].length)) continue;
    const previous = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth() - 1, 1));
    add({ edtf: day(previous).slice(0, 7), index: match.index ?? 0, text: match[0] });
  }
  for (const result of chrono.parse(sentence, { instant: reference, timezone: 0 }, { forwardDate: false })) {
    if (!free(result.index, result.index + result.text.length)) continue;
    const before = sentence.slice(0, result.index);
    if (DEADLINE.test(before)) continue;
    // "Sunday's election": a day that dates another event, named as its owner.
    if (/^(?:'s|’s)\s/.test(sentence.slice(result.index + result.text.length))) continue;
    // "Theresa May": a month name right after a capitalised word is a name; "Peru on Monday" is a date.
    if (/\p{Lu}\p{Ll}+ $/u.test(before) && /^\p{Lu}/u.test(result.text) && !/\d/.test(result.text)) continue;
    const resolved = fromChrono(result, published);
    // "In June last year": the month of the year before publication.
    const lastYear = LAST_YEAR_AFTER.exec(sentence.slice(result.index + result.text.length));
    if (resolved && lastYear && /^\d{4}-\d{2}$/.test(resolved.edtf)) {
      const year = Number(published.slice(0, 4)) - 1;
      add({
        edtf: `${year}${resolved.edtf.slice(4)}`,
        index: result.index,
        text: result.text + lastYear[0],
        note: `"${result.text}${lastYear[0]}": the month of the year before publication`,
      });
      taken.push([result.index, result.index + result.text.length + lastYear[0].length]);
    } else if (resolved) add({ ...resolved, index: result.index, text: result.text });
  }
  for (const match of sentence.matchAll(BARE_YEAR)) {
    const index = (match.index ?? 0) + match[0].length - 4;
    const year = match[1] ?? '';
    if (!free(index, index + 4) || year > published.slice(0, 4)) continue;
    add({ edtf: year, index, text: year });
  }
  return found.sort((a, b) => a.index - b.index);
}

const DAY_MS = 86_400_000;
const daysBefore = (reference: Date, days: number) => day(new Date(reference.getTime() - days * DAY_MS));

/** The days a "last week", "this month" or "last year" covers, as an EDTF interval or a year. */
function period(which: string, unit: string, reference: Date): string | undefined {
  const year = reference.getUTCFullYear();
  const today = day(reference);
  if (which === 'past')
    return `${daysBefore(reference, unit === 'week' ? 7 : unit === 'month' ? 31 : 366)}/${today}`;
  if (unit === 'week')
    return which === 'this'
      ? `${daysBefore(reference, 6)}/${today}`
      : `${daysBefore(reference, 13)}/${daysBefore(reference, 1)}`;
  if (unit === 'month') {
    if (which !== 'this') return undefined;
    return `${today.slice(0, 8)}01/${today}`;
  }
  return which === 'last' ? String(year - 1) : `${year}-01-01/${today}`;
}

function fromChrono(
  result: chrono.ParsedResult,
  published: string,
): Omit<StatedDate, 'index' | 'text'> | undefined {
  const after = (date: Date) => day(date) > published;
  const start = result.start;
  const known = (unit: chrono.Component) => start.isCertain(unit);
  let date = start.date();
  const notes: string[] = [];
  if (known('month') && !known('day')) {
    if (!MONTH_NAMES.test(result.text.trim())) return undefined;
    let year = date.getUTCFullYear();
    if (!known('year')) {
      if (after(date)) year -= 1;
      notes.push(`year ${year} taken from the publication date`);
    }
    return { edtf: `${year}-${pad(date.getUTCMonth() + 1)}`, note: notes.join('; ') || undefined };
  }
  if (
    !known('day') &&
    !known('weekday') &&
    !/\b(?:day|week|today|yesterday|earlier|ago|before|after)\b/i.test(result.text)
  )
    return undefined;
  if (after(date)) {
    if (known('weekday') && !known('day')) {
      date = new Date(date.getTime() - 7 * 86_400_000);
      notes.push(`"${result.text.trim()}" read as the last such day on or before publication`);
    } else if (!known('year') && day(date) <= soonAfter(published)) {
      // "Leave by the end of the day on June 17": a day soon after publication is a deadline, not a past event.
      return undefined;
    } else if (!known('year')) {
      date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate()));
      notes.push('a year before the one of publication, since news does not date a past event after itself');
    } else return undefined;
  }
  if (known('day') && !known('year') && notes.length === 0)
    notes.push(`year ${date.getUTCFullYear()} taken from the publication date`);
  if (!known('day') && known('weekday'))
    notes.push(`"${result.text.trim()}" resolved against the publication day`);
  if (!known('day') && !known('weekday'))
    notes.push(`"${result.text.trim()}" resolved against the publication day`);
  if (WEEK_ABOUT.test(result.text)) {
    const around = (days: number) => day(new Date(date.getTime() + days * 86_400_000));
    const latest = around(3) > published ? published : around(3);
    return {
      edtf: `${around(-3)}/${latest}`,
      note: `"${result.text.trim()}" counted from the publication day, give or take three days`,
    };
  }
  return { edtf: day(date), note: notes.join('; ') || undefined };
}
