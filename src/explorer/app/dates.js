// Where to draw events in time. EDTF dates have bounds (earliest, latest, either may be open);
// an event is drawn at its earliest known day, and never after an event that answered it.
export const DAY = 86_400_000;

/** The bounds of an event's date in milliseconds; null where the date leaves them open. */
export function bounds(date) {
  return {
    earliest: date?.earliest ? Date.parse(date.earliest) : null,
    latest: date?.latest ? Date.parse(date.latest) : null,
  };
}

/**
 * The day each event is drawn at: its earliest bound (its latest when the start is open), then
 * moved before every answer it precedes, within its own bounds, so a cause is never drawn after
 * its answer. links: [{ from: answerId, to: actId }].
 */
export function placeDays(events, links) {
  const day = new Map();
  const earliest = new Map();
  for (const event of events) {
    const span = bounds(event.date);
    day.set(event.id, span.earliest ?? span.latest);
    earliest.set(event.id, span.earliest);
  }
  // Each pass settles one more level of a chain; a chain is never longer than its events.
  for (let pass = 0; pass < events.length; pass += 1) {
    let moved = false;
    for (const { from: answer, to: act } of links) {
      const answerDay = day.get(answer);
      if (answerDay === null || answerDay === undefined || !day.has(act)) continue;
      const current = day.get(act);
      if (current !== null && current <= answerDay) continue;
      // Half a day before its answer, unless its own bounds say it began on that very day.
      const target = Math.min(Math.max(answerDay - DAY / 2, earliest.get(act) ?? -Infinity), answerDay);
      if (current === null || target < current) {
        day.set(act, target);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return day;
}
