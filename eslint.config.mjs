import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'media/dist/**', '.vscode-test/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core is vscode-free: inject host services instead.' }],
        patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/core runs in the browser too: no Node-only modules.' }],
      }],
    },
  },
  {
    files: ['src/webview/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'Webviews talk through src/protocol.ts messages.' }] }] },
  },
  {
    files: ['test/**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', fetch: 'readonly', performance: 'readonly', URL: 'readonly', document: 'readonly', window: 'readonly', NodeFilter: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
