import { pluginConfig } from '@gongkai/eslint-config';

// Web pages may import the server only for types (the tRPC router's type); shared values (labels,
// vocabularies, table layouts, zod contracts) live in src/contracts. Tests and their helpers
// (src/web/testing) may use the server and its fixtures.
export default [
  ...pluginConfig,
  {
    files: ['src/web/**/*.{ts,tsx}'],
    ignores: ['src/web/**/*.test.{ts,tsx}', 'src/web/testing/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ group: ['**/server', '**/server/**'], allowTypeImports: true, message: 'Web code imports server code only as types; put shared values in src/contracts.' }],
      }],
    },
  },
];
