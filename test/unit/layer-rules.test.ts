import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { fromProjectRoot } from '../../src/project-root';

// The same two steps as `npm run lint` after ESLint: dependency-cruiser with the project's rules, then the
// folder-cycle check reading its result. NO_COLOR keeps the rule names free of escape codes.
const options = { cwd: fromProjectRoot(), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } } as const;

function depcruise(tree: string, ...args: string[]): SpawnSyncReturns<string> {
  const bin = fromProjectRoot('node_modules', '.bin', 'depcruise');
  return spawnSync(bin, [tree, '--config', '.dependency-cruiser.cjs', ...args], {
    ...options,
    maxBuffer: 64 * 1024 * 1024,
  });
}

function checkFolderCycles(tree: string): SpawnSyncReturns<string> {
  const cruise = depcruise(tree, '--output-type', 'json');
  return spawnSync(process.execPath, ['scripts/check-folder-cycles.mjs'], {
    ...options,
    input: cruise.stdout,
  });
}

describe('layer rules (.dependency-cruiser.cjs)', () => {
  it('fail on a fixture where db/ imports graphql/, naming the rule', () => {
    const result = depcruise('test/fixtures/layer-violation/src');
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/error platform-not-up: \S*src\/db\/bad\.ts → \S*src\/graphql\/x\.ts/);
    expect(result.stdout).toMatch(/1 dependency violations/);
  });

  it('fail on a fixture where two folders of src/ import each other', () => {
    const result = checkFolderCycles('test/fixtures/layer-violation/folder-cycle/src');
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/no dependency violations found/);
    expect(result.stdout).toMatch(/error folder-cycle: \S*src\/auth → \S*src\/config\.ts → \S*src\/auth/);
  });

  it('pass on src/', () => {
    const result = checkFolderCycles('src');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/no dependency violations found/);
    expect(result.stdout).not.toMatch(/folder-cycle/);
    expect(result.status).toBe(0);
  });
});
