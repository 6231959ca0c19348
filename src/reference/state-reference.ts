import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import de from 'i18n-iso-countries/langs/de.json';

for (const locale of [en, fr, ru, de]) countries.registerLocale(locale);

/**
 * Short and former English names that news and datasets use and that i18n-iso-countries does not
 * list (its aliases, select 'all', are used first). A leading "the" is ignored everywhere.
 */
export const NEWS_NAMES: Readonly<Record<string, string>> = {
  Moldova: 'MD',
  Macedonia: 'MK',
  Syria: 'SY',
  Laos: 'LA',
  Vatican: 'VA',
  'Vatican City': 'VA',
  'Holy See': 'VA',
  'Cabo Verde': 'CV',
  Swaziland: 'SZ',
  Burma: 'MM',
  Britain: 'GB',
  America: 'US',
  Brunei: 'BN',
  Micronesia: 'FM',
  'East Timor': 'TL',
  'DR Congo': 'CD',
  'Congo-Kinshasa': 'CD',
  'Congo-Brazzaville': 'CG',
  Palestine: 'PS',
};

/** Wikidata ids confirmed from public material; others are left unset until checked. */
const CONFIRMED_WIKIDATA: Record<string, string> = { FR: 'Q142', RU: 'Q159' };

export interface StateRecord {
  id: string;
  iso2: string;
  iso3: string;
  isoNumeric: string;
  name: string;
  /** Other English names, then French, Russian and German names. */
  aliases: string[];
  wikidataId: string | null;
}

export function stateId(iso2: string): string {
  return `state:${iso2}`;
}

function namesOf(iso2: string, language: string): string[] {
  const names = countries.getName(iso2, language, { select: 'all' });
  return Array.isArray(names) ? names : [];
}

function buildStates(): StateRecord[] {
  return Object.keys(countries.getAlpha2Codes())
    .sort()
    .map((iso2) => {
      const [name = iso2, ...otherEnglish] = namesOf(iso2, 'en');
      const newsNames = Object.keys(NEWS_NAMES).filter((newsName) => NEWS_NAMES[newsName] === iso2);
      const aliases = [
        ...otherEnglish,
        ...newsNames,
        ...['fr', 'ru', 'de'].flatMap((language) => namesOf(iso2, language)),
      ];
      return {
        id: stateId(iso2),
        iso2,
        iso3: countries.alpha2ToAlpha3(iso2) ?? iso2,
        isoNumeric: countries.alpha2ToNumeric(iso2) ?? '',
        name,
        aliases: [...new Set(aliases)].filter((alias) => alias !== name),
        wikidataId: CONFIRMED_WIKIDATA[iso2] ?? null,
      };
    });
}

/** Every ISO 3166-1 entry, built once. */
export const STATES: readonly StateRecord[] = buildStates();

const BY_ID = new Map(STATES.map((state) => [state.id, state]));

export function isKnownStateId(id: string): boolean {
  return BY_ID.has(id);
}

/** Names already looked up; emptied when full, since tables may name states in endless spellings. */
const FOUND = new Map<string, StateRecord | undefined>();
const FOUND_LIMIT = 10_000;

/** A state from an ISO 3166-1 alpha-2 or alpha-3 code or an English name or alias; undefined if none matches. */
export function findState(codeOrName: string): StateRecord | undefined {
  if (!FOUND.has(codeOrName)) {
    if (FOUND.size >= FOUND_LIMIT) FOUND.clear();
    FOUND.set(codeOrName, lookUpState(codeOrName));
  }
  return FOUND.get(codeOrName);
}

/** Case, accents, apostrophes, spacing and a leading "the" do not matter. */
function normalName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** English names and aliases, then the news names; the first state to claim a name keeps it. */
function buildNameIndex(): Map<string, string> {
  const index = new Map<string, string>();
  const add = (name: string, iso2: string) => {
    const key = normalName(name);
    if (!index.has(key)) index.set(key, iso2);
  };
  for (const [iso2, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    for (const name of Array.isArray(names) ? names : [names]) add(name, iso2);
  }
  for (const [name, iso2] of Object.entries(NEWS_NAMES)) add(name, iso2);
  return index;
}

const BY_NAME = buildNameIndex();

function lookUpState(codeOrName: string): StateRecord | undefined {
  const text = codeOrName.trim();
  if (text.length > 100) return undefined;
  const iso2 =
    (countries.isValid(text.toUpperCase()) ? countries.toAlpha2(text.toUpperCase()) : undefined) ??
    BY_NAME.get(normalName(text));
  return iso2 ? BY_ID.get(stateId(iso2)) : undefined;
}
