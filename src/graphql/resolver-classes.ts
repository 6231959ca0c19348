import { EventResolver } from '../event/event.resolver';
import { SystemResolver } from '../system/system.resolver';

/** Every resolver class of the schema; the composition root builds one instance of each. */
export const resolverClasses = [SystemResolver, EventResolver] as const;
