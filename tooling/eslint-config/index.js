// Shared lint config. Besides TypeScript rules it enforces the plugin boundaries of DESIGN.md:
//  - a plugin never imports another plugin's server or web code (only its `contracts`);
//  - no deep imports into any package's src/ (only its declared exports);
//  - kernel, db, ui and apps/web's shell never name a plugin package (apps/server is the
//    composition root and may list installed plugins).
import tseslint from 'typescript-eslint';
import js from '@eslint/js';

const deepImport = { group: ['@gongkai/*/src/*', '@gongkai/*/src'], message: 'Import a package only through its exports.' };
const pluginServerOrWeb = {
  group: ['@gongkai/plugin-*/server', '@gongkai/plugin-*/web', '@gongkai/plugin-*/server/*', '@gongkai/plugin-*/web/*'],
  message: 'Plugins never import another plugin\'s server or web code; use its ./contracts or a kernel extension point.',
};
const anyPlugin = { group: ['@gongkai/plugin-*', '@gongkai/plugin-*/*'], message: 'Kernel code never names a plugin.' };

const base = (...extra) => tseslint.config(
  { ignores: ['**/dist/**', '**/generated/**', '**/node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [deepImport] }],
    },
  },
  ...extra,
);

/** For packages/kernel, packages/db, packages/ui, packages/testing. */
export const kernelConfig = base({ rules: { 'no-restricted-imports': ['error', { patterns: [deepImport, anyPlugin] }] } });
/** For plugins/*: only other plugins' contracts. */
export const pluginConfig = base({ rules: { 'no-restricted-imports': ['error', { patterns: [deepImport, pluginServerOrWeb] }] } });
/** For apps/server (composition root) and tooling. */
export const appConfig = base();
export default appConfig;
