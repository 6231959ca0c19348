import autocannon from 'autocannon';
import { summarize, type LatencySummary } from './latency';

export interface ThroughputResult {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latency: LatencySummary;
  /** Failed connections, timeouts and answers other than 2xx. */
  errors: number;
  /**
   * CPU time of this process (server and load clients alike) per request answered: less sensitive
   * than the rate to other work on a shared machine (absent from results written before it was measured).
   */
  cpuMillisecondsPerRequest?: number | null;
}

/**
 * `connections` clients sending one POST body again and again for `seconds` (autocannon), with
 * percentiles from every response time (autocannon's own histogram has no p95).
 */
export async function measureThroughput(
  url: string,
  body: string,
  options: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<ThroughputResult> {
  const times: number[] = [];
  const cpuBefore = process.cpuUsage();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        body,
        connections: options.connections,
        duration: options.seconds,
      },
      (error: unknown, finished: autocannon.Result) => (error ? reject(error as Error) : resolve(finished)),
    );
    run.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  const cpu = process.cpuUsage(cpuBefore);
  return {
    connections: options.connections,
    seconds: options.seconds,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.total / options.seconds),
    latency: summarize(times),
    errors: result.errors + result.timeouts + result.non2xx,
    cpuMillisecondsPerRequest:
      result.requests.total === 0
        ? null
        : Math.round(((cpu.user + cpu.system) / 1000 / result.requests.total) * 100) / 100,
  };
}
