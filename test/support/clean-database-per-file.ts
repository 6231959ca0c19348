import { cleanDatabase, testDriver } from './test-database';

// Each integration test file starts from an empty graph.
beforeAll(async () => {
  const driver = testDriver();
  try {
    await cleanDatabase(driver);
  } finally {
    await driver.close();
  }
});
