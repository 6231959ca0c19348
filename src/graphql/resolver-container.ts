import type { ContainerType } from 'type-graphql';

/** Hands type-graphql the instances built in the composition root (resolvers, auth checker), with their dependencies. */
export class ResolverContainer implements ContainerType {
  private readonly instances = new Map<Function, object>();

  constructor(resolvers: object[]) {
    for (const resolver of resolvers) this.instances.set(resolver.constructor, resolver);
  }

  get(someClass: Function): object {
    const instance = this.instances.get(someClass);
    if (!instance) throw new Error(`No instance registered for resolver ${someClass.name}`);
    return instance;
  }
}
