// ESLint flat config: type-aware TypeScript rules plus the layer boundaries of DESIGN.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Bare module names are anchored with '/' where a folder of ours shares the name (shared/crypto).
const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', '/crypto', 'url'];

/** @param {string[]} packages @param {string[]} folders @param {string} why */
function boundary(packages, folders, why) {
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: packages, message: why },
          ...folders.map((folder) => ({
            group: [`**/${folder}/**`, `${folder}/**`],
            message: why,
          })),
        ],
      },
    ],
  };
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'release/',
      '.tsbuild/',
      'coverage/',
      'shared/reference/countries.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Plain JavaScript (config, scripts) is not part of a TypeScript project: lint it without types.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: boundary(
      ['react', 'react-*', 'dexie', 'dexie-*', 'cytoscape', 'cytoscape-*', 'electron', ...nodeBuiltins],
      ['renderer', 'electron', 'cli'],
      'shared/ is pure TypeScript: no DOM, Node, Electron, React, Dexie or Cytoscape, and no imports from other layers.',
    ),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...boundary(
        ['electron', ...nodeBuiltins],
        ['electron', 'cli'],
        'renderer/ talks to the desktop only through renderer/src/platform and the IPC contract in shared/ipc.',
      ),
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: boundary(
      ['react', 'react-*', 'dexie', 'dexie-*', 'cytoscape', 'cytoscape-*'],
      ['renderer', 'cli'],
      'electron/ is the thin desktop shell: no UI or database code, and no imports from renderer/ or cli/.',
    ),
  },
  {
    files: ['cli/**/*.ts'],
    rules: boundary(
      ['react', 'react-*', 'dexie', 'dexie-*', 'cytoscape', 'cytoscape-*', 'electron'],
      ['renderer', 'electron'],
      'cli/ builds on shared/ only.',
    ),
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.tsx', 'scripts/**', '*.config.ts', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
);
