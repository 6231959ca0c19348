/** A sentence of the text with its place: `text` is exactly `source.slice(start, end)`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  index: number;
}

const ABBREVIATIONS =
  /(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|No|vs|U\.S|U\.K|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.|\b[A-Z]\.)$/;

/** Splits on line breaks and on sentence ends followed by a capital, a digit or an opening quote. */
export function splitSentences(text: string, offset = 0): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    let from = start;
    let to = end;
    while (from < to && /\s/.test(text[from] ?? '')) from++;
    while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
    if (to > from)
      sentences.push({ text: text.slice(from, to), start: from + offset, end: to + offset, index: 0 });
  };
  const boundary = /[.!?…]+["”»’)]*(?=\s+["“«(]?[\p{Lu}\d])|\n+/gu;
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    if (!match[0].startsWith('\n') && ABBREVIATIONS.test(text.slice(start, match.index + 1))) continue;
    push(start, match[0].startsWith('\n') ? match.index : end);
    start = end;
  }
  push(start, text.length);
  return sentences.map((sentence, index) => ({ ...sentence, index }));
}
