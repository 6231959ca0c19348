import DataLoader from 'dataloader';
import type {
  CorroborationRow,
  Direction,
  GraphReadRepository,
  Neighbour,
  Row,
} from './graph-read.repository';
import { LIST_CAP } from './pagination';

/**
 * Nodes by id, batched. A node a statement already read is answered from memory: priming it makes
 * no promise, so the hundred events of a chain cost nothing when no field reads them by id again.
 */
class NodeLoader {
  private readonly known = new Map<string, Row>();
  private loader: DataLoader<string, Row | null> | undefined;

  constructor(
    private readonly read: (ids: readonly string[]) => Promise<Array<Row | null>>,
    private readonly cache: boolean,
  ) {}

  load(id: string): Promise<Row | null> {
    const row = this.known.get(id);
    if (row) return Promise.resolve(row);
    this.loader ??= new DataLoader(this.read, { cache: this.cache });
    return this.loader.load(id);
  }

  /**
   * As DataLoader's prime: a node known already (primed or loaded) stays as it is; without cache
   * nothing is kept. Once a node has been loaded, primes go to the loader, which knows what it loaded.
   */
  prime(id: string, row: Row): void {
    if (this.loader) this.loader.prime(id, row);
    else if (this.cache && !this.known.has(id)) this.known.set(id, row);
  }
}

/**
 * Per-request batching: every field of every object at one level of a query becomes one Cypher
 * round trip, whatever the number of parents. Built anew for each request, so nothing is cached
 * across requests or users; each loader is made when a field first needs it.
 */
export class GraphLoaders {
  private readonly neighbourLoaders = new Map<string, DataLoader<string, Neighbour[]>>();
  readonly nodes: NodeLoader;
  private readonly claimLoaders = new Map<number, DataLoader<string, Array<Neighbour & { source: Row }>>>();
  private corroborationLoader: DataLoader<string, CorroborationRow> | undefined;

  private readonly options: { cache: boolean };

  /** Without cache (subscriptions, which live long), loaders only batch. */
  constructor(
    private readonly repository: GraphReadRepository,
    /** Merge audits are shown to admins only. */
    readonly admin: boolean,
    cache = true,
  ) {
    this.options = { cache };
    this.nodes = new NodeLoader(async (ids) => {
      const found = await repository.nodes(ids, admin);
      return ids.map((id) => found.get(id) ?? null);
    }, cache);
  }

  get corroboration(): DataLoader<string, CorroborationRow> {
    this.corroborationLoader ??= new DataLoader(async (ids) => {
      const found = await this.repository.corroboration(ids);
      return ids.map((id) => found.get(id) ?? { sources: 0, voices: 0, originCount: 0, origins: [] });
    }, this.options);
    return this.corroborationLoader;
  }

  /** At most `limit` claims about the subject; one loader (one round trip) per limit asked. */
  claims(id: string, limit: number = LIST_CAP): Promise<Array<Neighbour & { source: Row }>> {
    return this.claimLoader(limit).load(id);
  }

  /** At most `limit` neighbours; one loader (one round trip) per direction, type and limit. */
  neighbours(direction: Direction, type: string, id: string, limit: number = LIST_CAP): Promise<Neighbour[]> {
    return this.neighbourLoader(direction, type, limit).load(id);
  }

  /** A node already read (by a translated statement): later loads of it send nothing. */
  primeNode(row: Row): void {
    const labels = row['labels'] as string[];
    if (this.admin || !labels.includes('MergeAudit')) this.nodes.prime(row['id'] as string, row);
  }

  /** Claims already read as `claims(id, limit)` would read them. */
  primeClaims(id: string, limit: number, claims: Array<Neighbour & { source: Row }>): void {
    this.claimLoader(limit).prime(id, claims);
  }

  /** Neighbours already read as `neighbours(direction, type, id, limit)` would read them, with their nodes. */
  primeNeighbours(
    direction: Direction,
    type: string,
    id: string,
    limit: number,
    neighbours: Neighbour[],
  ): void {
    this.neighbourLoader(direction, type, limit).prime(id, neighbours);
    this.primeNodes(neighbours);
  }

  private claimLoader(limit: number): DataLoader<string, Array<Neighbour & { source: Row }>> {
    let loader = this.claimLoaders.get(limit);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const found = await this.repository.claimsAbout(ids, limit);
        return ids.map((each) => found.get(each) ?? []);
      }, this.options);
      this.claimLoaders.set(limit, loader);
    }
    return loader;
  }

  private neighbourLoader(
    direction: Direction,
    type: string,
    limit: number,
  ): DataLoader<string, Neighbour[]> {
    const key = `${direction}:${type}:${limit}`;
    let loader = this.neighbourLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const found = await this.repository.neighbours(direction, type, ids, limit);
        for (const neighbours of found.values()) this.primeNodes(neighbours);
        return ids.map((each) => found.get(each) ?? []);
      }, this.options);
      this.neighbourLoaders.set(key, loader);
    }
    return loader;
  }

  /**
   * Neighbours come with their properties: later reads of the same nodes by id (a link's `to`,
   * say) are answered from them instead of another round trip. Merge audits stay admin-only.
   */
  private primeNodes(neighbours: Neighbour[]): void {
    for (const { node } of neighbours) this.primeNode(node);
  }
}
