import type { SyntheticRow } from './synthetic-world';

const row = (id: string, actor: string, target: string, respondsTo: string[]): SyntheticRow => ({
  id,
  date: '2024-03-01',
  actor,
  target,
  measure: 'expulsion',
  count: '2',
  responds_to: respondsTo.join(';'),
  source_url: `https://news.example/${id}`,
  notes: '',
});

/**
 * `size` measures on one day, every pair linked, each answering every measure before it: the
 * densest link graph without a cycle, where the paths among a handful of events run to the
 * millions. Ids start with `prefix`.
 */
export function mutuallyLinked(prefix: string, size: number): SyntheticRow[] {
  const ids = Array.from({ length: size }, (_, index) => `${prefix}-${index + 1}`);
  const codes = ['FR', 'DE'];
  return ids.map((id, index) => row(id, codes[index % 2]!, codes[(index + 1) % 2]!, ids.slice(0, index)));
}

/**
 * A multilateral wave: `states` states each expel diplomats of one state in answer to its act; that
 * state answers every member once, each answer answering the whole wave; every member then answers
 * all those answers. Every member answer reaches the act through states² routes.
 */
export function answeredWave(prefix: string, states: readonly string[], target: string): SyntheticRow[] {
  const act = row(`${prefix}-act`, target, states[0]!, []);
  const wave = states.map((code) => row(`${prefix}-wave-${code.toLowerCase()}`, code, target, [act.id]));
  const answers = states.map((code) =>
    row(
      `${prefix}-answer-${code.toLowerCase()}`,
      target,
      code,
      wave.map((measure) => measure.id),
    ),
  );
  const counters = states.map((code) =>
    row(
      `${prefix}-counter-${code.toLowerCase()}`,
      code,
      target,
      answers.map((measure) => measure.id),
    ),
  );
  return [act, ...wave, ...answers, ...counters];
}
