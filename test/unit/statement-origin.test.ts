import { setTimeout as sleep } from 'node:timers/promises';
import { currentOrigin, originMetadata, runWithOrigin } from '../../src/db/statement-origin';

describe('statement origin', () => {
  it('is unset outside any origin, where statements name only the app', () => {
    expect(currentOrigin()).toBeUndefined();
    expect(originMetadata()).toEqual({ app: 'riposte' });
  });

  it('is the object given, so a later step can fill it in', async () => {
    const origin = { requestId: 'r1' };
    await runWithOrigin(origin, async () => {
      await sleep(1);
      currentOrigin()!.operation = 'Events';
    });
    expect(origin).toEqual({ requestId: 'r1', operation: 'Events' });
  });

  it('names only what is known', () => {
    runWithOrigin({ command: 'ingest' }, () => {
      expect(originMetadata()).toEqual({ app: 'riposte', command: 'ingest' });
    });
  });

  it('nests: the inner origin holds inside, the outer one again after', async () => {
    await runWithOrigin({ requestId: 'outer' }, async () => {
      await runWithOrigin({ requestId: 'inner' }, async () => {
        await sleep(1);
        expect(currentOrigin()?.requestId).toBe('inner');
      });
      expect(currentOrigin()?.requestId).toBe('outer');
    });
  });

  it('keeps concurrent requests apart across awaits', async () => {
    const request = (requestId: string, operation: string, delayMs: number) =>
      runWithOrigin({ requestId }, async () => {
        await sleep(delayMs);
        currentOrigin()!.operation = operation;
        await sleep(delayMs);
        return originMetadata();
      });

    const seen = await Promise.all([request('r1', 'Events', 5), request('r2', 'Search', 1)]);

    expect(seen).toEqual([
      { app: 'riposte', requestId: 'r1', operation: 'Events' },
      { app: 'riposte', requestId: 'r2', operation: 'Search' },
    ]);
  });
});
