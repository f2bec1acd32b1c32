/**
 * The floor plan's rules (docs/architecture.md), checked by `npm run check:arch` together
 * with two rules this tool cannot see (scripts/check-arch.ts: widgets take only types from
 * server/, SQL only in db.ts). Each rule's name is what a violation prints, so the message
 * says which rule an import breaks. Paths are relative to the repository root.
 */
const FEATURE = '^server/(?!kernel/)([^/]+)/';

module.exports = {
  forbidden: [
    {
      name: 'kernel-imports-no-feature',
      comment: 'server/kernel/ is what every feature uses; it may not depend on any feature (nor on the demo or the widgets).',
      severity: 'error',
      from: { path: '^server/kernel/' },
      to: { path: ['^server/(?!kernel/|config\\.ts$)', '^demo/', '^widgets/'] },
    },
    {
      name: 'feature-through-index',
      comment: "A feature uses another feature only through that feature's index.ts (or its plain limits.ts).",
      severity: 'error',
      from: { path: FEATURE },
      to: { path: FEATURE, pathNot: ['^server/$1/', '^server/[^/]+/(index|limits)\\.ts$'] },
    },
    {
      name: 'outside-through-index',
      comment: "The app, the CLI, the demo store and the benchmarks reach a feature only through its index.ts (or limits.ts).",
      severity: 'error',
      from: { path: ['^server/[^/]+\\.ts$', '^demo/', '^tests/bench/'] },
      to: { path: FEATURE, pathNot: '^server/[^/]+/(index|limits)\\.ts$' },
    },
    {
      name: 'limits-are-plain',
      comment: 'A limits.ts holds plain constants the widgets import too: it imports nothing.',
      severity: 'error',
      from: { path: '/limits\\.ts$' },
      to: {},
    },
    {
      name: 'server-imports-no-widgets',
      comment: 'The server serves the built widgets; it never imports their source.',
      severity: 'error',
      from: { path: '^(server|demo)/' },
      to: { path: '^widgets/' },
    },
    {
      name: 'widget-through-core',
      comment: 'A storefront widget uses only widgets/core and its own folder: what two widgets share belongs in core.',
      severity: 'error',
      from: { path: '^widgets/(?!core/|admin/)([^/]+)/' },
      to: { path: '^widgets/', pathNot: ['^widgets/core/', '^widgets/$1/'] },
    },
    {
      name: 'core-imports-no-widget',
      comment: 'widgets/core is what every element uses; it imports no widget and no admin area.',
      severity: 'error',
      from: { path: '^widgets/core/' },
      to: { path: '^widgets/', pathNot: '^widgets/core/' },
    },
    {
      name: 'admin-area-through-app',
      comment: 'An admin area uses widgets/admin/app, widgets/core and its own folder; areas do not import each other.',
      severity: 'error',
      from: { path: '^widgets/admin/(?!app/)([^/]+)/' },
      to: { path: '^widgets/', pathNot: ['^widgets/core/', '^widgets/admin/app/', '^widgets/admin/$1/'] },
    },
    {
      name: 'storefront-imports-no-admin',
      comment: 'The storefront bundle never pulls admin code.',
      severity: 'error',
      from: { path: '^widgets/(?!admin/)' },
      to: { path: '^widgets/admin/' },
    },
    {
      name: 'adapters-import-no-app',
      comment: 'plugin-adapters/ are pure platform mappings the server calls: they import nothing from server/, widgets/ or demo/.',
      severity: 'error',
      from: { path: '^plugin-adapters/' },
      to: { path: '^(server|widgets|demo)/' },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles: a cycle ties two rooms into one.',
      severity: 'error',
      from: { path: '^(server|widgets|demo)/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only', 'pre-compilation-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/|^dist/' },
    parser: 'swc',
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js'] },
  },
};
