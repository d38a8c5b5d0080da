// The web shell composes plugin web modules (`@gongkai/plugin-<id>/web`) but never imports a
// plugin's server code.
import { appConfig } from '@gongkai/eslint-config';

export default [
  ...appConfig,
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['@gongkai/*/src/*', '@gongkai/*/src'], message: 'Import a package only through its exports.' },
          { group: ['@gongkai/plugin-*/server', '@gongkai/plugin-*/server/*'], message: 'The web shell never imports plugin server code; use the plugin\'s /web module.' },
          { group: ['@gongkai/db', '@gongkai/db/*'], message: 'The web app never imports the database package.' },
        ],
        paths: [{ name: '@gongkai/kernel', message: 'Only `import type` from @gongkai/kernel in the browser; use @gongkai/kernel/contracts or /web for values.', allowTypeImports: true }],
      }],
    },
  },
];
