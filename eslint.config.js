// Layering is enforced here, not by memory (STYLE.md): who may import whom.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
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
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './assessments', from: ['./electron', './renderer', './tests'], message: 'assessments/ is pure and imported by both sides.' },
            { target: './electron/contract', from: ['./electron/backend', './renderer'], message: 'the contract imports only zod and assessments/.' },
            { target: './electron/backend', from: ['./renderer'], message: 'the backend never imports the UI.' },
            { target: './renderer', from: ['./electron/backend', './electron/main.ts', './electron/preload.ts'], message: 'the renderer talks only to window.api.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: "only main.ts and preload.ts import 'electron'." }] }] },
  },
  {
    files: ['assessments/**/*.ts'],
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
      'no-restricted-imports': ['error', { paths: [...nodeBuiltins, 'electron', 'better-sqlite3-multiple-ciphers'], patterns: ['node:*'] }],
    },
  },
);
