import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import { EventType } from '../../src/domain/vocabulary';
import { datesOverlap } from '../../src/draft/merge-events';
import { fromProjectRoot } from '../../src/project-root';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/*
 * The shape of the evaluation's articles (test/fixtures/articles/README.md): a mistake here would
 * silently change the measured figures, so each expected file is checked against its article.
 */

const ARTICLES = fromProjectRoot('test/fixtures/articles');
const TYPES = new Set<string>(Object.values(EventType));

describe.each(['development', 'held-out'])('the %s articles', (folder) => {
  const dir = join(ARTICLES, folder);
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -'.txt'.length))
    .sort();

  it.each(names)('%s: its expected events fit its text', (name) => {
    const file = join(dir, `${name}.expected.json`);
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
    const expected = JSON.parse(readFileSync(file, 'utf8')) as Json;
    const published = expected['published'] as string;
    expect(published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const events = expected['events'] as Json[];
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      const where = `${name}: ${JSON.stringify(event).slice(0, 120)}`;
      expect({ where, type: TYPES.has(event['type']) }).toEqual({ where, type: true });
      for (const code of [...event['actors'], ...event['targets']] as string[])
        expect({ where, code, valid: countries.isValid(code) }).toEqual({ where, code, valid: true });
      // News never dates a past event after its own publication.
      expect({ where, beforePublication: datesOverlap(event['date'], `/${published}`) }).toEqual({
        where,
        beforePublication: true,
      });
      if (event['quote'] !== undefined)
        expect({ where, quoted: text.includes(event['quote']) }).toEqual({ where, quoted: true });
    }
    for (const link of (expected['retaliations'] ?? []) as Json[]) {
      expect(events[link['from']]).toBeDefined();
      expect(events[link['to']]).toBeDefined();
      expect(link['from']).not.toBe(link['to']);
    }
  });
});
