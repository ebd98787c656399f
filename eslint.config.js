// One lint setup for the whole repository. Layering rules keep each runtime in its own folder:
// shared/ is pure TypeScript, renderer/ is DOM only, raw IPC lives only in the preload and the main-process IPC module.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'zlib', 'url', 'util', 'stream', 'worker_threads', 'http', 'net'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'release/**', 'bin/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'shared/ is platform-neutral: no Node built-ins.' },
          { group: ['electron', 'react', 'react-dom', 'better-sqlite3', '**/electron/**', '**/renderer/**', '**/cli/**'], message: 'shared/ must not depend on a runtime or an outer layer.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'renderer/ runs in a sandboxed page: no Node built-ins.' },
          { group: ['electron', 'better-sqlite3', '**/electron/**', '**/cli/**'], message: 'renderer/ talks to main only through the typed API.' },
        ],
      }],
    },
  },
);
