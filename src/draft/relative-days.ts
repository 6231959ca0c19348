import type { DraftedEvent } from './drafted-event';

const DAY_MS = 86_400_000;
const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const count = (word: string) => COUNTS[word.toLowerCase()] ?? Number(word);
const EXACT_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** ", a day after Tallinn expelled…": the clause after the words tells an act that many days earlier. */
const DAYS_AFTER_BEFORE = /\b(a|one|two|three|four|five|six|seven|\d) days? (after|before)\s+[^,;]*$/i;
/** "The next day, it expelled…", "Two days later Moscow responded": counted from the sentence before. */
const DAYS_LATER =
  /^\W*(?:\d{1,2}:\d{2}\s*-\s*)?(?:(?:on )?the (?:next|following) day|(a|one|two|three|four|five|six|seven|\d) days? later)\b/i;

/** "Kyiv summoned Hungary's envoy the following day": a day after the act told before it in the sentence. */
const FOLLOWING_DAY = /^[^.;,]{0,60}?\b(?:the|on the) (?:next|following) day\b/i;

function shift(day: string, days: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

const exactDay = (event: DraftedEvent) => {
  const edtf = event.date?.value.edtf;
  return edtf && EXACT_DAY.test(edtf) ? edtf : undefined;
};

/**
 * Days told relative to another act: "on Thursday, a day after Tallinn expelled two Russians",
 * "The next day, it expelled 23 diplomats". Only for a measure that states no date of its own.
 */
export function resolveRelativeDays(events: DraftedEvent[], published: string): void {
  events.forEach((event, i) => {
    if (event.date) return;
    const place = event.places[0]!;
    const text = place.sentence.text;
    const trigger = place.trigger ?? 0;
    const sameSentence = events.filter(
      (other) => other !== event && other.places[0]!.sentence === place.sentence && exactDay(other),
    );
    const within = DAYS_AFTER_BEFORE.exec(text.slice(0, trigger));
    const previous = events
      .slice(0, i)
      .reverse()
      .find(
        (other) =>
          other.places[0]!.part === place.part &&
          other.places[0]!.sentence.index === place.sentence.index - 1 &&
          exactDay(other),
      );
    // "The move came a day after Washington expelled…": the act before is the one of the sentence before.
    const anchor =
      sameSentence.find((other) => (other.places[0]!.trigger ?? 0) < (within?.index ?? 0)) ?? previous;
    const followingDay = FOLLOWING_DAY.exec(text.slice(trigger));
    const earlier = sameSentence.find((other) => (other.places[0]!.trigger ?? 0) < trigger);
    let day: string | undefined;
    let words: string | undefined;
    if (within?.[1] && within[2] && anchor) {
      day = shift(exactDay(anchor)!, (within[2].toLowerCase() === 'after' ? -1 : 1) * count(within[1]));
      words = within[0];
    } else if (followingDay && earlier) {
      day = shift(exactDay(earlier)!, 1);
      words = followingDay[0];
    } else {
      const later = DAYS_LATER.exec(text);
      if (later && previous) {
        day = shift(exactDay(previous)!, later[1] ? count(later[1]) : 1);
        words = later[0];
      }
    }
    if (!day || !words || day > published) return;
    event.date = {
      value: { edtf: day, index: 0, text: words },
      place,
      confidence: 0.6,
      note: `"${words.trim()}" counted from the day of the act it is told against`,
    };
  });
}
