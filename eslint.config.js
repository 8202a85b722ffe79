// Lint rules, including the architecture's import boundaries: each row of the import table in
// docs/ARCHITECTURE.md is one entry of ROWS below, and test/unit/architecture/layer-rules.test.ts proves
// every rule with a violation fixture from test/fixtures/lint/.
//
// Import specifiers are relative, so a layer is recognised by how far up an import climbs: a file n folders
// below src/ reaches src/<layer> as `../` n times then `<layer>`. The rules are therefore generated per depth,
// which keeps src/ui/ports/ (inside ui) apart from src/ports/.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Deepest folder below src/ the layer rules cover; a deeper file fails lint until this is raised. */
const MAX_DEPTH = 8;
const SRC_LAYERS = ['core', 'ports', 'engine', 'adapters', 'ui', 'app', 'cli'];
const NODE_BUILTINS = [...new Set(builtinModules.map((name) => name.replace(/^node:/, '')))];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const oneOf = (names) => `(?:${names.map(escape).join('|')})`;
const UP = (n) => `^(?:\\.\\/)?(?:\\.\\.\\/){${n}}`;
const BUILTIN = `^(?:node:|${oneOf(NODE_BUILTINS)}(?:\\/|$))`;
/** A bare specifier (a package or a Node built-in) that is neither a built-in nor one of `allowed`. */
const packageOutside = (allowed) => `^(?!\\.|node:|${oneOf(NODE_BUILTINS)}(?:\\/|$)${allowed.length ? `|${oneOf(allowed)}(?:\\/|$)` : ''})`;
/** `.` or `..` after an ordinary segment (`./a/../b`, `./../b`): such paths would slip past the depth rules. */
const NOT_NORMALIZED = '^(?:\\.\\/\\.\\.?(?:\\/|$)|(?:\\.\\/|(?:\\.\\.\\/)+)(?:(?!\\.\\.?(?:\\/|$))[^/]+\\/)+\\.\\.?(?:\\/|$))';

// One entry per row of the import table. `layers`: the src/ layers the row may not import, with why;
// `typesOnly`: layers it may import only with `import type`; `packages`: which bare imports it may use
// ('any', or the allowed list and why others are refused); `builtins`: why Node built-ins are refused.
const ROWS = {
  core: {
    layers: Object.fromEntries(
      ['ports', 'engine', 'adapters', 'ui', 'app', 'cli'].map((to) => [to, `core is pure and imports only core/: ${to}/ depends on core, never the other way.`]),
    ),
    packages: { allow: ['libphonenumber-js'], message: 'core is pure: only pure libraries (libphonenumber-js); I/O libraries belong in adapters/.' },
    builtins: 'core is pure: no Node built-ins; take what you need through a port.',
  },
  ports: {
    layers: Object.fromEntries(
      ['engine', 'adapters', 'ui', 'app', 'cli'].map((to) => [to, `ports/ declare interfaces over core types and import only core/: ${to}/ depends on ports, never the other way.`]),
    ),
    packages: { allow: [], message: 'ports/ declare interfaces over core types only: no libraries; an adapter wraps the library behind the port.' },
    builtins: 'ports/ declare interfaces over core types only: no Node built-ins.',
  },
  engine: {
    layers: {
      adapters: 'engine/ imports only core/ and ports/: adapters reach the engine through ports, wired by the composition root.',
      ui: 'engine/ imports only core/ and ports/: ui/ calls the engine, never the other way.',
      app: 'engine/ imports only core/ and ports/: app/ is the composition root that calls the engine.',
      cli: 'engine/ imports only core/ and ports/: cli/ is a composition root that calls the engine.',
    },
    packages: { allow: [], message: 'engine/ imports only core/ and ports/: libraries are reached through adapters behind ports.' },
    builtins: 'engine/ runs in the pane and in Node alike: no Node built-ins; take what you need through a port.',
  },
  adapters: {
    layers: {
      engine: 'adapters/ implement ports over core/ types: the engine uses adapters through ports, never the other way.',
      ui: 'adapters/ implement ports: they know nothing of the UI.',
      app: 'adapters/ implement ports: they know nothing of the composition root.',
      cli: 'adapters/ implement ports: they know nothing of the command line.',
    },
    packages: 'any',
  },
  ui: {
    layers: {
      adapters: 'ui/ renders state: it reaches data through hooks, ports and engine commands, never adapters/.',
      app: 'ui/ renders state: app/ composes the UI, never the other way.',
      cli: 'ui/ renders state: it knows nothing of the command line.',
    },
    typesOnly: { ports: 'ui/ may use ports/ as types only (`import type`): the implementations come from the composition root.' },
    packages: {
      allow: ['preact', '@fluentui/svg-icons'],
      message: 'ui/ renders with Preact (and draws the SVG files of @fluentui/svg-icons) only: other libraries are reached through adapters behind ports.',
    },
    builtins: 'ui/ runs in the browser pane: no Node built-ins.',
  },
  app: { layers: {}, packages: 'any' },
  cli: {
    layers: {
      ui: 'cli/ is the headless composition root: it never imports the Preact UI.',
      app: 'cli/ is the headless composition root: app/ is the browser one, built for the pane.',
    },
    packages: 'any',
  },
};

/** Patterns for `@typescript-eslint/no-restricted-imports` and matching `import()` selectors, for one row at one depth. */
function importRules(name, row, depth) {
  const patterns = [];
  for (const [to, message] of Object.entries(row.layers)) patterns.push({ regex: `${UP(depth)}${to}(?:\\/|$)`, message });
  for (const [to, message] of Object.entries(row.typesOnly ?? {})) patterns.push({ regex: `${UP(depth)}${to}(?:\\/|$)`, message, allowTypeImports: true });
  patterns.push({ regex: `${UP(depth)}(?!${oneOf(SRC_LAYERS)}(?:\\/|$))`, message: `${name}/ imports nothing outside the layers of src/ (emulator/, test/, scripts/ are separate programs).` });
  if (row.packages !== 'any') {
    patterns.push({ regex: BUILTIN, message: row.builtins });
    patterns.push({ regex: packageOutside(row.packages.allow), message: row.packages.message });
  }
  patterns.push({ regex: NOT_NORMALIZED, message: `${name}/: write relative imports normalized (no ./ or ../ after a folder name), so the layer rules can read them.` });
  return patterns.map((pattern) => ({ ...pattern, caseSensitive: true }));
}

/** `import()` calls (always value imports) whose literal source matches a refused pattern; a computed source cannot be checked at all. */
function dynamicImportSelectors(name, patterns) {
  return [
    ...patterns.map(({ regex, message }) => ({ selector: `ImportExpression[source.value=/${regex}/]`, message })),
    { selector: "ImportExpression:not([source.type='Literal'])", message: `${name}/: import() takes a string literal, so the layer rules can check it.` },
  ];
}

const TIME = 'time comes in through the Clock port or as an argument';
const RANDOM = 'ids and randomness come in through the IdSource port or as an argument';
const HOST = 'host APIs are reached through a port';
const PURE_GLOBALS = {
  Date: TIME,
  performance: TIME,
  setTimeout: TIME,
  setInterval: TIME,
  setImmediate: TIME,
  crypto: RANDOM,
  fetch: HOST,
  XMLHttpRequest: HOST,
  WebSocket: HOST,
  self: HOST,
  window: HOST,
  document: HOST,
  location: HOST,
  localStorage: HOST,
  sessionStorage: HOST,
  indexedDB: HOST,
  caches: HOST,
  navigator: HOST,
  BroadcastChannel: HOST,
  Office: HOST,
  process: HOST,
};
const pureGlobals = (name) => Object.entries(PURE_GLOBALS).map(([global, why]) => ({ name: global, message: `${name}/ is host-agnostic: no ${global}; ${why}.` }));
const pureProperties = (name) => [
  { object: 'Math', property: 'random', message: `${name}/ is host-agnostic: no Math.random; ${RANDOM}.` },
  ...Object.entries(PURE_GLOBALS).map(([property, why]) => ({ object: 'globalThis', property, message: `${name}/ is host-agnostic: no globalThis.${property}; ${why}.` })),
];
const UI_STORAGE = ['localStorage', 'sessionStorage', 'indexedDB', 'fetch', 'XMLHttpRequest', 'caches'];
const uiStorageMessage = (global) => `ui/ renders state: no ${global}; storage and network are reached through ports the composition root wires.`;

/** Per-depth blocks for one row: its import rules and its `import()` selectors. */
function rowBlocks(name, row) {
  const blocks = [];
  for (let depth = 1; depth <= MAX_DEPTH; depth += 1) {
    const patterns = importRules(name, row, depth);
    blocks.push({
      files: [`src/${name}/${'*/'.repeat(depth - 1)}*.{ts,tsx,js,mjs}`],
      rules: {
        '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
        'no-restricted-syntax': ['error', ...dynamicImportSelectors(name, patterns)],
      },
    });
  }
  blocks.push({
    files: [`src/${name}/${'*/'.repeat(MAX_DEPTH)}**`],
    rules: { 'no-restricted-syntax': ['error', { selector: 'Program', message: `${name}/: deeper than MAX_DEPTH in eslint.config.js; raise it so the layer rules cover this file.` }] },
  });
  return blocks;
}

/** The emulator row: at any depth below emulator/, nothing from src/, statically or through import(). */
function emulatorBlocks() {
  const message = 'The emulator models Graph from its documentation and imports nothing from src/.';
  const blocks = [];
  for (let depth = 1; depth <= MAX_DEPTH; depth += 1) {
    const patterns = [{ regex: `${UP(depth)}src(?:\\/|$)`, message, caseSensitive: true }];
    blocks.push({
      files: [`emulator/${'*/'.repeat(depth - 1)}*.{ts,tsx,js,mjs}`],
      rules: {
        '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
        'no-restricted-syntax': ['error', ...dynamicImportSelectors('emulator', patterns)],
      },
    });
  }
  return blocks;
}

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-cli/', '.cache/', 'coverage/', 'test-results/', 'bench/last-run/', 'test/fixtures/lint/'] },
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
  ...Object.entries(ROWS).flatMap(([name, row]) => rowBlocks(name, row)),
  ...emulatorBlocks(),
  ...['core', 'engine'].map((name) => ({
    files: [`src/${name}/**`],
    rules: {
      'no-restricted-globals': ['error', ...pureGlobals(name)],
      'no-restricted-properties': ['error', ...pureProperties(name)],
    },
  })),
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'ui/ renders state: Office is reached only through adapters/office behind ports.' },
        ...UI_STORAGE.map((name) => ({ name, message: uiStorageMessage(name) })),
      ],
      'no-restricted-properties': [
        'error',
        ...['window', 'self', 'globalThis'].flatMap((object) => UI_STORAGE.map((property) => ({ object, property, message: uiStorageMessage(`${object}.${property}`) }))),
      ],
    },
  },
);
