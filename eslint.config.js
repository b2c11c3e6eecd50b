import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off'
    }
  },
  {
    files: ['src/gates/**/*.ts', 'src/core/**/*.ts', 'src/workflows/**/*.ts'],
    ignores: ['src/core/actions-adapter.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@actions/core',
                '@actions/core/*',
                '@actions/github',
                '@actions/github/*',
                '@actions/cache',
                '@actions/artifact',
                '@actions/exec',
                '@actions/io',
                '@actions/tool-cache',
                '@actions/http-client'
              ],
              message:
                'Gate logic stays pure: only src/actions/* and src/core/actions-adapter.ts may use the runner toolkit (@actions/core, github, cache, …).'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: globals.node }
  }
);
