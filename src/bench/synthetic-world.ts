import { STATES } from '../reference/state-reference';

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same world. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticRow {
  id: string;
  date: string;
  actor: string;
  target: string;
  measure: string;
  count: string;
  responds_to: string;
  source_url: string;
  notes: string;
}

const MEASURES = ['expulsion', 'expulsion', 'expulsion', 'staff_reduction', 'sanction', 'summons'];
const DAY = 86_400_000;

/**
 * A realistic-looking expulsion history of `size` measures: dyads drawn from the states, initial
 * measures answered (mirror, escalation, de-escalation) after days to weeks, counter-answers, and
 * multilateral waves (many states expelling at once, answered in one announcement). About three
 * in four answers say what they answer (responds_to); the rest are left for the inference.
 * Rows come one at a time, so a world of millions is written out without being held; an answer
 * only names rows before it.
 */
export function* syntheticRows(size: number, seed: number): Generator<SyntheticRow> {
  const random = randomSource(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const codes = STATES.map((state) => state.iso2);
  const active = codes.filter(() => random() < 0.4);
  const start = Date.parse('1990-01-01');
  const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
  let serial = 0;
  const row = (fields: Omit<SyntheticRow, 'id' | 'source_url' | 'notes'>): SyntheticRow => {
    serial += 1;
    const id = `syn-${seed}-${serial}`;
    return { ...fields, id, source_url: `https://news.example/${id}`, notes: '' };
  };

  while (serial < size) {
    const day = start + Math.floor(random() * 35 * 365) * DAY;
    if (random() < 0.1) {
      // A wave: several states expel diplomats of one state; it answers them all at once.
      const target = pick(active);
      const members = [
        ...new Set(Array.from({ length: 3 + Math.floor(random() * 12) }, () => pick(active))),
      ].filter((c) => c !== target);
      const wave = members.map((member) =>
        row({
          date: iso(day),
          actor: member,
          target,
          measure: 'expulsion',
          count: String(1 + Math.floor(random() * 5)),
          responds_to: '',
        }),
      );
      const total = wave.reduce((sum, measure) => sum + Number(measure.count), 0);
      const answer = row({
        date: iso(day + (2 + Math.floor(random() * 10)) * DAY),
        actor: target,
        target: members.join(';'),
        measure: 'expulsion',
        count: String(total),
        responds_to: random() < 0.75 ? wave.map((measure) => measure.id).join(';') : '',
      });
      // A cut at `size` keeps the first rows of a wave, never an answer to rows cut off.
      for (const measure of [...wave, answer]) {
        if (Number(measure.id.slice(measure.id.lastIndexOf('-') + 1)) > size) return;
        yield measure;
      }
      continue;
    }
    const [a, b] = [pick(active), pick(active)];
    if (a === b) continue;
    const measure = pick(MEASURES);
    const count = 1 + Math.floor(random() * 30);
    let previous = row({
      date: iso(day),
      actor: a,
      target: b,
      measure,
      count: String(count),
      responds_to: '',
    });
    yield previous;
    let [actor, target, last, when] = [b, a, count, day];
    const rounds = Math.floor(random() * 4);
    for (let round = 0; round < rounds && serial < size; round += 1) {
      when += (1 + Math.floor(random() * 45)) * DAY;
      const factor = pick([1, 1, 1, 1.5, 0.5, 2]);
      last = Math.max(1, Math.round(last * factor));
      previous = row({
        date: iso(when),
        actor,
        target,
        measure: random() < 0.8 ? measure : pick(MEASURES),
        count: String(last),
        responds_to: random() < 0.75 ? previous.id : '',
      });
      yield previous;
      [actor, target] = [target, actor];
    }
  }
}

/** The whole world at once, for small sizes. */
export function syntheticWorld(size: number, seed: number): SyntheticRow[] {
  return [...syntheticRows(size, seed)];
}
