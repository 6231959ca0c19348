import type { SyntheticRow } from './synthetic-world';

/** Up to `count` answering measures spread over the world: the events whose chains are measured. */
export function pickAnswers(rows: SyntheticRow[], count: number): string[] {
  const answers = rows.filter((row) => row.responds_to !== '');
  const step = Math.max(1, Math.floor(answers.length / count));
  return answers
    .filter((_, index) => index % step === 0)
    .slice(0, count)
    .map((row) => `event:${row.id}`);
}

/** Up to `count` pairs of states with measures between them, spread over the world. */
export function pickDyads(rows: SyntheticRow[], count: number): Array<[string, string]> {
  const step = Math.max(1, Math.floor(rows.length / count));
  return rows
    .filter((row, index) => index % step === 0 && !row.target.includes(';'))
    .slice(0, count)
    .map((row) => [`state:${row.actor}`, `state:${row.target}`]);
}
