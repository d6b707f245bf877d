// Layering is enforced here, not by memory (docs/STYLE.md): who may import whom.
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'net', 'http', 'https'].flatMap((m) => [
  m,
  `node:${m}`,
]);

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    // Without a resolver that knows .ts, every relative import is unresolved and the zones below check nothing.
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './assessments',
              from: ['./electron', './renderer', './tests'],
              message: 'assessments/ is pure and imported by both sides.',
            },
            {
              target: './common',
              from: ['./electron', './renderer', './tests'],
              message: 'common/ is pure: it imports only assessments/ and npm packages.',
            },
            {
              target: './electron/contract',
              from: ['./electron/backend', './renderer'],
              message: 'the contract imports only zod and assessments/.',
            },
            { target: './electron/backend', from: ['./renderer'], message: 'the backend never imports the UI.' },
            {
              target: './renderer',
              from: ['./electron/backend', './electron/main.ts', './electron/preload.ts'],
              message: 'the renderer talks only to window.api.',
            },
            { target: './electron/contract', from: './common', message: 'the contract imports only zod and assessments/.' },
            { target: './assessments', from: './common', message: 'assessments/ is the lower layer: common/ builds on it.' },
            // The backend's layers: shell (dispatch, handlers, openBackend, shell/) → services → repos → db.
            {
              target: [
                './electron/backend/services',
                './electron/backend/db',
                './electron/backend/vault',
                './electron/backend/images',
                './electron/backend/audit',
              ],
              from: [
                './electron/backend/dispatch.ts',
                './electron/backend/handlers.ts',
                './electron/backend/openBackend.ts',
                './electron/backend/shell',
              ],
              message: 'nothing below the shell imports it: the shell composes the layers, the layers never reach back.',
            },
            {
              target: [
                './electron/backend/db',
                './electron/backend/vault',
                './electron/backend/images',
                './electron/backend/audit',
              ],
              from: './electron/backend/services',
              message: 'repos, the database, the vault and the checks below services never import a service.',
            },
            {
              target: [
                './electron/backend/db/connection.ts',
                './electron/backend/db/migrate.ts',
                './electron/backend/db/migrations',
              ],
              from: './electron/backend/db/repos',
              message: 'the database layer (connection, migrations) never imports a repo.',
            },
            {
              target: ['./renderer/components', './renderer/hooks', './renderer/forms', './renderer/i18n'],
              from: './renderer/features',
              message: 'shared renderer code never imports a feature.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: "only main.ts and preload.ts import 'electron'." }] },
      ],
    },
  },
  {
    // The contract is shared with the renderer: zod, assessments/ and its own files, nothing else.
    files: ['electron/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!zod$)(?!\\.{1,2}/)', message: 'the contract imports only zod, assessments/ and its own files.' },
          ],
        },
      ],
    },
  },
  {
    files: ['assessments/**/*.ts', 'common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [...nodeBuiltins, 'react', 'better-sqlite3-multiple-ciphers', 'electron'], patterns: ['node:*'] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: [...nodeBuiltins, 'electron', 'better-sqlite3-multiple-ciphers'], patterns: ['node:*'] },
      ],
    },
  },
);
