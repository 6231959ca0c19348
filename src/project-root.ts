import { existsSync } from 'node:fs';
import path from 'node:path';

function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`No package.json found above ${start}`);
    }
    dir = parent;
  }
  return dir;
}

/** The folder holding package.json, wherever the code runs from (src/ under ts-jest, dist/src/ when built). */
export const projectRoot = findProjectRoot(__dirname);

export function fromProjectRoot(...segments: string[]): string {
  return path.join(projectRoot, ...segments);
}
