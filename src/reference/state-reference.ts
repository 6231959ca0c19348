import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import de from 'i18n-iso-countries/langs/de.json';

for (const locale of [en, fr, ru, de]) countries.registerLocale(locale);

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
      const aliases = [...otherEnglish, ...['fr', 'ru', 'de'].flatMap((language) => namesOf(iso2, language))];
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

const FOUND = new Map<string, StateRecord | undefined>();

/** A state from an ISO 3166-1 alpha-2 or alpha-3 code or an English name or alias; undefined if none matches. */
export function findState(codeOrName: string): StateRecord | undefined {
  if (!FOUND.has(codeOrName)) FOUND.set(codeOrName, lookUpState(codeOrName));
  return FOUND.get(codeOrName);
}

function lookUpState(codeOrName: string): StateRecord | undefined {
  const text = codeOrName.trim();
  const iso2 =
    (countries.isValid(text.toUpperCase()) ? countries.toAlpha2(text.toUpperCase()) : undefined) ??
    countries.getAlpha2Code(text, 'en');
  return iso2 ? BY_ID.get(stateId(iso2)) : undefined;
}
