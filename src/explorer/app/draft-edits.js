// A reviewer's corrections applied to a draft report: facts (events) left out, dates and counts
// corrected. What only the left-out facts mentioned goes with them.

/** Every string in a value, however deeply nested: the ids an event or a source refers to. */
function stringsIn(value, into = new Set()) {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}

function correctDate(event, claims, date) {
  event.date = date;
  for (const claim of claims) if (claim.subject === event.id && claim.property === 'date') claim.value = date;
}

function correctCount(event, report, count) {
  const subjects = new Set([event.id, ...(event.expelled ?? [])]);
  if (count === null) delete event.count;
  else event.count = count;
  for (const entity of report.entities ?? [])
    if (subjects.has(entity.id) && entity.type === 'GROUP' && count !== null) entity.count = count;
  report.claims = (report.claims ?? []).filter(
    (claim) => !(count === null && subjects.has(claim.subject) && claim.property === 'count'),
  );
  for (const claim of report.claims)
    if (subjects.has(claim.subject) && claim.property === 'count') claim.value = String(count);
}

/**
 * The report to ingest: `reviews[i]` is `{keep, date, count}` for the draft's i-th event (count
 * null for none). Returns it with `eventIndexes`, the draft index of each event it keeps.
 */
export function reviewedReport(draft, reviews) {
  const report = JSON.parse(JSON.stringify(draft));
  report.claims ??= [];
  report.events.forEach((event, index) => {
    const review = reviews[index];
    if (review.date !== event.date) correctDate(event, report.claims, review.date);
    if (review.count !== (event.count ?? null)) correctCount(event, report, review.count);
  });

  const eventIndexes = report.events.flatMap((_, index) => (reviews[index].keep ? [index] : []));
  const dropped = report.events.filter((_, index) => !reviews[index].keep);
  report.events = eventIndexes.map((index) => report.events[index]);

  const stillMentioned = stringsIn([report.events, report.source]);
  const gone = new Set(dropped.map((event) => event.id));
  for (const id of stringsIn(dropped)) if (!stillMentioned.has(id)) gone.add(id);
  report.entities = (report.entities ?? []).filter((entity) => !gone.has(entity.id));
  report.relations = (report.relations ?? []).filter(
    (relation) => !gone.has(relation.from) && !gone.has(relation.to),
  );
  const relationIds = new Set(report.relations.map((relation) => relation.id).filter(Boolean));
  report.claims = report.claims.filter(
    (claim) =>
      !gone.has(claim.subject) && (!claim.subject.startsWith('rel:') || relationIds.has(claim.subject)),
  );
  return { report, eventIndexes };
}
