import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fromProjectRoot } from '../../src/project-root';
import { TEST_API_KEYS } from '../support/test-application';

const QUERY = JSON.stringify({
  query: '{ events(first: 20) { totalCount edges { node { id actors { name } claims { quote } } } } }',
});

describe('SIGTERM under load', () => {
  let child: ChildProcessWithoutNullStreams;

  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('drains the requests in flight and exits cleanly', async () => {
    child = spawn(process.execPath, [fromProjectRoot('dist', 'src', 'index.js')], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: '0',
        LOG_LEVEL: 'info',
        SEED_ON_EMPTY: 'false',
        AUTH_API_KEYS: `load:reader:${TEST_API_KEYS.reader}`,
      },
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /ready at (http:\/\/\S+?)"/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    });

    const statuses: Array<number | string> = [];
    let stopping = false;
    const client = async () => {
      for (let sent = 0; sent < 200; sent += 1) {
        try {
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEYS.reader },
            body: QUERY,
          });
          statuses.push(response.status);
          await response.arrayBuffer();
        } catch (error) {
          statuses.push(((error as Error & { cause?: { code?: string } }).cause?.code ?? 'error') as string);
          if (stopping) return;
        }
      }
    };
    const clients = Array.from({ length: 20 }, client);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    stopping = true;
    child.kill('SIGTERM');
    const exitCode = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    await Promise.all(clients);

    expect(exitCode).toBe(0);
    expect(output).toContain('shutting down: draining requests');
    // Each of the 20 clients had a request in flight or done when SIGTERM came: all were answered.
    const served = statuses.filter((status) => status === 200).length;
    expect(served).toBeGreaterThanOrEqual(20);
    // After the stop, new connections are refused or reset; no request gets a server error.
    expect(statuses.filter((status) => typeof status === 'number' && status >= 500)).toEqual([]);
  }, 120_000);
});
