// Where the facts of a draft are stated in its article: the text cut into segments, each with the
// facts whose quotes cover it. A draft's quotes are exact sentences of the text, without offsets.

/**
 * `quotesByFact[i]` lists the quotes of fact i. Returns the segments in text order (covering the
 * whole text) and, per fact, how many of its quotes were not found.
 */
export function highlightSegments(text, quotesByFact) {
  const ranges = [];
  const missing = quotesByFact.map((quotes, fact) => {
    let notFound = 0;
    for (const quote of new Set(quotes)) {
      const start = text.indexOf(quote);
      if (start < 0) notFound += 1;
      else ranges.push({ start, end: start + quote.length, fact });
    }
    return notFound;
  });
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((range) => [range.start, range.end])])].sort(
    (a, b) => a - b,
  );
  const segments = cuts.slice(1).map((end, index) => {
    const start = cuts[index];
    const facts = ranges
      .filter((range) => range.start <= start && range.end >= end)
      .map((range) => range.fact);
    return { text: text.slice(start, end), facts: [...new Set(facts)] };
  });
  return { segments, missing };
}
