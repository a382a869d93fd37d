import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'http', 'crypto', 'url', 'util', 'stream', 'net'];

/** Import rules that keep the layers apart: renderer → shared ← main. */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: restrict([
      { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/shared imports nothing from the other layers.' },
      { group: ['electron', ...nodeBuiltins], message: 'src/shared runs in every process: no Node or Electron.' },
    ]),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict([
      { group: ['**/main/**', '**/preload/**'], message: 'The renderer reaches the engine only through window.studio.' },
      { group: ['electron', ...nodeBuiltins], message: 'No Node or Electron in the renderer.' },
    ]),
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/ipc/**', 'src/main/window/**', 'src/main/index.ts'],
    rules: restrict([
      { group: ['electron'], message: 'Only src/main/ipc, src/main/window and the entry import electron.' },
      { group: ['**/renderer/**', '**/preload/**'], message: 'The engine never imports UI code.' },
    ]),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict([{ group: ['**/main/**', '**/renderer/**'], message: 'The preload only exposes the contract.' }]),
  },
);
