import { draftReport } from '../../src/draft/draft-report';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The events drafted from a short article as "TYPE actors -> targets n=count", with " d=date" unless left out. */
export function draftedEvents(text: string, published = '2024-05-10', withDate = true): string[] {
  const states = (ids: string[]) =>
    ids
      .filter((id) => id.startsWith('state:'))
      .map((id) => id.slice(6))
      .join(',');
  return (draftReport(text, { published }).events as Json[]).map(
    (e) =>
      `${e['type']} ${states(e['actors'])} -> ${states(e['targets'])} n=${e['count'] ?? ''}` +
      (withDate ? ` d=${e['date']}` : ''),
  );
}
