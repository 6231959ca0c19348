import { readFileSync } from 'node:fs';
import { fromProjectRoot } from '../../src/project-root';
import { checkReportDocument } from '../../src/report/validate-report';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function fixture(): Json {
  return JSON.parse(
    readFileSync(fromProjectRoot('test/fixtures/reports/valid-exchange.json'), 'utf8'),
  ) as Json;
}

async function problemsOf(report: unknown) {
  const result = await checkReportDocument(report);
  return result.ok ? result.problems : result.problems;
}

describe('checking a report document', () => {
  it('accepts the fixture and lists the ids it expects to find in the graph', async () => {
    const result = await checkReportDocument(fixture());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.problems).toEqual([]);
    expect([...result.external.keys()]).toEqual([]);
  });

  it('refuses what is not an object', async () => {
    expect(await problemsOf([1, 2])).toEqual([
      { path: '(document)', message: 'a report must be a JSON object' },
    ]);
  });

  it('names unknown fields and the wrong format version', async () => {
    const report = fixture();
    report['version'] = 2;
    report['events'][0]['colour'] = 'red';
    expect(await problemsOf(report)).toEqual(
      expect.arrayContaining([
        { path: 'version', message: 'version must be 1' },
        { path: 'events[0].colour', message: 'unknown field "colour"' },
      ]),
    );
  });

  it('finds duplicate ids, wrong prefixes and ends of the wrong kind', async () => {
    const report = fixture();
    report['entities'].push({
      id: 'org:fixture-gazette',
      type: 'ORGANIZATION',
      kind: 'OUTLET',
      name: 'Again',
    });
    report['entities'].push({ id: 'org:someone', type: 'PERSON', name: 'Someone' });
    report['relations'].push({ type: 'ACCREDITED_TO', from: 'org:fixture-mfa-fi', to: 'org:fixture-wire' });
    report['events'][0].expelled.push('state:EE');
    expect(await problemsOf(report)).toEqual(
      expect.arrayContaining([
        {
          path: 'entities[5].id',
          message: 'duplicate id "org:fixture-gazette" (first declared at entities[0].id)',
        },
        { path: 'entities[6].id', message: 'the id of an entity of type PERSON must start with "person:"' },
        { path: 'relations[2].to', message: expect.stringContaining('is not a valid end for ACCREDITED_TO') },
        { path: 'events[0].expelled[1]', message: expect.stringContaining('is not a person or group') },
      ]),
    );
  });

  it('requires states to come from the reference and claims to point at declared parts and relations', async () => {
    const report = fixture();
    report['entities'].push({ id: 'state:ZZ', type: 'STATE', name: 'Zedland' });
    report['claims'].push({ subject: 'rel:nowhere', property: 'link', quote: 'q', credibility: 3 });
    report['claims'].push({
      subject: 'event:fixture-fi-expels-four',
      property: 'count',
      quote: 'q',
      credibility: 3,
      part: 'source:fixture-exchange#comment-9',
    });
    expect(await problemsOf(report)).toEqual(
      expect.arrayContaining([
        { path: 'entities[5].type', message: expect.stringContaining('ISO 3166-1 reference') },
        {
          path: 'claims[3].subject',
          message: 'relation "rel:nowhere" must be declared in this report\'s relations',
        },
        { path: 'claims[4].part', message: '"source:fixture-exchange#comment-9" is not one of source.parts' },
      ]),
    );
  });

  it('collects references to undeclared nodes for the database check', async () => {
    const report = fixture();
    report['events'][0].targets.push('person:elsewhere');
    const result = await checkReportDocument(report);
    expect(result.ok && [...result.external.entries()]).toEqual([
      ['person:elsewhere', ['events[0].targets[1]']],
    ]);
  });
});
