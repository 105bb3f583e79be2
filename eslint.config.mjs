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
  // The layers, made mechanical: core ← adapters; protocol ← adapters and webviews; nothing runs back up.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'src/core is vscode-free: inject host services instead.' }],
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'src/core runs in the browser too: no Node-only modules.',
            },
            {
              group: ['**/vscode/**', '**/webview/**', '**/protocol', '**/protocol/**', '**/extension', '**/api/**'],
              message: 'src/core imports no adapter, webview or protocol: they depend on the core, not the reverse.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'The protocol is plain types and guards.' }],
          patterns: [
            { group: ['../*', '../**'], message: 'src/protocol owns its types: it imports nothing outside itself.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'Webviews talk through src/protocol messages.' }],
          patterns: [
            {
              group: ['**/core', '**/core/**', '**/vscode/**', '**/extension', '**/api/**'],
              message: 'A webview is a browser page: it imports only src/protocol and its own modules.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.{js,mjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        URL: 'readonly',
        document: 'readonly',
        window: 'readonly',
        NodeFilter: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
