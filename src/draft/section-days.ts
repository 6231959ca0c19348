import * as chrono from 'chrono-node';
import type { DraftedEvent, Place } from './drafted-event';
import { referenceInstant } from './resolve-dates';

/** "Friday 30 March", "Thursday, March 29, 2018": a line that is nothing but a day. */
const DAY_HEADING =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2})(?:,?\s+\d{4})?\.?$/u;

const pad = (n: number) => String(n).padStart(2, '0');

/** The day a heading line names, never after publication. */
function headingDay(text: string, published: string): string | undefined {
  if (!DAY_HEADING.test(text.trim())) return undefined;
  const parsed = chrono.parse(
    text,
    { instant: referenceInstant(published), timezone: 0 },
    { forwardDate: false },
  )[0];
  if (!parsed?.start.isCertain('day') || !parsed.start.isCertain('month')) return undefined;
  const date = parsed.start.date();
  let year = date.getUTCFullYear();
  const day = (y: number) => `${y}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  if (!parsed.start.isCertain('year') && day(year) > published) year -= 1;
  return day(year) <= published ? day(year) : undefined;
}

/**
 * A live blog's day headings: each entry below one is told as of that day, so its "today" and its
 * weekdays count from it, and a measure it does not date happened that day or before.
 */
export function extractBySection(
  places: Place[],
  published: string,
  extract: (place: Place, day: string) => DraftedEvent[],
): (place: Place) => DraftedEvent[] {
  const sectionOf = new Map<Place, string>();
  let current: string | undefined;
  for (const place of places) {
    current = headingDay(place.sentence.text, published) ?? current;
    if (current) sectionOf.set(place, current);
  }
  return (place) => {
    const day = sectionOf.get(place);
    const events = extract(place, day ?? published);
    if (day && day !== published)
      for (const event of events)
        event.date ??= {
          value: { edtf: `/${day}`, index: 0, text: '' },
          place,
          confidence: 0.5,
          note: `told under the heading of ${day}: that day is its latest bound`,
        };
    return events;
  };
}
