import { registerEnumType } from 'type-graphql';
import {
  ActorType,
  ClaimStance,
  EventType,
  ExpulsionForm,
  OrganizationKind,
  RelationType,
  Reliability,
  RetaliationBasis,
  SourceKind,
} from './vocabulary';

registerEnumType(ActorType, { name: 'ActorType' });
registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
registerEnumType(EventType, { name: 'EventType' });
registerEnumType(ExpulsionForm, { name: 'ExpulsionForm' });
registerEnumType(RelationType, { name: 'RelationType' });
registerEnumType(RetaliationBasis, { name: 'RetaliationBasis' });
registerEnumType(Reliability, {
  name: 'Reliability',
  description:
    'Admiralty grade of a source: A completely reliable, B usually, C fairly, D not usually, E unreliable, F cannot be judged',
});
registerEnumType(ClaimStance, { name: 'ClaimStance' });
registerEnumType(SourceKind, { name: 'SourceKind' });
