// ESLint (typescript-eslint) with the layer boundaries of docs/architecture.md:
// engine/ is pure (no vscode, no server/client/cli, no file system or processes); the client is UI only and
// talks to the engine through the server; server and CLI reach the engine only through engine/index.ts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeIo = [
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'child_process',
  'node:child_process',
  'net',
  'node:net',
  'http',
  'node:http',
  'https',
  'node:https',
];

const restrict = (patterns, paths = []) => ({
  'no-restricted-imports': ['error', { patterns, paths: paths.map((name) => ({ name, message: 'engine/ stays pure' })) }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vsc-e2e/**', 'coverage/**', '**/*.mjs', '**/*.cjs', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['engine/**/*.ts'],
    rules: restrict(
      [
        { group: ['vscode', 'vscode-languageserver*', 'vscode-languageclient*'], message: 'engine/ stays editor-independent' },
        { group: ['**/server/**', '**/client/**', '**/cli/**'], message: 'engine/ cannot depend on its adapters' },
      ],
      nodeIo,
    ),
  },
  {
    files: ['client/**/*.ts'],
    rules: restrict([
      { group: ['**/engine', '**/engine/**', '**/cli/**', '**/docx/**'], message: 'the client is UI only: ask the server' },
    ]),
  },
  {
    // docx/ (Word in and out) is bytes in, bytes out: no file system, usable by the CLI and the server alike.
    files: ['docx/**/*.ts'],
    rules: restrict(
      [
        { group: ['vscode', 'vscode-languageserver*', 'vscode-languageclient*'], message: 'docx/ stays editor-independent' },
        { group: ['**/server/**', '**/client/**', '**/cli/**'], message: 'docx/ cannot depend on its adapters' },
        { group: ['**/engine/*', '!**/engine/index', '**/engine/**/*'], message: 'import the engine through engine/index.ts' },
      ],
      nodeIo,
    ),
  },
  {
    files: ['server/**/*.ts', 'cli/**/*.ts'],
    rules: restrict([
      { group: ['**/engine/*', '!**/engine/index', '**/engine/**/*'], message: 'import the engine through engine/index.ts' },
      { group: ['**/client/**'], message: 'the client is not a library' },
    ]),
  },
);
