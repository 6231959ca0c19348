import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/principal';
import { toEvent, toRetaliationLink } from '../model/event.mapper';
import type { Event, RetaliationLink } from '../model/event.type';
import type { GraphReadRepository, Row } from '../graph/graph-read.repository';
import { prepareEntity, prepareEvent, prepareRelation } from '../report/prepare-rows';
import { toActor } from '../model/actor.mapper';
import type { Actor } from '../model/actor.type';
import type { EntityInput } from '../report/entity.input';
import type { EventInput } from '../report/event.input';
import { ReferenceChecker } from '../report/reference-checker';
import { RelationType } from '../domain/vocabulary';
import type { ChangePubSub } from '../realtime/pubsub';
import { TOPICS } from '../realtime/pubsub';
import { EventChangeKind, RetaliationChangeKind } from '../realtime/change.types';
import { toMergeAudit } from '../model/merge-audit.mapper';
import type { MergeAudit } from '../model/merge-audit.type';
import { MissingNodesError, type EditRepository } from './edit.repository';
import type { RetaliationLinkInput } from './editing.inputs';
import { ConflictError, InvalidInputError, NotFoundError } from '../domain/errors';

function notFound(error: MissingNodesError, paths: Map<string, string[]>): NotFoundError {
  return new NotFoundError(
    `Not in the graph: ${error.missing.join(', ')}`,
    error.missing.flatMap((id) =>
      (paths.get(id) ?? ['(input)']).map((path) => ({ path, message: `"${id}" is not in the graph` })),
    ),
  );
}

/** Analysts' edits: checked like ingest, written in one transaction each, announced to subscribers. */
export class EditService {
  constructor(
    private readonly edits: EditRepository,
    private readonly reads: GraphReadRepository,
    private readonly pubSub: ChangePubSub,
  ) {}

  async saveEntity(input: EntityInput): Promise<Actor> {
    const checker = new ReferenceChecker();
    checker.entity(input, '');
    if (checker.problems.length > 0) throw new InvalidInputError(checker.problems, 'entity');
    await this.edits.saveEntity(prepareEntity(input));
    return toActor(await this.load(input.id));
  }

  async saveEvent(input: EventInput, principal: Principal): Promise<Event> {
    const checker = new ReferenceChecker();
    checker.eventReferences(input, '');
    if (checker.problems.length > 0) throw new InvalidInputError(checker.problems, 'event');
    try {
      await this.edits.saveEvent(prepareEvent(input));
    } catch (error) {
      if (error instanceof MissingNodesError) throw notFound(error, checker.external);
      throw error;
    }
    const saved = toEvent(await this.load(input.id));
    this.announceEvent(input.id, principal, saved);
    return saved;
  }

  async linkRetaliation(input: RetaliationLinkInput, principal: Principal): Promise<RetaliationLink> {
    if (input.from === input.to)
      throw new InvalidInputError([{ path: 'to', message: 'an event cannot answer itself' }], 'link');
    const relation = prepareRelation({ ...input, type: RelationType.RETALIATED_AGAINST });
    try {
      await this.edits.saveRelation(relation);
    } catch (error) {
      if (error instanceof MissingNodesError) {
        throw notFound(
          error,
          new Map([
            [input.from, ['from']],
            [input.to, ['to']],
          ]),
        );
      }
      throw error;
    }
    const link = toRetaliationLink({ ...relation.props, id: relation.id }, input.from, input.to);
    this.announceLink(RetaliationChangeKind.LINKED, link, principal);
    return link;
  }

  /** Idempotent: false when there was no such link. */
  async unlinkRetaliation(id: string, principal: Principal): Promise<boolean> {
    const removed = await this.edits.unlinkRetaliation(id);
    if (!removed) return false;
    const claimedBy = (removed['claimedBy'] as string[] | undefined) ?? [];
    if (claimedBy.length > 0) {
      throw new ConflictError(`Claims are about ${id}`, [
        {
          path: 'id',
          message: `claims of ${claimedBy.join(', ')} are about this link: change those reports instead`,
        },
      ]);
    }
    const link = toRetaliationLink(
      { id, ...removed },
      removed['fromId'] as string,
      removed['toId'] as string,
    );
    this.announceLink(RetaliationChangeKind.UNLINKED, link, principal);
    return true;
  }

  async mergeActors(
    keepId: string,
    duplicateId: string,
    reason: string,
    principal: Principal,
  ): Promise<MergeAudit> {
    if (keepId === duplicateId)
      throw new InvalidInputError([{ path: 'duplicate', message: 'an actor cannot be merged into itself' }]);
    const found = await this.reads.nodes([keepId, duplicateId], false);
    const keep = found.get(keepId);
    const duplicate = found.get(duplicateId);
    const missing = [keep ? null : 'keep', duplicate ? null : 'duplicate'].filter(
      (path): path is string => path !== null,
    );
    if (!keep || !duplicate) {
      throw new NotFoundError(
        `No actor ${missing.join(' and ')}`,
        missing.map((path) => ({ path, message: 'not in the graph' })),
      );
    }
    const keepActor = toActor(keep);
    const duplicateActor = toActor(duplicate);
    if (
      !(keep['labels'] as string[]).includes('Actor') ||
      !(duplicate['labels'] as string[]).includes('Actor')
    ) {
      throw new InvalidInputError([
        { path: 'keep', message: 'only actors (organisations, people, groups) can be merged' },
      ]);
    }
    if ((duplicate['labels'] as string[]).includes('State')) {
      throw new ConflictError(`Cannot merge ${duplicateId} away`, [
        {
          path: 'duplicate',
          message: `"${duplicateId}" is an ISO 3166-1 state: states come from the reference and are never merged`,
        },
      ]);
    }
    if (keepActor.type !== duplicateActor.type) {
      throw new ConflictError(`Cannot merge a ${duplicateActor.type} into a ${keepActor.type}`, [
        {
          path: 'duplicate',
          message: `"${duplicateId}" is a ${duplicateActor.type} and "${keepId}" a ${keepActor.type}: only actors of one type merge`,
        },
      ]);
    }
    const { labels: _labels, ...snapshot } = duplicate;
    const audit = await this.edits.mergeActors({
      keepId,
      duplicateId,
      auditId: `audit:merge-${randomUUID()}`,
      snapshot: JSON.stringify(snapshot),
      reason,
      by: principal.subject,
    });
    return toMergeAudit(audit);
  }

  private async load(id: string): Promise<Row> {
    const row = (await this.reads.nodes([id], false)).get(id);
    if (!row) throw new NotFoundError(`${id} is not in the graph`);
    return row;
  }

  /** With the event as saved when it is at hand, so that subscribers need not read it again. */
  announceEvent(eventId: string, principal: Principal, saved?: Event): void {
    this.pubSub.publish(TOPICS.EVENT_CHANGED, {
      kind: EventChangeKind.SAVED,
      eventId,
      saved,
      by: principal.subject,
      at: new Date().toISOString(),
    });
  }

  private announceLink(kind: RetaliationChangeKind, link: RetaliationLink, principal: Principal): void {
    this.pubSub.publish(TOPICS.RETALIATION_CHANGED, {
      kind,
      linkId: link.id,
      fromId: link.fromId,
      toId: link.toId,
      basis: link.basis ?? null,
      confidence: link.confidence,
      by: principal.subject,
      at: new Date().toISOString(),
    });
  }
}
