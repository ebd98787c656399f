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
      // Every user-visible string is an i18next key: no letters in JSX text or in user-facing attributes.
      'no-restricted-syntax': ['error',
        { selector: 'JSXText[value=/[A-Za-z\\u00C0-\\u024F\\u0400-\\u04FF]/]', message: 'User-visible text must come from i18next (t(...)).' },
        { selector: 'JSXAttribute[name.name=/^(title|placeholder|aria-label|alt|label)$/] > Literal[value=/[A-Za-z\\u0400-\\u04FF]/]', message: 'User-visible attributes must come from i18next (t(...)).' },
        { selector: 'JSXAttribute[name.name=/^dangerouslySetInnerHTML$/]', message: 'No raw HTML: user text is rendered as React text nodes.' },
        { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: 'No raw HTML: user text is rendered as React text nodes.' },
      ],
    },
  },
);
