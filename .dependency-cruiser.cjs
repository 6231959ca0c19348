/**
 * Layer rules of src/, checked by `npm run lint` (and test/unit/layer-rules.test.ts). npm packages are not
 * restricted. Cycles between folders of src/ are checked by scripts/check-folder-cycles.mjs, since
 * dependency-cruiser validates module cycles only.
 */

// A path under src/, at the repository root or in a test fixture.
const inSrc = (...alternatives) => `(^|/)src/(${alternatives.join('|')})`;
const ts = (...names) => names.map((name) => `${name}\\.ts$`);
const npm = '(^|/)node_modules/'; // excluded from the rules below, even a package that ships a src/ folder

// The layers, bottom to top: a module may import its own layer and those below, never one above.
// prettier-ignore
const layers = {
  kernel:         inSrc('domain/'),
  platform:       inSrc(...ts('config', 'logger', 'project-root', 'app-version'), 'local-neo4j/', 'db/', 'auth/', 'cli/', 'types/'),
  infrastructure: inSrc('graph/', 'read-translation/', 'graph-write/', 'graph-schema/', 'reference/'),
  model:          inSrc('model/'),
  features:       inSrc('actor/', 'event/', 'provenance/', 'search/', 'chains/', 'inference/', 'editing/', 'history/', 'report/', 'draft/', 'graph-output/', 'realtime/', 'system/'),
  graphql:        inSrc('graphql/'),
  http:           inSrc('http/'),
  composition:    inSrc(...ts('composition-root', 'application', 'index', 'emit-schema'), 'bench/', 'explorer/'),
};
const { kernel, platform, infrastructure, model, features, graphql, http, composition } = layers;

const entryPoints = inSrc(
  ...ts(
    'index',
    'emit-schema',
    'bench/run-bench',
    'bench/latency-profile',
    'explorer/build-explorer',
    '.*-cli',
    'local-neo4j/cli',
  ),
);

/** Rule `name`: a module in `from` may not import a module in `to`. */
const forbid = (name, from, to, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from },
  to: { path: to, pathNot: npm },
});

module.exports = {
  forbidden: [
    forbid('kernel-imports-nothing', kernel, inSrc('(?!domain/)'), 'domain/ imports no other src module'),
    forbid('platform-not-up', platform, [infrastructure, model, features, graphql, http, composition]),
    forbid('infrastructure-not-up', infrastructure, [model, features, graphql, http, composition]),
    forbid('model-not-up', model, [features, graphql, http, composition]),
    forbid('feature-not-up', features, [graphql, http, composition], 'features may import each other'),
    forbid('graphql-not-up', graphql, [features, http, composition], 'resolvers come from composition'),
    forbid('http-not-up', http, composition),
    // A src module in no layer would escape every rule above: name its layer in `layers`.
    {
      name: 'not-in-a-layer',
      severity: 'error',
      from: {},
      to: { path: inSrc(''), pathNot: [npm, ...Object.values(layers)] },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'no-unreachable',
      comment: 'every src module is used by an entry point (tests are not entry points)',
      severity: 'error',
      from: { path: entryPoints },
      // Exempt: entry points themselves, ambient declarations (never imported), the browser app (static files).
      to: {
        path: inSrc(''),
        pathNot: [npm, entryPoints, inSrc('types/.*\\.d\\.ts$', 'explorer/app/')],
        reachable: false,
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: a layer may not even name a type from a higher one.
    tsPreCompilationDeps: true,
    // Resolve packages' subpath exports (graphql-ws/use/ws, csv-parse/sync) as the CommonJS build does.
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['require', 'node', 'default'] },
  },
};
