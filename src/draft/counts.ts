import nlp from 'compromise';
import { GROUP_NOUNS, HEADS_OF_MISSION, SINGULAR_GROUP_NOUNS, escapeRegExp } from './gazetteer';

/** A group named with its number: "six Russian agents" is a group of 6. */
export interface CountedGroup {
  text: string;
  count: number;
  index: number;
  /** Read from a title held by one person ("its ambassador"): any group counted in figures comes first. */
  byTitle?: boolean;
}

const NUMBER = String.raw`((?:half )?(?:a|\d+|one|two|three|four|five|six|seven|eight|nine|ten) dozen|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|[a-z]+-[a-z]+)`;
const GROUP = new RegExp(
  String.raw`\b${NUMBER}(?: of the| of its| of their| of \p{Lu}[\p{L}.-]+(?:'s|’s))?((?: [\p{L}’'.-]+){0,4}? (?:${GROUP_NOUNS.map(escapeRegExp).join('|')}))\b`,
  'giu',
);

const AND_N_OF = new RegExp(String.raw`\band ${NUMBER} (?=of (?:the|its|their) )`, 'giu');

/** "Two more would be sent home": a number standing for a group already named. */
const MORE = new RegExp(String.raw`\b${NUMBER} (?:more|others)\b`, 'giu');

/** "A Russian diplomat", "an embassy employee": one person, named in the singular. */
const ONE = new RegExp(
  String.raw`\b(?:a|an|one|another)((?: [\p{L}’'-]+){0,3}? (?:${SINGULAR_GROUP_NOUNS.map(escapeRegExp).join('|')}))\b`,
  'giu',
);

/** "Its ambassador", "the Ambassador of Canada", "Serbian ambassador Vladimir Bozovic": one person. */
const HEAD = new RegExp(
  String.raw`\b(?:(?:the|its|their|his|her)(?: [\p{L}-]+){0,2}|[\p{Lu}][\p{L}-]+(?:'s|’s)?) (?:${HEADS_OF_MISSION.map(escapeRegExp).join('|')})\b(?!s)`,
  'gu',
);
/** "The two neighbours declared each other's envoys": words between a number and a noun that end its phrase. */
const NOT_A_GROUP =
  /\b(?:each|other['’]s|declared|said|ordered|expelled|told|were|was|had|have|has|who|which|that|and|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|\d+)\b/i;
/** "Twenty-two diplomats and twenty-three members of the technical staff": one group of 45. */
const AND_BETWEEN = /^,?\s+and\s+$/;
/** "The consul general in Grodno and another consul": two people, one named after the other. */
const AND_ANOTHER = /^(?:\s+(?:in|at|of)\s+[^,;.]{1,50}?)?,?\s+and\s+$/u;

/** The value of a number written in digits or words, read with compromise. */
export function numberValue(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const dozens = /^(half )?(.+) dozen$/.exec(text);
  if (dozens) {
    const how = dozens[2] === 'a' ? 1 : numberValue(dozens[2] ?? '');
    return how === undefined ? undefined : (how * 12) / (dozens[1] ? 2 : 1);
  }
  const found: unknown = nlp(text).numbers().get();
  const value: unknown = Array.isArray(found) ? found[0] : undefined;
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** Counted groups in a stretch of text, in order. */
export function findGroups(text: string, offset = 0): CountedGroup[] {
  const groups: CountedGroup[] = [];
  for (const match of text.matchAll(GROUP)) {
    if (NOT_A_GROUP.test(match[2] ?? '')) continue;
    const value = numberValue((match[1] ?? '').toLowerCase());
    // "Ambassador Ahmad Sadeghi and three other Iranian officials": the one named first counts too.
    const others = /^\s+other\b/i.test(match[2] ?? '') && /\band\s+$/i.test(text.slice(0, match.index ?? 0));
    const count = value !== undefined && others ? value + 1 : value;
    if (count !== undefined && count < 10_000)
      groups.push({ text: match[0], count, index: (match.index ?? 0) + offset });
  }
  for (const match of text.matchAll(MORE)) {
    const index = (match.index ?? 0) + offset;
    const count = numberValue((match[1] ?? '').toLowerCase());
    // "Its high commissioner and five others": the one named first counts too.
    const andOthers = /others$/i.test(match[0]) && /\band\s+$/i.test(text.slice(0, match.index ?? 0));
    if (
      count !== undefined &&
      !groups.some((group) => index >= group.index && index < group.index + group.text.length)
    )
      groups.push({ text: match[0], count: andOthers ? count + 1 : count, index });
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
  for (const match of text.matchAll(HEAD)) {
    const index = (match.index ?? 0) + offset;
    if (
      !groups.some(
        (group) => index < group.index + group.text.length && group.index < index + match[0].length,
      )
    )
      groups.push({ text: match[0], count: 1, index, byTitle: true });
  }
  // "58 staff of the US embassy in Moscow and two of the consulate general": the number after "and" adds to the group.
  for (const match of text.matchAll(AND_N_OF)) {
    const index = (match.index ?? 0) + offset;
    const count = numberValue((match[1] ?? '').toLowerCase());
    const previous = groups
      .filter((g) => g.index < index && !g.byTitle && g.count > 1)
      .sort((a, b) => b.index - a.index)[0];
    const gap = previous ? text.slice(previous.index + previous.text.length - offset, match.index ?? 0) : '';
    if (count !== undefined && previous && gap.length < 60 && !/[;:]|\band\b/.test(gap)) {
      groups.splice(groups.indexOf(previous), 1, {
        text: text.slice(previous.index - offset, (match.index ?? 0) + match[0].length),
        count: previous.count + count,
        index: previous.index,
      });
    }
  }
  groups.sort((a, b) => a.index - b.index);
  return groups.reduce<CountedGroup[]>((joined, group) => {
    const previous = joined[joined.length - 1];
    const gap = previous
      ? text.slice(previous.index + previous.text.length - offset, group.index - offset)
      : '';
    const another =
      previous?.count === 1 && /^(?:an?other|a|one)\b/i.test(group.text) && AND_ANOTHER.test(gap);
    if (previous && ((previous.count > 1 && group.count > 1 && AND_BETWEEN.test(gap)) || another))
      joined[joined.length - 1] = {
        text: text.slice(previous.index - offset, group.index - offset + group.text.length),
        count: previous.count + group.count,
        index: previous.index,
      };
    else joined.push(group);
    return joined;
  }, []);
}
