import { ActorResolver } from './actor/actor.resolver';
import { RoleAuthChecker } from './auth/auth-checker';
import { ChainRepository } from './chains/chain.repository';
import { GraphOutputRepository } from './graph-output/graph-output.repository';
import { GraphOutputResolver } from './graph-output/graph-output.resolver';
import { GraphOutputService } from './graph-output/graph-output.service';
import { ChainResolver } from './chains/chain.resolver';
import type { InferenceConfig } from './config';
import type { Executor } from './db/executor';
import { HistoryImportService } from './history/history-import.service';
import { HistoryRepository } from './history/history.repository';
import { HistoryResolver } from './history/history.resolver';
import { InferenceRepository } from './inference/inference.repository';
import { InferenceResolver } from './inference/inference.resolver';
import { InferenceService } from './inference/inference.service';
import { EditRepository } from './editing/edit.repository';
import { EditResolver } from './editing/edit.resolver';
import { EditService } from './editing/edit.service';
import { EventRepository } from './event/event.repository';
import { EventResolver } from './event/event.resolver';
import { RetaliationLinkResolver } from './event/retaliation-link.resolver';
import { GraphReadRepository } from './graph/graph-read.repository';
import { NodeResolver } from './graph/node.resolver';
import { ResolverContainer } from './graphql/resolver-container';
import { ClaimResolver } from './provenance/claim.resolver';
import { SourceResolver } from './provenance/source.resolver';
import type { ChangePubSub } from './realtime/pubsub';
import { EventChangeResolver, RetaliationChangeResolver } from './realtime/realtime.resolver';
import { IngestService } from './report/ingest.service';
import { ReportRepository } from './report/report.repository';
import { SearchRepository } from './search/search.repository';
import { SearchResolver } from './search/search.resolver';
import { SystemRepository } from './system/system.repository';
import { SystemResolver } from './system/system.resolver';

export interface Composition {
  container: ResolverContainer;
  /** Also serves the HTTP export routes. */
  graphOutput: GraphOutputService;
}

/** Builds every repository, service and resolver (and the auth checker) once, wired to one executor. */
export function compose(executor: Executor, pubSub: ChangePubSub, inference: InferenceConfig): Composition {
  const inferenceRepository = new InferenceRepository(executor);
  const chainRepository = new ChainRepository(executor);
  const graphOutput = new GraphOutputService(new GraphOutputRepository(executor), chainRepository);
  const editRepository = new EditRepository(executor);
  const editService = new EditService(editRepository, new GraphReadRepository(executor), pubSub);
  const container = new ResolverContainer([
    new RoleAuthChecker(),
    new SystemResolver(new SystemRepository(executor)),
    new NodeResolver(),
    new EventResolver(new EventRepository(executor)),
    new RetaliationLinkResolver(),
    new ActorResolver(),
    new SourceResolver(),
    new ClaimResolver(),
    new SearchResolver(new SearchRepository(executor)),
    new EditResolver(editService, new IngestService(new ReportRepository(executor)), editRepository),
    new ChainResolver(chainRepository),
    new GraphOutputResolver(graphOutput),
    new InferenceResolver(new InferenceService(inferenceRepository, inference, pubSub), inferenceRepository),
    new HistoryResolver(new HistoryImportService(new HistoryRepository(executor))),
    new EventChangeResolver(),
    new RetaliationChangeResolver(),
  ]);
  return { container, graphOutput };
}
