import nlp from 'compromise';
import { GROUP_NOUNS, escapeRegExp } from './gazetteer';

/** A group named with its number: "six Russian agents" is a group of 6. */
export interface CountedGroup {
  text: string;
  count: number;
  index: number;
}

const NUMBER = String.raw`(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|[a-z]+-[a-z]+)`;
const GROUP = new RegExp(
  String.raw`\b${NUMBER}(?: of the| of its| of their)?((?: [\p{L}’'-]+){0,4}? (?:${GROUP_NOUNS.map(escapeRegExp).join('|')}))\b`,
  'giu',
);

/** The value of a number written in digits or words, read with compromise. */
export function numberValue(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const [value] = nlp(text).numbers().get() as unknown[];
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** Counted groups in a stretch of text, in order. */
export function findGroups(text: string, offset = 0): CountedGroup[] {
  const groups: CountedGroup[] = [];
  for (const match of text.matchAll(GROUP)) {
    const count = numberValue((match[1] ?? '').toLowerCase());
    if (count !== undefined && count < 10_000)
      groups.push({ text: match[0], count, index: (match.index ?? 0) + offset });
  }
  return groups;
}
