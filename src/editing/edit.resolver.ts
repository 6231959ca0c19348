import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Actor } from '../model/actor.type';
import type { Principal } from '../auth/principal';
import { Role, grants } from '../auth/role';
import { Event, RetaliationLink } from '../model/event.type';
import { ConnectionArgs, ConnectionType, asConnection, offsetAfter, toConnection } from '../graph/pagination';
import type { GraphQLContext } from '../graph/request-context';
import { EntityInput } from '../report/entity.input';
import { EventInput } from '../report/event.input';
import type { IngestService } from '../report/ingest.service';
import { ReportInput } from '../report/report.input';
import type { EditRepository } from './edit.repository';
import type { EditService } from './edit.service';
import { MergeActorsArgs, RetaliationLinkInput } from './editing.inputs';
import { IngestOutcome } from './ingest-outcome.type';
import { toMergeAudit } from '../model/merge-audit.mapper';
import { MergeAudit } from '../model/merge-audit.type';
import { InvalidInputError } from '../domain/errors';

export const MergeAuditConnection = ConnectionType(MergeAudit, 'MergeAudit');
export type MergeAuditConnection = InstanceType<typeof MergeAuditConnection>;

/** Resolvers that reach this point passed @Authorized, so a principal is present. */
const who = (context: GraphQLContext): Principal => context.principal as Principal;

@Resolver()
export class EditResolver {
  constructor(
    private readonly edits: EditService,
    private readonly ingest: IngestService,
    private readonly audits: EditRepository,
  ) {}

  @Authorized(Role.EDITOR)
  @Mutation(() => IngestOutcome, {
    description: 'Ingest one report (the ingest format), validated as by the CLI',
  })
  async ingestReport(
    @Arg('report', () => ReportInput) report: ReportInput,
    @Ctx() context: GraphQLContext,
  ): Promise<IngestOutcome> {
    const principal = who(context);
    const submitter = { subject: principal.subject, mayReplaceOthers: grants(principal.roles, Role.ADMIN) };
    const { documents } = await this.ingest.ingest([{ name: 'report', content: report }], { submitter });
    const [outcome] = documents;
    if (!outcome || outcome.status === 'rejected')
      throw new InvalidInputError(outcome?.problems ?? [], 'report');
    if (outcome.status !== 'unchanged') {
      for (const event of report.events) this.edits.announceEvent(event.id, principal);
    }
    return { reportId: report.id, status: outcome.status, ...outcome.writes };
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Actor, {
    description: 'Create an organisation, person or group, or update the fields given',
  })
  saveEntity(@Arg('entity', () => EntityInput) entity: EntityInput): Promise<Actor> {
    return this.edits.saveEntity(entity);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Event, {
    description: 'Create an event, or update the fields given; participants are added',
  })
  saveEvent(
    @Arg('event', () => EventInput) event: EventInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Event> {
    return this.edits.saveEvent(event, who(context));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => RetaliationLink, { description: 'Record that one measure answered another (idempotent)' })
  linkRetaliation(
    @Arg('link', () => RetaliationLinkInput) link: RetaliationLinkInput,
    @Ctx() context: GraphQLContext,
  ): Promise<RetaliationLink> {
    return this.edits.linkRetaliation(link, who(context));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Remove a retaliation link; false when there was none' })
  unlinkRetaliation(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext): Promise<boolean> {
    return this.edits.unlinkRetaliation(id, who(context));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => MergeAudit, {
    description: 'Merge a duplicate actor into another, keeping an audit record',
  })
  mergeActors(
    @Args() { keep, duplicate, reason }: MergeActorsArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<MergeAudit> {
    return this.edits.mergeActors(keep, duplicate, reason, who(context));
  }

  @Authorized(Role.ADMIN)
  @Query(() => MergeAuditConnection, { description: 'Merges done, newest first (admins only)' })
  async mergeAudits(@Args() { first, after }: ConnectionArgs): Promise<MergeAuditConnection> {
    const offset = offsetAfter(after);
    const rows = await this.audits.mergeAudits(offset, first + 1);
    return asConnection(
      MergeAuditConnection,
      toConnection(rows.map(toMergeAudit), offset, first, () => this.audits.countMergeAudits()),
    );
  }
}
