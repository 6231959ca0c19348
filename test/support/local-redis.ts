import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { Redis } from 'ioredis';
import { closedPort } from './closed-port';

/** Debian's redis-server on a free loopback port, keeping nothing on disk; stopped and started at will. */
export class LocalRedis {
  private server: ChildProcess | undefined;

  private constructor(readonly port: number) {}

  static async start(): Promise<LocalRedis> {
    const redis = new LocalRedis(await closedPort());
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts it again on the same port; resolves once it accepts connections. */
  async start(): Promise<void> {
    const server = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        tmpdir(),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      let output = '';
      server.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) resolve();
      });
      server.once('error', reject);
      server.once('exit', (code) => reject(new Error(`redis-server exited with ${code}:\n${output}`)));
    });
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server || server.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      server.once('exit', () => resolve());
      server.kill('SIGTERM');
    });
  }

  /** How many connections are subscribed to `channel`, as Redis counts them. */
  async subscribers(channel: string): Promise<number> {
    const client = new Redis(this.url, { lazyConnect: true, retryStrategy: () => null });
    try {
      await client.connect();
      const [, count] = (await client.pubsub('NUMSUB', channel)) as [string, number];
      return Number(count);
    } finally {
      client.disconnect();
    }
  }
}
