import { readFileSync } from 'node:fs';
import { fromProjectRoot } from './project-root';

export const appVersion: string = (
  JSON.parse(readFileSync(fromProjectRoot('package.json'), 'utf8')) as { version: string }
).version;
