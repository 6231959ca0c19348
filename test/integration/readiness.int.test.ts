import { Authenticator } from '../../src/auth/authenticator';
import { loadConfig } from '../../src/config';
import { ChainRepository } from '../../src/chains/chain.repository';
import { ChainService } from '../../src/chains/chain.service';
import { createDriver } from '../../src/db/create-driver';
import { GraphOutputRepository } from '../../src/graph-output/graph-output.repository';
import { GraphOutputService } from '../../src/graph-output/graph-output.service';
import { Neo4jExecutor, type Executor } from '../../src/db/executor';
import { buildDetachedSchema } from '../../src/composition-root';
import { startServer, type RunningServer } from '../../src/http/create-server';
import { createLogger } from '../../src/logger';
import { closedPort } from '../support/closed-port';

describe('/readyz when Neo4j is away', () => {
  let server: RunningServer;
  let executor: Executor;

  beforeAll(async () => {
    const logger = createLogger('silent');
    executor = new Neo4jExecutor(
      createDriver(
        { uri: `bolt://127.0.0.1:${await closedPort()}`, username: 'neo4j', password: 'unused-password' },
        logger,
      ),
      { database: undefined, queryTimeoutMs: 1_000, logger },
    );
    server = await startServer(
      {
        schema: await buildDetachedSchema(),
        executor,
        logger,
        development: false,
        readyTimeoutMs: 500,
        drainTimeoutMs: 100,
        authenticator: new Authenticator(loadConfig({}).auth),
        maxBodyBytes: 10_000,
        graphOutput: new GraphOutputService(
          new GraphOutputRepository(executor),
          new ChainService(new ChainRepository(executor)),
        ),
      },
      '127.0.0.1',
      0,
    );
  });

  afterAll(async () => {
    await server.stop();
    await executor.close();
  });

  it('answers 503 with the reason while /healthz stays 200', async () => {
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'unavailable', reason: expect.any(String) });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
