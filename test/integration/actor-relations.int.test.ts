import type { RunningApplication } from '../../src/application';
import { postGraphQL, startTestApplication } from '../support/test-application';

const RELATIONS = `query($id: ID!, $types: [RelationType!]) {
  actor(id: $id) { relations(types: $types) { type direction role other { id } } }
}`;

describe('Actor.relations', () => {
  let app: RunningApplication;

  beforeAll(async () => {
    app = await startTestApplication();
  });

  afterAll(() => app.stop());

  const relationsOf = async (id: string, types?: string[]) => {
    const { body } = await postGraphQL(app, { query: RELATIONS, variables: { id, types } });
    expect(body.errors).toBeUndefined();
    return (body.data as { actor: { relations: unknown[] } }).actor.relations;
  };

  it('lists every structural relation without types', async () => {
    const relations = await relationsOf('group:six-russian-agents-2022');
    expect(relations).toEqual(
      expect.arrayContaining([
        { type: 'NATIONAL_OF', direction: 'OUT', role: null, other: { id: 'state:RU' } },
        { type: 'MEMBER_OF', direction: 'OUT', role: null, other: { id: 'org:ru-intelligence-services' } },
      ]),
    );
  });

  it('keeps to the types asked for', async () => {
    await expect(relationsOf('group:six-russian-agents-2022', ['MEMBER_OF'])).resolves.toEqual([
      { type: 'MEMBER_OF', direction: 'OUT', role: null, other: { id: 'org:ru-intelligence-services' } },
    ]);
    await expect(relationsOf('org:ru-intelligence-services', ['MEMBER_OF', 'HOLDS_ROLE'])).resolves.toEqual([
      { type: 'MEMBER_OF', direction: 'IN', role: null, other: { id: 'group:six-russian-agents-2022' } },
    ]);
    await expect(relationsOf('person:gerald-darmanin', ['HOLDS_ROLE'])).resolves.toEqual([
      {
        type: 'HOLDS_ROLE',
        direction: 'OUT',
        role: 'Minister of the Interior',
        other: { id: 'org:fr-interior-ministry' },
      },
    ]);
  });

  it('gives nothing for a type an actor does not have, or one that is not structural', async () => {
    await expect(relationsOf('group:six-russian-agents-2022', ['CITES'])).resolves.toEqual([]);
    await expect(relationsOf('group:six-russian-agents-2022', ['RETALIATED_AGAINST'])).resolves.toEqual([]);
    await expect(relationsOf('group:six-russian-agents-2022', [])).resolves.toEqual([]);
  });

  it('refuses a value outside the enum with a located validation error', async () => {
    const { body } = await postGraphQL(app, {
      query: '{ actor(id: "state:FR") { relations(types: [NOT_A_TYPE]) { type } } }',
    });
    expect(body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
