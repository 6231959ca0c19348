import type { CypherQuery } from '../db/cypher-file';
import { fetchedMap } from './read-cypher';
import type { ReadPlan } from './read-plan';

/**
 * A read statement from cypher/ that translation extends with what the request reads below its
 * nodes. The file marks the one place where that goes:
 * - `column`: its RETURN ends with `{} AS fetched`, the empty map of reads;
 * - `entry`: a line `// @fetched` closes the map projection of each node, to receive `, fetched: {…}`.
 * With nothing to read below, the statement is the file's text as it is.
 */
export class TranslatableRead {
  private static readonly MARKERS = { column: '{} AS fetched', entry: '// @fetched' } as const;

  constructor(
    readonly file: CypherQuery,
    /** The variable that holds each node where the marker stands. */
    private readonly variable: string,
    private readonly slot: 'column' | 'entry',
  ) {
    const marker = TranslatableRead.MARKERS[slot];
    if (file.text.split(marker).length !== 2)
      throw new Error(`cypher/${file.name} must hold "${marker}" exactly once to be translated`);
  }

  /** Statements of plans already translated (plans of a document seen before are reused). */
  private readonly statements = new WeakMap<
    ReadPlan,
    { query: CypherQuery; params: Record<string, unknown> }
  >();

  /** The statement for this plan and the parameters its reads add. */
  statement(plan: ReadPlan): { query: CypherQuery; params: Record<string, unknown> } {
    if (plan.size === 0) return { query: this.file, params: {} };
    const known = this.statements.get(plan);
    if (known) return known;
    const translated = this.translate(plan);
    this.statements.set(plan, translated);
    return translated;
  }

  private translate(plan: ReadPlan): { query: CypherQuery; params: Record<string, unknown> } {
    const { text, params } = fetchedMap(plan, this.variable);
    const marker = TranslatableRead.MARKERS[this.slot];
    const filled = this.slot === 'column' ? `${text} AS fetched` : `, fetched: ${text}`;
    return {
      query: { name: `translated:${this.file.name}`, text: this.file.text.replace(marker, () => filled) },
      params,
    };
  }
}
