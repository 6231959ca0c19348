import { STATES, findState } from '../../src/reference/state-reference';

/** The names news and datasets write, with the state each means. */
const NEWS_NAMES: Array<[string, string]> = [
  ['Moldova', 'MD'],
  ['Macedonia', 'MK'],
  ['North Macedonia', 'MK'],
  ['Czechia', 'CZ'],
  ['Czech Republic', 'CZ'],
  ['the Czech Republic', 'CZ'],
  ['Russia', 'RU'],
  ['Iran', 'IR'],
  ['Syria', 'SY'],
  ['Vietnam', 'VN'],
  ['Laos', 'LA'],
  ['Bolivia', 'BO'],
  ['Venezuela', 'VE'],
  ['Tanzania', 'TZ'],
  ['North Korea', 'KP'],
  ['South Korea', 'KR'],
  ['Taiwan', 'TW'],
  ['the Vatican', 'VA'],
  ['Vatican City', 'VA'],
  ['Holy See', 'VA'],
  ['Ivory Coast', 'CI'],
  ["Côte d'Ivoire", 'CI'],
  ['Cote d’Ivoire', 'CI'],
  ['Cape Verde', 'CV'],
  ['Cabo Verde', 'CV'],
  ['Swaziland', 'SZ'],
  ['Eswatini', 'SZ'],
  ['Burma', 'MM'],
  ['Myanmar', 'MM'],
  ['Turkey', 'TR'],
  ['Türkiye', 'TR'],
  ['Turkiye', 'TR'],
  ['UK', 'GB'],
  ['the UK', 'GB'],
  ['United Kingdom', 'GB'],
  ['the United Kingdom', 'GB'],
  ['Britain', 'GB'],
  ['Great Britain', 'GB'],
  ['US', 'US'],
  ['the US', 'US'],
  ['the U.S.', 'US'],
  ['USA', 'US'],
  ['the United States', 'US'],
  ['America', 'US'],
  ['  moldova ', 'MD'],
];

describe('state names as the news writes them', () => {
  it.each(NEWS_NAMES)('finds %p as %s', (name, iso2) => {
    expect(findState(name)?.iso2).toBe(iso2);
  });

  it('keeps the news names as aliases, so that search finds them', () => {
    const aliases = (iso2: string) => STATES.find((state) => state.iso2 === iso2)?.aliases;
    expect(aliases('MD')).toEqual(expect.arrayContaining(['Moldova']));
    expect(aliases('MK')).toEqual(expect.arrayContaining(['Macedonia', 'North Macedonia']));
    expect(aliases('GB')).toEqual(expect.arrayContaining(['Britain', 'UK']));
  });

  it('still finds nothing for a name that is not a state', () => {
    expect(findState('Narnia')).toBeUndefined();
    expect(findState('Korea')).toBeUndefined();
    expect(findState('x'.repeat(5000))).toBeUndefined();
  });
});
