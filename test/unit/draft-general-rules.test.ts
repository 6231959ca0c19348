import { draftReport } from '../../src/draft/draft-report';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The events of a one-paragraph article as "TYPE actors -> targets n=count d=date". */
function drafted(text: string, published = '2024-05-10'): string[] {
  const states = (ids: string[]) =>
    ids
      .filter((id) => id.startsWith('state:'))
      .map((id) => id.slice(6))
      .join(',');
  return (draftReport(text, { published }).events as Json[]).map(
    (e) =>
      `${e['type']} ${states(e['actors'])} -> ${states(e['targets'])} n=${e['count'] ?? ''} d=${e['date']}`,
  );
}

/* Sentences written for these tests, in wordings no fixture article has. */
describe('draft rules beyond the fixture wordings', () => {
  it('reads a leader named alone as the state', () => {
    expect(drafted('Putin ordered the expulsion of 23 British diplomats on Saturday.')).toEqual([
      'EXPULSION RU -> GB n=23 d=2024-05-04',
    ]);
  });

  it('counts dozens and keeps a weekday after a capitalised name', () => {
    expect(drafted('Half a dozen Venezuelan diplomats were expelled from Peru on Monday.')).toEqual([
      'EXPULSION PE -> VE n=6 d=2024-05-06',
    ]);
    expect(drafted('Nairobi ordered a dozen Ugandan diplomats to leave within 48 hours.')).toEqual([
      'EXPULSION KE -> UG n=12 d=/2024-05-10',
    ]);
  });

  it('reads the impersonal passive of translated agency copy, with the state of the people expelled as target', () => {
    expect(
      drafted(
        'A decision has been taken to expel two diplomats of the Republic of Bulgaria, the Russian Foreign Ministry reported.',
      ),
    ).toEqual(['EXPULSION RU -> BG n=2 d=/2024-05-10']);
    expect(
      drafted(
        'It was decided to declare persona non grata three employees of the Embassy of the Kingdom of the Netherlands in Moscow.',
      ),
    ).toEqual(['EXPULSION RU -> NL n=3 d=/2024-05-10']);
  });

  it('takes the government seated in a capital and the names after "with" as no subject', () => {
    expect(drafted('The junta in Bamako told the French ambassador to leave within 72 hours.')).toEqual([
      'EXPULSION ML -> FR n=1 d=/2024-05-10',
    ]);
    expect(
      drafted(
        'The United Arab Emirates downgraded relations with Iran and recalled its ambassador from Tehran.',
      ),
    ).toEqual(['AMBASSADOR_RECALL AE -> IR n= d=/2024-05-10']);
  });

  it('gives a ministry speaking in the first person its unattributed measures', () => {
    expect(
      drafted(
        "The Ministry of Foreign Affairs of the Republic of Lithuania announces the following. Today the Chargé d'Affaires of Belarus was handed a note declaring two Belarusian diplomats persona non grata. We call on Minsk to stop its hostile actions.",
      ),
    ).toContain('EXPULSION LT -> BY n=2 d=2024-05-10');
  });

  it('drafts nothing from what a correction notice says an earlier version wrongly stated', () => {
    expect(
      drafted(
        'Correction: An earlier version of this story said Norway expelled 15 Russian diplomats. Norway expelled 12 Russian embassy staff on Thursday.',
      ),
    ).toEqual(['EXPULSION NO -> RU n=12 d=2024-05-09']);
  });
});
