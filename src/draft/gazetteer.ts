import countries from 'i18n-iso-countries';
import { NEWS_NAMES } from '../reference/state-reference';
import data from './gazetteer.json';
import world from './world-names.json';

export interface KnownOrganization {
  id: string;
  name: string;
  kind: string;
  state?: string;
  partOf?: string;
  aliases: string[];
  /** Aliases other states' ministries also bear ("the Foreign Office" of Germany): they name this state only in an article that names it otherwise. */
  sharedAliases?: string[];
}

export const ORGANIZATIONS: readonly KnownOrganization[] = data.organizations;
/** Capitals standing for their state's government; the reviewed gazetteer wins over the world list. */
export const METONYMS: Readonly<Record<string, string>> = { ...world.capitals, ...data.metonyms };
/** Cities other than capitals, with their state: where a mission is hosted. */
export const CITIES: Readonly<Record<string, string>> = data.cities;
/** Wordings of registers kept by one state ("foreign agent"), with that state. */
export const REGISTERS: Readonly<Record<string, string>> = data.registers;
export const DEMONYMS: Readonly<Record<string, string>> = { ...world.demonyms, ...data.demonyms };
export const ROLES: readonly string[] = data.roles;
export const GROUP_NOUNS: readonly string[] = data.groupNouns;
/** The same people named one at a time: "a Russian diplomat" is a group of 1. */
export const SINGULAR_GROUP_NOUNS: readonly string[] = data.singularGroupNouns;
/** Titles held by one person at a time: "Canada's ambassador" is a group of 1. */
export const HEADS_OF_MISSION: readonly string[] = data.headsOfMission;

/** Words before a state's name in its formal style: "the Republic of Poland". */
export const FORMAL_PREFIXES: readonly string[] = world.formalPrefixes;

export interface Leader {
  name: string;
  state: string;
  office: string;
}

/** Leaders, ministers and spokespeople named alone for their state ("Putin ordered"), by full name and alias. */
export const LEADERS: ReadonlyMap<string, Leader> = new Map(
  Object.entries(world.leaders).flatMap(([name, { state, office, aliases }]) =>
    [name, ...aliases].map((alias) => [alias, { name, state, office }] as const),
  ),
);

/** English names of every ISO 3166-1 state and the short names news uses, with their alpha-2 code. */
export function stateNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const [iso2, found] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    for (const name of Array.isArray(found) ? found : [found]) if (name.length > 3) names.set(name, iso2);
  }
  for (const [name, iso2] of Object.entries(NEWS_NAMES)) names.set(name, iso2);
  for (const [name, iso2] of Object.entries(world.stateNames)) names.set(name, iso2);
  names.set('UK', 'GB');
  names.set('US', 'US');
  names.set('USA', 'US');
  return names;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation of the names, longest first, matched on word boundaries. */
export function namesPattern(names: Iterable<string>): RegExp {
  const sorted = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}])(?:${sorted.join('|')})(?![\\p{L}])`, 'gu');
}
