import { copyFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';
import { fromProjectRoot } from '../project-root';

const source = fromProjectRoot('src', 'explorer', 'app');
const target = fromProjectRoot('dist', 'explorer');

/** Bundles the explorer with its npm packages into dist/explorer, so it works offline. */
async function buildExplorer(): Promise<void> {
  mkdirSync(target, { recursive: true });
  await build({
    entryPoints: [`${source}/explorer.js`],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    outfile: `${target}/explorer.js`,
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'explorer.css', 'workbench.css', 'favicon.svg'])
    copyFileSync(`${source}/${file}`, `${target}/${file}`);
}

buildExplorer().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
