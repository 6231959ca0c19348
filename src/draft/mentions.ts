import {
  CITIES,
  DEMONYMS,
  FORMAL_PREFIXES,
  LEADERS,
  METONYMS,
  ORGANIZATIONS,
  ROLES,
  escapeRegExp,
  namesPattern,
  stateNames,
  type KnownOrganization,
} from './gazetteer';
import { slug } from './slug';

export type MentionKind = 'state' | 'metonym' | 'demonym' | 'organization' | 'person';

/** Something named in a sentence that stands for an actor. */
export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  text: string;
  /** The state it stands for or belongs to (ISO alpha-2), when known. */
  state?: string;
  organization?: DraftOrganization;
  person?: DraftPerson;
}

export interface DraftOrganization {
  id: string;
  name: string;
  kind: string;
  state?: string;
  /** A mission's host state. */
  host?: string;
  partOf?: string;
  alias: string;
  /** Set when the organisation was built from a pattern rather than found in the gazetteer. */
  note?: string;
}

export interface DraftPerson {
  id: string;
  name: string;
  /** As the article names it; none for a speaker named alone. */
  role?: string;
  state?: string;
}

const STATE_NAMES = stateNames();
const FORMAL = `(?:(?:${FORMAL_PREFIXES.map(escapeRegExp).join('|')}) (?:the )?)?`;
const STATES = new RegExp(`${FORMAL}${namesPattern(STATE_NAMES.keys()).source}`, 'gu');
/** "Republic of Poland" is Poland. */
const withoutFormal = (name: string) => name.replace(new RegExp(`^${FORMAL}`, 'u'), '');
const LEADER_NAMES = namesPattern(LEADERS.keys());
const CAPITALS = namesPattern(Object.keys(METONYMS));
const DEMONYM_WORDS = namesPattern(Object.keys(DEMONYMS));
const ALIASES = new Map<string, KnownOrganization>(
  ORGANIZATIONS.flatMap((organization) =>
    organization.aliases.map((alias) => [alias, organization] as const),
  ),
);
const KNOWN = namesPattern(ALIASES.keys());
const DEMONYM = `(${Object.keys(DEMONYMS).map(escapeRegExp).join('|')})`;
const STATE_NAME = `${FORMAL}(${[...STATE_NAMES.keys()].map(escapeRegExp).join('|')})`;
const CITY = `((?:St\\. )?[A-Z][\\p{L}-]+(?: [A-Z][\\p{L}-]+)?)`;
const MISSION = new RegExp(
  `(?:${DEMONYM}|${STATE_NAME}(?:'s|’s)) (embassy|Embassy|consulates? general|consulates?|Consulates? General|diplomatic mission|Diplomatic Mission)(?: (?:in|to) (?:the )?${CITY})?`,
  'gu',
);
const MINISTRY = new RegExp(
  `(?:${DEMONYM}|${STATE_NAME}(?:'s|’s)) (Foreign Ministry|foreign ministry|Ministry of Foreign Affairs|Ministry of Justice|Interior Ministry|intelligence services|intelligence agency|intelligence agencies|security services?|security agency|security agencies|secret services|special services|counterintelligence|police)`,
  'gu',
);
/** "The Embassy of the United States in Moscow", "the Ministry of Foreign Affairs of Russia": the state named after. */
const MISSION_OF = new RegExp(
  `(embassy|Embassy|consulates? general|consulates?|Consulates? General|diplomatic mission|Diplomatic Mission) of (?:the )?${STATE_NAME}(?: (?:in|to) (?:the )?${CITY})?`,
  'gu',
);
const MINISTRY_OF = new RegExp(
  `(Foreign Ministry|foreign ministry|Ministry of Foreign Affairs|Ministry of foreign affairs) of (?:the )?${STATE_NAME}`,
  'gu',
);
/** A match of the "... of <state>" form laid out as the "<demonym> ..." form: [text, demonym, state, what, city]. */
function stateFirst(match: RegExpMatchArray): RegExpMatchArray {
  return Object.assign([match[0], undefined, match[2], match[1], match[3]], {
    index: match.index,
  }) as unknown as RegExpMatchArray;
}
const ROLE = `(${ROLES.map(escapeRegExp).join('|')})`;
const NAME = `([A-Z][\\p{L}'’-]+(?: (?:von |de |van )?[A-Z][\\p{L}'’-]+){1,3})`;
const ROLE_THEN_NAME = new RegExp(`(?:${DEMONYM} )?${ROLE}(?:,| to [A-Z][\\p{L}]+,?)? ${NAME}`, 'gu');
const NAME_THEN_ROLE = new RegExp(`${NAME}, (?:the )?(?:${DEMONYM} )?${ROLE}`, 'gu');
/** "the Simonovsky Court of Moscow": a court named in the text, of the state of its city. */
const COURT = /\b((?:\p{Lu}[\p{L}-]+ ){1,3}Court)(?: of (\p{Lu}[\p{L}-]+))?/gu;
/** "the poisoning of Alexei Navalny": a person named right after the words of an act. */
const NAMED_AFTER = new RegExp(`^\\s+(?:of|on|against) ${NAME}`, 'u');
/** "Anatoly Golitsyn once said": a speaker named without a role. */
const SPEAKER = new RegExp(
  `${NAME}(?= (?:once |later |also |then )?(?:said|says|told|stated|wrote|added|declared)\\b)`,
  'gu',
);
const NOT_A_NAME =
  /^(?:The|A|An|In|On|At|By|Since|Until|After|Before|This|That|These|Those|It|He|She|They|We|Both|Also|But|And|Then|However|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$|Ministry|Embassy|Office|Court|Service|Agency|Department|Government|Police|Council|Committee|Party|News|Times|Post/;
const notAName = (word: string) => NOT_A_NAME.test(word);
/** "The Vienna Convention", "the Minsk agreements", "the Washington Post": a capital naming a thing, not a government. */
const NAMED_THING =
  /^\s+(?:Conventions?|conventions?|Agreements?|agreements?|Accords?|accords?|Treaty|treaty|Protocol|protocol|Summit|summit|Format|format|Declaration|Process|Times|Post|Independent|Institute|University|Airport|airport|Park|Stadium|Games|Forum|Club|Group|Principles?|Charter|Document|Memorandum)\b/u;
/** "Latin American", "South African": a region's adjective, not the state the last word names. */
const REGION_BEFORE = /\b(?:Latin|North|South|Central|Pan|Anglo|Afro)[ -]$/u;

const MINISTRY_IDS: Record<string, string> = {
  'foreign ministry': 'mfa',
  'ministry of foreign affairs': 'mfa',
  'ministry of justice': 'justice-ministry',
  'interior ministry': 'interior-ministry',
};

function stateOf(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  return DEMONYMS[name] ?? STATE_NAMES.get(name);
}

/** Every state, organisation and person named in the sentence; overlapping finds keep the longest. */
export function findMentions(sentence: string): Mention[] {
  const found: Mention[] = [];
  const at = (match: RegExpMatchArray) => ({
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    text: match[0],
  });

  for (const match of [
    ...sentence.matchAll(MISSION),
    ...[...sentence.matchAll(MISSION_OF)].map(stateFirst),
  ]) {
    const state = stateOf(match[1] ?? match[2]);
    const city = match[4];
    const host = city ? (METONYMS[city] ?? CITIES[city] ?? STATE_NAMES.get(city)) : undefined;
    if (!state) continue;
    const type = (match[3] ?? 'embassy').toLowerCase();
    const where = city ? `-${slug(city)}` : '';
    found.push({
      kind: 'organization',
      ...at(match),
      state,
      organization: {
        id: `org:${state.toLowerCase()}-${type.startsWith('consulate') ? 'consulate' : 'embassy'}${where}`,
        name: city ? `${match[1] ?? match[2]} ${type} in ${city}` : `${match[1] ?? match[2]} ${type}`,
        kind: 'MISSION',
        state,
        host,
        alias: match[0],
        note: 'a mission built from its wording; its sending state from the demonym',
      },
    });
  }
  for (const match of [
    ...sentence.matchAll(MINISTRY),
    ...[...sentence.matchAll(MINISTRY_OF)].map(stateFirst),
  ]) {
    const state = stateOf(match[1] ?? match[2]);
    if (!state) continue;
    const what = (match[3] ?? '').toLowerCase();
    const suffix = MINISTRY_IDS[what] ?? slug(what);
    const known = ORGANIZATIONS.find(
      (organization) => organization.id === `org:${state.toLowerCase()}-${suffix}`,
    );
    found.push({
      kind: 'organization',
      ...at(match),
      state,
      organization: known
        ? { ...known, alias: match[0] }
        : {
            id: `org:${state.toLowerCase()}-${suffix}`,
            name: `${match[1] ?? match[2]} ${what}`,
            kind: /ministry/.test(what) ? 'MINISTRY' : 'AGENCY',
            state,
            alias: match[0],
            note: 'named by its state and function; not in the gazetteer',
          },
    });
  }
  for (const match of sentence.matchAll(KNOWN)) {
    const known = ALIASES.get(match[0]);
    if (known)
      found.push({
        kind: 'organization',
        ...at(match),
        state: known.state,
        organization: { ...known, alias: match[0] },
      });
  }
  for (const pattern of [ROLE_THEN_NAME, NAME_THEN_ROLE]) {
    for (const match of sentence.matchAll(pattern)) {
      const [demonym, role, name] =
        pattern === ROLE_THEN_NAME ? [match[1], match[2], match[3]] : [match[2], match[3], match[1]];
      if (!name || !role || STATE_NAMES.has(name) || METONYMS[name] || name.split(' ').some(notAName))
        continue;
      const state = stateOf(demonym) ?? LEADERS.get(name)?.state;
      found.push({
        kind: 'person',
        ...at(match),
        state,
        person: { id: `person:${slug(name)}`, name, role: demonym ? `${demonym} ${role}` : role, state },
      });
    }
  }
  for (const match of sentence.matchAll(COURT)) {
    const [name = '', city] = [match[1], match[2]];
    const words = name.split(' ');
    const state = (city && (METONYMS[city] ?? CITIES[city] ?? STATE_NAMES.get(city))) || stateOf(words[0]);
    const fullName = city ? `${name} of ${city}` : name;
    found.push({
      kind: 'organization',
      ...at(match),
      state,
      organization: {
        id: `org:${slug(fullName)}`,
        name: fullName,
        kind: 'COURT',
        state,
        alias: match[0],
        note: 'a court named in the text; its state from its city or its adjective',
      },
    });
  }
  for (const match of sentence.matchAll(SPEAKER)) {
    const name = match[1] ?? '';
    const words = name.split(' ');
    const known = (word: string) =>
      notAName(word) || STATE_NAMES.has(word) || METONYMS[word] || DEMONYMS[word] || ALIASES.has(word);
    const span = at(match);
    if (words.some(known) || found.some((m) => m.start < span.end && span.start < m.end)) continue;
    const state = LEADERS.get(name)?.state;
    found.push({ kind: 'person', ...span, state, person: { id: `person:${slug(name)}`, name, state } });
  }
  for (const match of sentence.matchAll(STATES))
    found.push({ kind: 'state', ...at(match), state: STATE_NAMES.get(withoutFormal(match[0])) });
  for (const match of sentence.matchAll(LEADER_NAMES)) {
    const leader = LEADERS.get(match[0]);
    if (leader)
      found.push({
        kind: 'person',
        ...at(match),
        state: leader.state,
        person: {
          id: `person:${slug(leader.name)}`,
          name: leader.name,
          role: leader.office,
          state: leader.state,
        },
      });
  }
  for (const match of sentence.matchAll(CAPITALS))
    if (!NAMED_THING.test(sentence.slice(at(match).end)))
      found.push({ kind: 'metonym', ...at(match), state: METONYMS[match[0]] });
  for (const match of sentence.matchAll(DEMONYM_WORDS))
    if (!REGION_BEFORE.test(sentence.slice(0, at(match).start)))
      found.push({ kind: 'demonym', ...at(match), state: DEMONYMS[match[0]] });

  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Mention[] = [];
  for (const mention of found) {
    const last = kept[kept.length - 1];
    if (last && mention.start < last.end) continue;
    kept.push(mention);
  }
  return kept;
}

/** The person named right after `index` ("of Alexei Navalny"), if any. */
export function personNamedAfter(sentence: string, index: number): Mention | undefined {
  const rest = sentence.slice(index);
  const match = NAMED_AFTER.exec(rest);
  const name = match?.[1];
  if (
    !match ||
    !name ||
    name.split(' ').some((word) => STATE_NAMES.has(word) || METONYMS[word] || DEMONYMS[word])
  )
    return undefined;
  const start = index + match[0].length - name.length;
  return {
    kind: 'person',
    start,
    end: start + name.length,
    text: name,
    person: { id: `person:${slug(name)}`, name },
  };
}
