import { draftedEvents } from '../support/drafted-events';

const drafted = (text: string, published?: string) => draftedEvents(text, published);

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

  it('reads a list led by states’ names: each label acts, a bare count takes the opening line’s measure', () => {
    expect(
      drafted(
        'The following countries announced expulsions of Russian diplomats on Monday:\n- Germany: 40 diplomats\n- Italy: 30',
      ),
    ).toEqual(['EXPULSION DE -> RU n=40 d=2024-05-06', 'EXPULSION IT -> RU n=30 d=2024-05-06']);
    expect(
      drafted(
        'Moscow, May 6 (Interfax) - These countries announced the expulsion of Russian diplomats:\nRomania - one diplomat;\nBulgaria - two diplomats.',
      ),
    ).toEqual(['EXPULSION RO -> RU n=1 d=/2024-05-10', 'EXPULSION BG -> RU n=2 d=/2024-05-10']);
    expect(drafted('LITHUANIA: three diplomats expelled on March 28.\nLATVIA: one diplomat.')).toEqual([
      'EXPULSION LT ->  n=3 d=2024-03-28',
      'EXPULSION LV ->  n=1 d=2024-03-28',
    ]);
  });

  it('gives a follow-up measure naming no state the sides of the measure just before', () => {
    expect(
      drafted(
        'Sweden told five Russian diplomats to leave the country. The ambassador was summoned to the foreign ministry.',
      ),
    ).toEqual(['EXPULSION SE -> RU n=5 d=/2024-05-10', 'SUMMONS SE -> RU n= d=/2024-05-10']);
  });

  it('keeps a name before people or after "declared" out of the subject', () => {
    expect(
      drafted("Norway's government said it had declared 15 Russian embassy officials persona non grata."),
    ).toEqual(['EXPULSION NO -> RU n=15 d=/2024-05-10']);
    expect(
      drafted('Quito declared the Mexican ambassador, Raquel Serur, persona non grata on Thursday.'),
    ).toEqual(['EXPULSION EC -> MX n=1 d=2024-05-09']);
  });

  it('reads the other side answering "in kind", and drafts nothing from a measure denied or refused', () => {
    expect(drafted('Kyiv expelled a Hungarian consul, and Budapest responded in kind.')).toEqual([
      'EXPULSION UA -> HU n=1 d=/2024-05-10',
      'EXPULSION HU -> UA n=1 d=/2024-05-10',
    ]);
    expect(drafted('The Czech foreign ministry denied that it had expelled any Russian diplomats.')).toEqual([
      'STATEMENT CZ ->  n= d=/2024-05-10',
    ]);
    expect(drafted('France says the junta has no authority to expel anyone.')).toEqual([
      'STATEMENT FR ->  n= d=/2024-05-10',
    ]);
  });

  it('reads measures in the passive: closures, recalls, and the one given time to act', () => {
    expect(
      drafted('The consulates general of Iran in Frankfurt and Munich are to be closed, Germany announced.'),
    ).toEqual(['CONSULATE_CLOSURE DE -> IR n= d=/2024-05-10']);
    expect(drafted('Israel recalled its ambassadors to Ireland and Norway on Wednesday.')).toEqual([
      'AMBASSADOR_RECALL IL -> IE,NO n= d=2024-05-08',
    ]);
    expect(
      drafted('The ministry said London has one month to cut the staff of its embassy in Russia.'),
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^STAFF_REDUCTION {1,2}-> GB|^STAFF_REDUCTION RU -> GB/),
      ]),
    );
  });

  it('takes no event date from a dateline, a relative clause or "Sunday\'s election"', () => {
    expect(
      drafted(
        "CARACAS, May 9 - Venezuela ordered out the diplomats of seven states over Sunday's election, which the opposition says it won on May 5.",
      ),
    ).toEqual(['EXPULSION VE ->  n= d=/2024-05-10']);
  });

  it('counts days told against another act: "a day after", "the next day", "two days later"', () => {
    expect(
      drafted(
        'Russia expelled two Estonian diplomats on Thursday, a day after Tallinn expelled two Russians.',
      ),
    ).toEqual(['EXPULSION RU -> EE n=2 d=2024-05-09', 'EXPULSION EE -> RU n=2 d=2024-05-08']);
    expect(
      drafted(
        'Moscow summoned the British ambassador on March 14. The next day, it expelled 23 British diplomats.',
      ),
    ).toEqual(['SUMMONS RU -> GB n= d=2024-03-14', 'EXPULSION RU -> GB n=23 d=2024-03-15']);
    expect(
      drafted(
        'Iran and Azerbaijan expelled each other’s diplomats. Tit-for-tat expulsions between Russia and Moldova continued.',
      ),
    ).toEqual([
      'EXPULSION IR -> AZ n= d=/2024-05-10',
      'EXPULSION AZ -> IR n= d=/2024-05-10',
      'EXPULSION RU -> MD n= d=/2024-05-10',
      'EXPULSION MD -> RU n= d=/2024-05-10',
    ]);
  });

  it('reads "the Foreign Office" as Britain only in an article that names Britain otherwise', () => {
    expect(
      drafted(
        "The Iranian charge d'affaires was summoned to the Foreign Office on Tuesday. Berlin also closed two Iranian consulates.",
      ),
    ).toEqual(['SUMMONS DE -> IR n= d=2024-05-07', 'CONSULATE_CLOSURE DE -> IR n= d=/2024-05-10']);
  });

  it('drafts a bare "said" as a statement unless it explains the speaker’s own measure', () => {
    expect(drafted('Macron said on Monday that the French ambassador would stay in Niamey.')).toEqual([
      'STATEMENT FR ->  n= d=2024-05-06',
    ]);
    expect(
      drafted(
        'Moldova expelled an Estonian diplomat on Monday. The minister said the decision followed many unfriendly acts.',
      ),
    ).toEqual(['EXPULSION MD -> EE n=1 d=2024-05-06']);
  });

  it('drafts lowered relations as an act of its own unless an expulsion carries them out', () => {
    expect(drafted('Latvia will lower the level of its diplomatic relations with Russia.')).toEqual([
      'OTHER LV -> RU n= d=/2024-05-10',
    ]);
    expect(
      drafted(
        'Russia lowered the level of diplomatic relations with Estonia. The Estonian ambassador was told to leave the country.',
      ),
    ).toEqual(['EXPULSION RU -> EE n=1 d=/2024-05-10']);
  });

  it('names the invaded state and the state of a stormed embassy as targets of an attack', () => {
    expect(
      drafted(
        'Russia invaded Ukraine on February 24, 2022. Protesters stormed the British embassy in Tehran in November 2011.',
      ),
    ).toEqual(['ATTACK RU -> UA n= d=2022-02-24', 'ATTACK  -> GB n= d=2011-11']);
  });
});
