import { ActorResolver } from '../actor/actor.resolver';
import { ChainResolver } from '../chains/chain.resolver';
import { EditResolver } from '../editing/edit.resolver';
import { EventResolver } from '../event/event.resolver';
import { GraphOutputResolver } from '../graph-output/graph-output.resolver';
import { HistoryResolver } from '../history/history.resolver';
import { InferenceResolver } from '../inference/inference.resolver';
import { RetaliationLinkResolver } from '../event/retaliation-link.resolver';
import { NodeResolver } from '../graph/node.resolver';
import { ClaimResolver } from '../provenance/claim.resolver';
import { SourceResolver } from '../provenance/source.resolver';
import { EventChangeResolver, RetaliationChangeResolver } from '../realtime/realtime.resolver';
import { SearchResolver } from '../search/search.resolver';
import { SystemResolver } from '../system/system.resolver';

/** Every resolver class of the schema; the composition root builds one instance of each. */
export const resolverClasses = [
  SystemResolver,
  NodeResolver,
  EventResolver,
  RetaliationLinkResolver,
  ActorResolver,
  SourceResolver,
  ClaimResolver,
  SearchResolver,
  EditResolver,
  ChainResolver,
  GraphOutputResolver,
  InferenceResolver,
  HistoryResolver,
  EventChangeResolver,
  RetaliationChangeResolver,
] as const;
