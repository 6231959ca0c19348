import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Router, type Request, type Response } from 'express';
import type { Authenticator } from '../auth/authenticator';
import { grants, Role } from '../auth/role';
import { ChainArgs } from '../chains/chain.args';
import { ForbiddenError, InvalidInputError, NotFoundError, UnauthenticatedError } from '../domain/errors';
import { flattenValidationErrors } from '../domain/problems';
import { EXPORT_FORMATS, exportGraph, isExportFormat } from '../graph-output/formats/graph-formats';
import { SubgraphArgs } from '../graph-output/graph-output.args';
import type { GraphOutputService } from '../graph-output/graph-output.service';
import type { Subgraph } from '../graph-output/subgraph.type';

const list = (value: unknown) => (typeof value === 'string' ? value.split(',').filter(Boolean) : undefined);
const int = (value: unknown) => (typeof value === 'string' && value !== '' ? Number(value) : undefined);

async function checked<T extends object>(type: new () => T, raw: Record<string, unknown>): Promise<T> {
  const args = Object.assign(
    new type(),
    Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined)),
  );
  const problems = flattenValidationErrors(await validate(args, { forbidUnknownValues: true }));
  if (problems.length > 0) throw new InvalidInputError(problems, 'query');
  return plainToInstance(type, args);
}

/**
 * GET /export/subgraph?ids=…&format=… and GET /export/chain/:eventId?format=…: the same graphs as
 * the GraphQL queries, as files in Cytoscape.js JSON, graphology JSON, GraphML or GEXF. Same
 * credentials and roles as GraphQL; errors go to the HTTP error handler.
 */
export function exportRoutes(service: GraphOutputService, authenticator: Authenticator): Router {
  const router = Router();

  const send = async (req: Request, res: Response, name: string, load: () => Promise<Subgraph | null>) => {
    const format = req.query['format'] ?? 'cytoscape';
    if (!isExportFormat(format)) {
      const formats = Object.keys(EXPORT_FORMATS).join(', ');
      throw new InvalidInputError([{ path: 'format', message: `must be one of ${formats}` }], 'query');
    }
    const principal = await authenticator.authenticate({
      authorization: req.get('authorization'),
      apiKey: req.get('x-api-key'),
    });
    if (!principal)
      throw new UnauthenticatedError('Authentication required: send a Bearer token or an X-API-Key');
    if (!grants(principal.roles, Role.READER)) throw new ForbiddenError('This needs the reader role');
    const graph = await load();
    if (!graph) throw new NotFoundError(`Nothing to export: ${req.path} names nothing in the graph`);
    const { contentType, extension } = EXPORT_FORMATS[format];
    res.attachment(`${name}.${extension}`).type(contentType).send(exportGraph(graph, format));
  };

  router.get('/export/subgraph', async (req, res) => {
    const args = await checked(SubgraphArgs, {
      ids: list(req.query['ids']),
      depth: int(req.query['depth']),
      maxNodes: int(req.query['maxNodes']),
      relationTypes: list(req.query['relationTypes']),
      nodeTypes: list(req.query['nodeTypes']),
      from: req.query['from'],
      to: req.query['to'],
    });
    await send(req, res, 'riposte-subgraph', () => service.subgraph(args));
  });

  router.get('/export/chain/:eventId', async (req, res) => {
    const args = await checked(ChainArgs, {
      eventId: req.params['eventId'],
      depth: int(req.query['depth']),
      scope: req.query['scope'],
      maxEvents: int(req.query['maxEvents']),
      maxLinks: int(req.query['maxLinks']),
      includeProposed:
        req.query['includeProposed'] === undefined ? undefined : req.query['includeProposed'] === 'true',
    });
    await send(req, res, 'riposte-chain', () => service.chainGraph(args));
  });

  return router;
}
