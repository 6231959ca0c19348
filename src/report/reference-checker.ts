import { isKnownStateId } from '../reference/state-reference';
import type { EntityInput } from './entity.input';
import type { EventInput } from './event.input';
import { ACTOR_KINDS, PEOPLE_KINDS, RELATION_ENDS, idKind } from '../domain/id-kinds';
import type { RelationInput } from './relation.input';
import type { Problem } from '../domain/problems';
import { ActorType, ID_PREFIX, RelationType } from '../domain/vocabulary';

const at = (path: string, field: string) => (path ? `${path}.${field}` : field);

/**
 * Collects what class-validator cannot see about ids: duplicates, prefixes, the kinds at each end
 * of a reference, and references to ids not declared alongside (they must be in the graph).
 */
export class ReferenceChecker {
  readonly problems: Problem[] = [];
  readonly external = new Map<string, string[]>();
  private readonly declared = new Map<string, string>();

  declare(id: string, path: string): void {
    const first = this.declared.get(id);
    if (first) this.problems.push({ path, message: `duplicate id "${id}" (first declared at ${first})` });
    else this.declared.set(id, path);
  }

  isDeclared(id: string): boolean {
    return this.declared.has(id);
  }

  refer(id: string, path: string, kinds: readonly string[], what: string): void {
    if (!kinds.includes(idKind(id))) {
      const expected = kinds.map((kind) => `${kind}:`).join(' or ');
      this.problems.push({
        path,
        message: `"${id}" is not ${what} (expected an id starting with ${expected})`,
      });
    } else if (idKind(id) === 'state') {
      if (!isKnownStateId(id))
        this.problems.push({ path, message: `"${id}" is not an ISO 3166-1 alpha-2 state code` });
    } else if (!this.declared.has(id)) {
      this.external.set(id, [...(this.external.get(id) ?? []), path]);
    }
  }

  entity(entity: EntityInput, path: string): void {
    if (entity.type === ActorType.STATE) {
      this.problems.push({
        path: at(path, 'type'),
        message:
          'states come from the ISO 3166-1 reference: refer to them as state:XX instead of declaring them',
      });
    } else if (idKind(entity.id) !== ID_PREFIX[entity.type]) {
      this.problems.push({
        path: at(path, 'id'),
        message: `the id of an entity of type ${entity.type} must start with "${ID_PREFIX[entity.type]}:"`,
      });
    }
  }

  eventReferences(event: EventInput, path: string): void {
    // A source may name no perpetrator (an alleged poisoning), but an event without any party says nothing.
    if (event.actors.length === 0 && event.targets.length === 0) {
      this.problems.push({ path: at(path, 'actors'), message: 'an event needs an actor or a target' });
    }
    event.actors.forEach((id, j) => this.refer(id, at(path, `actors[${j}]`), ACTOR_KINDS, 'an actor'));
    event.targets.forEach((id, j) => this.refer(id, at(path, `targets[${j}]`), ACTOR_KINDS, 'an actor'));
    event.expelled?.forEach((id, j) =>
      this.refer(id, at(path, `expelled[${j}]`), PEOPLE_KINDS, 'a person or group'),
    );
  }

  relation(relation: RelationInput, path: string): void {
    const ends = RELATION_ENDS[relation.type];
    this.refer(relation.from, at(path, 'from'), ends.from, `a valid start for ${relation.type}`);
    this.refer(relation.to, at(path, 'to'), ends.to, `a valid end for ${relation.type}`);
    if (relation.from === relation.to) {
      this.problems.push({ path: path || '(input)', message: 'a relation cannot link a node to itself' });
    }
    if (
      relation.type !== RelationType.RETALIATED_AGAINST &&
      (relation.basis !== undefined || relation.confidence !== undefined)
    ) {
      this.problems.push({
        path: path || '(input)',
        message: 'basis and confidence belong to RETALIATED_AGAINST only',
      });
    }
  }
}
