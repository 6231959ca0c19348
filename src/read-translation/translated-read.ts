import type { CypherQuery } from '../db/cypher-file';
import { fetchedMap, nodeProperties } from './read-cypher';
import type { ReadPlan } from './read-plan';

/**
 * A read statement from cypher/ that translation extends with what the request reads below its
 * nodes. The file marks the one place where that goes:
 * - `column`: its RETURN ends with `{} AS fetched`, the empty map of reads;
 * - `entry`: a line `// @fetched` closes the map projection of each node, to receive `, fetched: {…}`.
 * With `narrowsRow`, the node's own row, `variable {.*, labels: labels(variable)}` in the file,
 * carries only the properties the plan names too. With nothing to read below and nothing to
 * narrow, the statement is the file's text as it is.
 */
export class TranslatableRead {
  private static readonly MARKERS = { column: '{} AS fetched', entry: '// @fetched' } as const;

  private readonly wholeRow: string;

  constructor(
    readonly file: CypherQuery,
    /** The variable that holds each node where the marker stands. */
    private readonly variable: string,
    private readonly slot: 'column' | 'entry',
    private readonly options: { narrowsRow?: boolean } = {},
  ) {
    const marker = TranslatableRead.MARKERS[slot];
    if (file.text.split(marker).length !== 2)
      throw new Error(`cypher/${file.name} must hold "${marker}" exactly once to be translated`);
    this.wholeRow = nodeProperties(variable, null);
    if (options.narrowsRow && file.text.split(this.wholeRow).length !== 2)
      throw new Error(`cypher/${file.name} must hold "${this.wholeRow}" exactly once to be narrowed`);
  }

  /** Statements of plans already translated (plans of a document seen before are reused). */
  private readonly statements = new WeakMap<
    ReadPlan,
    { query: CypherQuery; params: Record<string, unknown> }
  >();

  /** The statement for this plan and the parameters its reads add. */
  statement(plan: ReadPlan): { query: CypherQuery; params: Record<string, unknown> } {
    const narrows = this.options.narrowsRow === true && plan.properties !== null;
    if (plan.reads.size === 0 && !narrows) return { query: this.file, params: {} };
    const known = this.statements.get(plan);
    if (known) return known;
    const translated = this.translate(plan, narrows);
    this.statements.set(plan, translated);
    return translated;
  }

  private translate(
    plan: ReadPlan,
    narrows: boolean,
  ): { query: CypherQuery; params: Record<string, unknown> } {
    const { text, params } = fetchedMap(plan.reads, this.variable, plan.properties);
    const marker = TranslatableRead.MARKERS[this.slot];
    const filled = this.slot === 'column' ? `${text} AS fetched` : `, fetched: ${text}`;
    let translated = this.file.text.replace(marker, () => filled);
    if (narrows)
      translated = translated.replace(this.wholeRow, () =>
        nodeProperties(this.variable, plan.properties?.node ?? null),
      );
    return { query: { name: `translated:${this.file.name}`, text: translated }, params };
  }
}
