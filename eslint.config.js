// Lint rules, including the architecture's import boundaries (docs/ARCHITECTURE.md):
// core is pure, engine sees only core and ports, only adapters touch libraries and host APIs,
// the UI never imports adapters, and the emulator imports nothing from src/.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const LIBRARIES = [
  'dexie',
  '@azure/*',
  '@microsoft/*',
  'tsdav',
  'papaparse',
  'ical.js',
  'libphonenumber-js',
  'libphonenumber-js/*',
];
const HOST_GLOBALS = [
  'window',
  'document',
  'Office',
  'indexedDB',
  'fetch',
  'localStorage',
  'sessionStorage',
  'navigator',
  'setTimeout',
  'setInterval',
  'BroadcastChannel',
  'crypto',
].map((name) => ({ name, message: 'core/ and engine/ are host-agnostic: take this through a port or an argument.' }));

const layer = (files, patterns, extra = {}) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns }],
    ...extra,
  },
});

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-cli/', '.cache/', 'coverage/', 'test-results/', 'bench/last-run/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  layer(
    ['src/core/**'],
    [
      { group: ['**/ports/**', '**/engine/**', '**/adapters/**', '**/ui/**', '**/app/**', '**/emulator/**'], message: 'core/ imports only core/.' },
      { group: LIBRARIES.filter((l) => !l.startsWith('libphonenumber')), message: 'core/ is pure: no I/O libraries.' },
    ],
    {
      'no-restricted-globals': ['error', ...HOST_GLOBALS],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'Time comes in as an argument.' },
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'Randomness comes in as an argument.' },
      ],
    },
  ),
  layer(
    ['src/ports/**'],
    [{ group: ['**/engine/**', '**/adapters/**', '**/ui/**', '**/app/**', '**/emulator/**', ...LIBRARIES], message: 'ports/ declares interfaces over core types only.' }],
  ),
  layer(
    ['src/engine/**'],
    [{ group: ['**/adapters/**', '**/ui/**', '**/app/**', '**/emulator/**', ...LIBRARIES], message: 'engine/ imports only core/ and ports/.' }],
    { 'no-restricted-globals': ['error', ...HOST_GLOBALS] },
  ),
  layer(
    ['src/ui/**'],
    [{ group: ['**/adapters/**', '**/app/**', '**/emulator/**', ...LIBRARIES], message: 'ui/ renders state; it reaches data through hooks and engine commands.' }],
    { 'no-restricted-globals': ['error', { name: 'Office', message: 'Office is reached only through adapters/office.' }] },
  ),
  layer(
    ['src/adapters/**'],
    [{ group: ['**/ui/**', '**/app/**', '**/emulator/**'], message: 'adapters/ implement ports; they know nothing of the UI or the composition root.' }],
  ),
  layer(
    ['emulator/**'],
    [{ group: ['**/src/**'], message: 'The emulator models Graph from its documentation and imports nothing from src/.' }],
  ),
);
