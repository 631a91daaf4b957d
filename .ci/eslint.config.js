// ESLint flat config (kept in .ci/ to leave the top level as fixed; npm run lint passes --config): recommended JS + TypeScript rules; the engine and levers stay free of UI, DOM and Chart.js.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const configs = tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/engine/**/*.ts', 'src/levers/**/*.ts', 'src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['../ui/*', '**/ui/*', 'chart.js', 'chart.js/*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  {
    files: ['**/*.mjs', '.ci/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);

// globs are relative to the repository root, not to .ci/
export default configs.map((c) => ({ ...c, basePath: fileURLToPath(new URL('..', import.meta.url)) }));
