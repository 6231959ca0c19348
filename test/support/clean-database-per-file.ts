import type { Driver } from 'neo4j-driver';
import { brokenInvariants } from './graph-invariants';
import { cleanDatabase, testDriver } from './test-database';

let driver: Driver;

// Each integration test file starts from an empty graph.
beforeAll(async () => {
  driver = testDriver();
  await cleanDatabase(driver);
});

// Whatever a test wrote, the graph keeps its invariants (no orphan claim, one kind per node...).
afterEach(async () => {
  expect(await brokenInvariants(driver)).toEqual({});
});

afterAll(async () => {
  await driver.close();
});
