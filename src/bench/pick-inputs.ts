import { historyFileTable } from '../history/read-history-file';
import type { SyntheticRow } from './synthetic-world';

type PickedColumns = Pick<SyntheticRow, 'id' | 'actor' | 'target' | 'responds_to'>;

/** Up to `count` answering measures spread over the world: the events whose chains are measured. */
export function pickAnswers(rows: PickedColumns[], count: number): string[] {
  const answers = rows.filter((row) => row.responds_to !== '');
  const step = Math.max(1, Math.floor(answers.length / count));
  return answers
    .filter((_, index) => index % step === 0)
    .slice(0, count)
    .map((row) => `event:${row.id}`);
}

/** Up to `count` pairs of states with measures between them, spread over the world. */
export function pickDyads(rows: PickedColumns[], count: number): Array<[string, string]> {
  const step = Math.max(1, Math.floor(rows.length / count));
  return rows
    .filter((row, index) => index % step === 0 && !row.target.includes(';'))
    .slice(0, count)
    .map((row) => [`state:${row.actor}`, `state:${row.target}`]);
}

/** The chain and dyad inputs of a world's table file, read as a stream: only the columns they need are kept. */
export async function pickInputs(file: string): Promise<[string[], Array<[string, string]>]> {
  const rows: PickedColumns[] = [];
  for await (const chunk of historyFileTable(file).chunks()) {
    for (const { id, actor, target, responds_to } of chunk as unknown as SyntheticRow[])
      rows.push({ id, actor, target, responds_to: responds_to === '' ? '' : '-' });
  }
  return [pickAnswers(rows, 300), pickDyads(rows, 150)];
}
