import nlp from 'compromise';
import { GROUP_NOUNS, SINGULAR_GROUP_NOUNS, escapeRegExp } from './gazetteer';

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

/** "A Russian diplomat", "an embassy employee": one person, named in the singular. */
const ONE = new RegExp(
  String.raw`\b(?:a|an|one)((?: [\p{L}’'-]+){0,3}? (?:${SINGULAR_GROUP_NOUNS.map(escapeRegExp).join('|')}))\b(?! of\b)`,
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
  for (const match of text.matchAll(ONE)) {
    const index = (match.index ?? 0) + offset;
    if (
      /\b(?:number|total|group|list|few|couple|dozen|handful|series|further|several)\b/i.test(match[1] ?? '')
    )
      continue;
    if (!groups.some((group) => index >= group.index && index < group.index + group.text.length))
      groups.push({ text: match[0], count: 1, index });
  }
  return groups.sort((a, b) => a.index - b.index);
}
