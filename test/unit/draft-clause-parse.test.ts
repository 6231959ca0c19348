import { parseVerbs } from '../../src/draft/clause-parse';
import { measuresOf } from '../../src/draft/clause-measures';
import { draftedEvents } from '../support/drafted-events';

const drafted = (text: string, published?: string) => draftedEvents(text, published, false);

/* Sentences written for these tests, in structures no fixture article has. */
describe('the clause parse of a measure', () => {
  it('reads the lemma, voice and negation of a verb in any tense', () => {
    const verbs = parseVerbs(
      'Four Russian diplomats were also expelled from Austria, which did not summon anyone.',
    );
    expect(verbs.map((v) => [v.lemma, v.passive, v.negative])).toEqual([
      ['expel', true, false],
      ['summon', false, true],
    ]);
    expect(
      measuresOf(
        'Rwanda may recall its ambassador from Kinshasa.',
        parseVerbs('Rwanda may recall its ambassador from Kinshasa.'),
      ),
    ).toMatchObject([{ type: 'AMBASSADOR_RECALL', happened: false }]);
  });

  it('finds measures by the lemma the wordings lack', () => {
    expect(drafted('Chile deported two Venezuelan officials, the government said.')).toEqual([
      'EXPULSION CL -> VE n=2',
    ]);
    expect(drafted('Two Venezuelan officials were deported by Chile.')).toEqual(['EXPULSION CL -> VE n=2']);
    expect(
      drafted('Sweden, responding to the spy case, ousted three Russian diplomats on Thursday.'),
    ).toEqual(['EXPULSION SE -> RU n=3']);
  });

  it('takes the "by" agent of a passive as actor and its subject as target', () => {
    expect(
      drafted('On Friday, three Russian diplomats were formally expelled by the Norwegian government.'),
    ).toEqual(['EXPULSION NO -> RU n=3']);
    expect(drafted('Its ambassador to Burundi was recalled by Kenya on Monday.')).toEqual([
      'AMBASSADOR_RECALL KE -> BI n=',
    ]);
    expect(
      drafted('The Dutch ambassador to Iran has been recalled for consultations, The Hague said.'),
    ).toEqual(['AMBASSADOR_RECALL NL -> IR n=']);
  });

  it('reads a fronted "by decision of" as the agent, and the host of envoys expelled in the passive as actor', () => {
    expect(
      drafted(
        'By decision of the Government of Slovakia, three employees of the Russian embassy are expelled.',
      ),
    ).toEqual(['EXPULSION SK -> RU n=3']);
    expect(
      drafted("Argentina's ambassador in Caracas was expelled along with those of six other countries."),
    ).toEqual(['EXPULSION VE -> AR n=1']);
  });

  it('reads the whole list of a subject, and the host of an envoy summoned in the passive as actor', () => {
    expect(drafted('The UAE, Bahrain and Saudi Arabia recalled their envoys from Doha.')).toEqual([
      'AMBASSADOR_RECALL AE,BH,SA -> QA n=',
    ]);
    expect(drafted('The Chinese ambassador in Hanoi was summoned over the sinking.')).toEqual([
      'SUMMONS VN -> CN n=',
    ]);
  });

  it('reads the sides of a nominalisation from its owner, its "of" and its "by"', () => {
    expect(drafted("Ottawa's expulsion of six Indian diplomats angered New Delhi.")).toEqual([
      'EXPULSION CA -> IN n=6',
    ]);
    expect(drafted('The expulsion of two Iranian diplomats by Albania was condemned by Tehran.')).toEqual([
      'EXPULSION AL -> IR n=2',
    ]);
  });

  it('gives a second verb after "and" the first one\'s subject, never the name after a preposition', () => {
    expect(drafted('Bolivia severed ties with Israel and recalled its ambassador.')).toEqual([
      'AMBASSADOR_RECALL BO -> IL n=',
    ]);
    expect(
      drafted("Lithuania expelled two Belarusian diplomats and summoned the Belarusian charge d'affaires."),
    ).toEqual(['EXPULSION LT -> BY n=2', 'SUMMONS LT -> BY n=']);
    expect(drafted('Nigeria is to shut its embassy in Niger.')).toEqual(['CONSULATE_CLOSURE NG -> NE n=']);
  });

  it('takes the government seated in a capital after "by" as agent, and the subject before a relative clause as actor', () => {
    expect(drafted('The French ambassador was expelled by the junta in Bamako.')).toEqual([
      'EXPULSION ML -> FR n=1',
    ]);
    expect(
      drafted('Moscow said that Riga, which had closed the consulate, recalled its ambassador.'),
    ).toEqual(['CONSULATE_CLOSURE LV ->  n=', 'AMBASSADOR_RECALL LV ->  n=']);
  });

  it('reads a measure ordered by its complement, the one deciding it, and the one reporting a passive with no agent', () => {
    expect(drafted('The Chinese consulate in Houston was ordered closed by Washington.')).toEqual([
      'CONSULATE_CLOSURE US -> CN n=',
    ]);
    expect(drafted('Tokyo has instructed its ambassador in Seoul to return home temporarily.')).toEqual([
      'AMBASSADOR_RECALL JP -> KR n=',
    ]);
    expect(
      drafted(
        'The decision to expel the Swedish diplomat was taken by the Iranian side in response to the actions of Stockholm.',
      ),
    ).toEqual(['EXPULSION IR -> SE n=']);
    expect(drafted('The Russian consulate in Turku will be closed, the Finnish government said.')).toEqual([
      'CONSULATE_CLOSURE FI -> RU n=',
    ]);
  });

  it('gives a measure whose subject names no state to the state of the one quoted, who is no target', () => {
    expect(drafted('"We have expelled three Russian diplomats," the Irish foreign minister said.')).toEqual([
      'EXPULSION IE -> RU n=3',
    ]);
    expect(
      drafted("The Baltic state expelled the Russian charge d'affaires, Estonia's foreign ministry said."),
    ).toEqual(['EXPULSION EE -> RU n=1']);
  });

  it('drafts a measure refused, or said not to be taken, as a statement of its subject', () => {
    expect(drafted('Denmark refused to expel the Russian ambassador.')).toEqual(['STATEMENT DK ->  n=']);
    expect(drafted('Sweden did not summon the Chinese ambassador, the ministry said.')).toEqual([
      'STATEMENT SE ->  n=',
    ]);
    expect(drafted('Turkey might expel the ten Western ambassadors, Erdogan warned.')).toEqual([
      'STATEMENT TR ->  n=',
    ]);
  });

  it('drafts no measure that is negated, only possible, or denied by its subject', () => {
    expect(drafted('Rwanda may recall its ambassador from Kinshasa.')).toEqual([]);
    expect(drafted('Neither Sweden nor Norway has expelled any Russian diplomats this year.')).toEqual([]);
    expect(
      drafted('The Czech Republic has not yet decided whether to expel more Russian diplomats.'),
    ).toEqual([]);
  });
});
