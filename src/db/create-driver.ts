import neo4j, { type Driver } from 'neo4j-driver';
import type { Logger } from '../logger';

export interface DriverSettings {
  uri: string;
  username: string;
  password: string;
}

export function createDriver(settings: DriverSettings, logger: Logger): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    // Counts and years fit a double: numbers come back as numbers, with no Integer objects to convert.
    disableLosslessIntegers: true,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    logging: {
      level: 'warn',
      logger: (level, message) => logger[level === 'error' ? 'error' : 'warn']({ neo4j: true }, message),
    },
  });
}
