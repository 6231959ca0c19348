import type { Driver } from 'neo4j-driver';
import type { RunningApplication } from '../../src/application';
import { startTestApplication } from './test-application';
import { testDriver } from './test-database';

export interface ApplicationAndDriver {
  app: RunningApplication;
  driver: Driver;
}

/**
 * Starts the application (with these settings over the tests' own) and opens a driver of its own
 * before a suite's tests, hands both to `use`, and stops both after the tests.
 */
export function withApplicationAndDriver(
  use: (started: ApplicationAndDriver) => void,
  settings: Record<string, string> = {},
): void {
  let started: ApplicationAndDriver | undefined;
  beforeAll(async () => {
    started = { app: await startTestApplication(settings), driver: testDriver() };
    use(started);
  });
  afterAll(async () => {
    await started?.app.stop();
    await started?.driver.close();
  });
}
