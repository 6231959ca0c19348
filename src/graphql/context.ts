/** Per-request state handed to resolvers. */
export interface GraphQLContext {
  requestId: string;
}
