import { measureColumns } from '../../src/history/measure-columns';
import { prepareHistory } from '../../src/history/prepare-history';

const row = (id: string, url: string) => ({
  id,
  date: '2023-06-01',
  actor: 'FI',
  target: ['EE'],
  measure: 'expulsion',
  source_url: `https://news.example/${url}`,
});

describe('measureColumns', () => {
  const { prepared } = prepareHistory([
    row('a', 'known'),
    row('b', 'new'),
    row('c', 'known'),
    row('d', 'new'),
  ]);
  const events = prepared!.events;

  it('lists the sources to create first, each once, and points every measure at its own', () => {
    const asked: string[] = [];
    const known = events[0]!.sourceId!;
    const batch = measureColumns(events, (sourceId) => {
      asked.push(sourceId);
      return sourceId !== known;
    });
    expect(asked).toEqual([known, events[1]!.sourceId]);
    expect(batch.sources).toEqual({
      id: [events[1]!.sourceId, known],
      url: ['https://news.example/new', 'https://news.example/known'],
      created: 1,
    });
    expect(batch.measures.source.map((at) => batch.sources.id[at!])).toEqual(
      events.map((event) => event.sourceId),
    );
  });

  it('merges every source unless told which are new', () => {
    const batch = measureColumns(events);
    expect(batch.sources.created).toBe(0);
    expect(batch.measures.source.map((at) => batch.sources.id[at!])).toEqual(
      events.map((event) => event.sourceId),
    );
  });
});
