// Lint, and the runtime boundaries of DEVELOPERS.md enforced as import rules: a Node import
// in the renderer or shared/, or an electron import in the services, fails the build.
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const restrict = (patterns, paths = []) => ({
  'no-restricted-imports': ['error', { paths, patterns }],
});
// Built-ins are matched by exact name: as gitignore-style patterns, "domain" would also
// match our own shared/domain/ folder.
const noNodePaths = nodeBuiltins.map((name) => ({ name, message: 'Node built-ins are not available in this runtime (see DEVELOPERS.md).' }));
const noElectron = { group: ['electron', 'electron/*'], message: 'Only electron/main and electron/preload may import electron.' };
const noNativeDeps = {
  group: ['better-sqlite3', 'pdfjs-dist', 'mammoth', 'jsdom', 'tesseract.js', 'tsx', 'tsx/*'],
  message: 'Node-only libraries belong in electron/services.',
};

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.bench/**', '.cache/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // SQL is never assembled from values: bind parameters. (Identifiers come from code-side registries.)
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name=/^(prepare|exec)$/] > TemplateLiteral[expressions.length>0]",
          message: 'Do not interpolate into SQL: bind parameters (identifiers must come from a registry in code).',
        },
        {
          selector: "CallExpression[callee.property.name=/^(prepare|exec)$/] > BinaryExpression[operator='+']",
          message: 'Do not concatenate SQL: bind parameters.',
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: restrict(
      [
        noElectron,
        noNativeDeps,
        { group: ['react', 'react-dom', 'react/*', 'maplibre-gl', 'ag-grid-*'], message: 'shared/ is plain TypeScript: no UI libraries.' },
        { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ depends on nothing else in the project.' },
      ],
      noNodePaths,
    ),
  },
  {
    files: ['electron/services/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict([
      noElectron,
      { group: ['**/renderer/**', '**/transports/**', '**/main/**', '**/preload/**'], message: 'Services are the engine: they import only services and shared/.' },
    ]),
  },
  {
    files: ['electron/transports/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict([noElectron, { group: ['**/renderer/**', '**/main/**', '**/preload/**'], message: 'Transports sit on the services, beside the Electron shell.' }]),
  },
  {
    files: ['electron/main/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict([{ group: ['**/renderer/**', '**/preload/**'], message: 'The main process does not import renderer or preload code.' }]),
  },
  {
    files: ['electron/preload/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict(
      [
        { group: ['**/services/**', '**/transports/**', '**/main/**', '**/renderer/**', '**/contract/*', '!**/contract/ipc.ts'], message: 'Preload uses only electron and shared/contract/ipc.ts.' },
        { group: ['zod', 'react'], message: 'Preload bundles no libraries.' },
      ],
      noNodePaths,
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Refs that hold the latest callback are assigned during render on purpose.
      'react-hooks/refs': 'off',
      // Data-fetching effects mark themselves loading before they fetch; that is the point of them.
      'react-hooks/set-state-in-effect': 'off',
      ...restrict(
        [
          noElectron,
          noNativeDeps,
          { group: ['**/electron/**'], message: 'The renderer talks to the services only through its client (renderer/api).' },
        ],
        noNodePaths,
      ),
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{js,ts,mjs}', 'bin/**/*.js', '*.config.{js,ts}', 'electron.vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
);
