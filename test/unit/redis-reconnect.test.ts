import { reconnectDelayMs } from '../../src/realtime/redis-connection';

describe('reconnecting to Redis', () => {
  it('backs off from 100 ms, doubling, to at most 5 s, and never gives up', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 100].map(reconnectDelayMs)).toEqual([
      100, 200, 400, 800, 1600, 3200, 5000, 5000,
    ]);
  });
});
