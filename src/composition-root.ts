import { ActorResolver } from './actor/actor.resolver';
import { ChainRepository } from './chains/chain.repository';
import { ChainResolver } from './chains/chain.resolver';
import { ChainService } from './chains/chain.service';
import type { InferenceConfig } from './config';
import type { Executor } from './db/executor';
import { DraftResolver } from './draft/draft.resolver';
import { EditRepository } from './editing/edit.repository';
import { EditResolver } from './editing/edit.resolver';
import { EditService } from './editing/edit.service';
import { EventRepository } from './event/event.repository';
import { EventResolver } from './event/event.resolver';
import { RetaliationLinkResolver } from './event/retaliation-link.resolver';
import { GraphReadRepository } from './graph/graph-read.repository';
import { GraphOutputRepository } from './graph-output/graph-output.repository';
import { GraphOutputResolver } from './graph-output/graph-output.resolver';
import { GraphOutputService } from './graph-output/graph-output.service';
import { RoleAuthChecker } from './graphql/auth-checker';
import { buildGraphQLSchema } from './graphql/build-schema';
import { ResolverContainer } from './graphql/resolver-container';
import { HistoryImportService } from './history/history-import.service';
import { HistoryRepository } from './history/history.repository';
import { HistoryResolver } from './history/history.resolver';
import { InferenceRepository } from './inference/inference.repository';
import { InferenceResolver } from './inference/inference.resolver';
import { InferenceRunResolver } from './inference/inference-run.type';
import { InferenceService } from './inference/inference.service';
import { NodeResolver } from './model/node.resolver';
import { ClaimResolver } from './provenance/claim.resolver';
import { SourceResolver } from './provenance/source.resolver';
import type { GraphQLSchema } from 'graphql';
import type { NonEmptyArray } from 'type-graphql';
import { createChangePubSub, type ChangePubSub } from './realtime/pubsub';
import { EventChangeResolver, RetaliationChangeResolver } from './realtime/realtime.resolver';
import { IngestService } from './report/ingest.service';
import { ReportRepository } from './report/report.repository';
import { SearchRepository } from './search/search.repository';
import { SearchResolver } from './search/search.resolver';
import { SystemRepository } from './system/system.repository';
import { SystemResolver } from './system/system.resolver';

/** The services that more than one resolver, or an HTTP route, shares. */
interface Services {
  executor: Executor;
  pubSub: ChangePubSub;
  inference: InferenceConfig;
  chains: ChainService;
  graphOutput: GraphOutputService;
  editRepository: EditRepository;
  inferenceRepository: InferenceRepository;
}

interface Registration<T extends object = object> {
  type: new (...args: never[]) => T;
  build: (services: Services) => T;
}

const register = <T extends object>(
  type: new (...args: never[]) => T,
  build: (services: Services) => T,
): Registration<T> => ({ type, build });

/** Every resolver of the schema and how it is built: the one list. */
const RESOLVERS = [
  register(SystemResolver, (s) => new SystemResolver(new SystemRepository(s.executor))),
  register(NodeResolver, () => new NodeResolver()),
  register(EventResolver, (s) => new EventResolver(new EventRepository(s.executor))),
  register(RetaliationLinkResolver, () => new RetaliationLinkResolver()),
  register(ActorResolver, () => new ActorResolver()),
  register(SourceResolver, () => new SourceResolver()),
  register(ClaimResolver, () => new ClaimResolver()),
  register(SearchResolver, (s) => new SearchResolver(new SearchRepository(s.executor))),
  register(
    EditResolver,
    (s) =>
      new EditResolver(
        new EditService(s.editRepository, new GraphReadRepository(s.executor), s.pubSub),
        new IngestService(new ReportRepository(s.executor)),
        s.editRepository,
      ),
  ),
  register(DraftResolver, () => new DraftResolver()),
  register(ChainResolver, (s) => new ChainResolver(s.chains)),
  register(GraphOutputResolver, (s) => new GraphOutputResolver(s.graphOutput)),
  register(
    InferenceResolver,
    (s) =>
      new InferenceResolver(
        new InferenceService(s.inferenceRepository, s.inference, s.pubSub),
        s.inferenceRepository,
      ),
  ),
  register(InferenceRunResolver, () => new InferenceRunResolver()),
  register(
    HistoryResolver,
    (s) => new HistoryResolver(new HistoryImportService(new HistoryRepository(s.executor))),
  ),
  register(EventChangeResolver, () => new EventChangeResolver()),
  register(RetaliationChangeResolver, () => new RetaliationChangeResolver()),
] as const;

/** The resolver classes of the schema. */
export const resolverClasses: NonEmptyArray<Function> = [
  RESOLVERS[0].type,
  ...RESOLVERS.slice(1).map((registration) => registration.type),
];

/** The schema without a database behind it: enough to print it or to validate documents. */
export function buildDetachedSchema(): Promise<GraphQLSchema> {
  return buildGraphQLSchema(resolverClasses, createChangePubSub());
}

export interface Composition {
  container: ResolverContainer;
  /** Also serves the HTTP export routes. */
  graphOutput: GraphOutputService;
}

/** Builds every repository, service and resolver (and the auth checker) once, wired to one executor. */
export function compose(executor: Executor, pubSub: ChangePubSub, inference: InferenceConfig): Composition {
  const chains = new ChainService(new ChainRepository(executor));
  const services: Services = {
    executor,
    pubSub,
    inference,
    chains,
    graphOutput: new GraphOutputService(new GraphOutputRepository(executor), chains),
    editRepository: new EditRepository(executor),
    inferenceRepository: new InferenceRepository(executor),
  };
  const resolvers = RESOLVERS.map((registration: Registration) => registration.build(services));
  return {
    container: new ResolverContainer([new RoleAuthChecker(), ...resolvers]),
    graphOutput: services.graphOutput,
  };
}
