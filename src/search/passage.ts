const SEARCHED_FIELDS = ['name', 'aliases', 'title', 'description', 'statedReason', 'quote'] as const;
const CONTEXT = 80;

/** A term with every Lucene operator character escaped: the words are searched, the syntax is not. */
export function escapeLucene(text: string): string {
  return text.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');
}

/** Lower-cased words (so AND, OR and NOT are words too), split on anything but letters and digits. */
export function queryTerms(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 1);
}

/** The first searched property holding a query term, with the words around it. */
export function matchingPassage(
  node: Record<string, unknown>,
  terms: string[],
): { field: string; passage: string } | null {
  for (const field of SEARCHED_FIELDS) {
    const raw = node[field];
    const texts = Array.isArray(raw)
      ? raw.filter((value): value is string => typeof value === 'string')
      : typeof raw === 'string'
        ? [raw]
        : [];
    for (const text of texts) {
      const lower = text.toLowerCase();
      const at = Math.min(...terms.map((term) => lower.indexOf(term)).filter((index) => index >= 0));
      if (!Number.isFinite(at)) continue;
      const start = Math.max(0, at - CONTEXT);
      const end = Math.min(text.length, at + CONTEXT);
      return {
        field,
        passage: `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`,
      };
    }
  }
  return null;
}
