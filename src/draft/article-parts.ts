export interface ReaderComment {
  author: string;
  /** Whether the author was read from the first words, for want of a marked name. */
  authorGuessed: boolean;
  text: string;
  /** Where the comment's text starts in the whole article. */
  start: number;
}

export interface ArticleParts {
  body: string;
  comments: ReaderComment[];
}

const COMMENTS_HEADING =
  /^\s*(?:.*\bto (?:leave|post|write) (?:a )?comments?\b.*|(?:reader )?comments?\s*(?:\(\d+\))?:?)\s*$/im;
const NUMBERED = /^\s*(\d{1,3})\.\s+/gm;

/** The article, and the reader comments below it (a heading, then numbered comments). */
export function splitArticle(text: string): ArticleParts {
  const heading = COMMENTS_HEADING.exec(text);
  if (!heading) return { body: text, comments: [] };
  const sectionStart = heading.index + heading[0].length;
  const section = text.slice(sectionStart);
  const starts = [...section.matchAll(NUMBERED)];
  const comments = starts.map((match, i) => {
    const textStart = (match.index ?? 0) + match[0].length;
    const textEnd = starts[i + 1]?.index ?? section.length;
    return readComment(section.slice(textStart, textEnd), sectionStart + textStart);
  });
  return { body: text.slice(0, heading.index), comments };
}

function readComment(raw: string, start: number): ReaderComment {
  const firstLine = raw.split('\n')[0] ?? '';
  const shown = /^(.{1,60}?)\s+(?:Offline|Online)\b/.exec(firstLine);
  if (shown?.[1]) {
    const rest = raw.indexOf('\n');
    return {
      author: shown[1].trim(),
      authorGuessed: false,
      text: rest < 0 ? '' : raw.slice(rest),
      start: start + Math.max(rest, 0),
    };
  }
  const words = firstLine.trim().split(/\s+/).slice(0, 2).join(' ');
  return { author: words || 'unknown reader', authorGuessed: true, text: raw, start };
}
