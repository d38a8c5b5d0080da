// package.json of a generated plugin. Versions match the rest of the workspace.

export const VERSIONS = Object.freeze({
  zod: '4.6.7',
  typesReact: '^19.2.0',
  react: '19.3.1',
  reactPeer: '^19.2.0',
  typesNode: '^20.19.0',
  vitest: '4.1.12',
  typescript: '6.0.3',
  eslint: '10.15.0',
});

/**
 * @param {{ id: string, title: string, template: 'basic' | 'sector' }} o
 */
export function packageJsonOf(o) {
  /** @type {Record<string, string>} */
  const dependencies = {
    '@gongkai/kernel': 'workspace:*',
    '@types/react': VERSIONS.typesReact,
    zod: VERSIONS.zod,
  };
  if (o.template === 'sector') dependencies['@gongkai/plugin-key-sectors'] = 'workspace:*';
  return {
    name: `@gongkai/plugin-${o.id}`,
    version: '0.1.0',
    private: true,
    description: o.title,
    type: 'module',
    exports: {
      './server': './src/server/index.ts',
      './web': './src/web/index.ts',
      './contracts': './src/contracts/index.ts',
    },
    scripts: {
      typecheck: 'tsc -p tsconfig.json',
      lint: 'eslint src',
      test: 'vitest run',
    },
    dependencies: sortKeys(dependencies),
    peerDependencies: { react: VERSIONS.reactPeer },
    devDependencies: {
      '@gongkai/eslint-config': 'workspace:*',
      '@gongkai/testing': 'workspace:*',
      '@types/node': VERSIONS.typesNode,
      eslint: VERSIONS.eslint,
      react: VERSIONS.react,
      typescript: VERSIONS.typescript,
      vitest: VERSIONS.vitest,
    },
  };
}

/** @param {Record<string, string>} o */
function sortKeys(o) {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}
