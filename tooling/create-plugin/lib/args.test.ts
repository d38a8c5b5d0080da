import { describe, expect, it } from 'vitest';
import { parseCommandLine } from './args.mjs';

describe('command line', () => {
  it('parses an id with its options', () => {
    expect(parseCommandLine(['water-supply', '--title', '城市供水', '--install'])).toEqual({
      errors: [],
      options: { id: 'water-supply', title: '城市供水', template: 'basic', install: true, runInstall: true, help: false },
    });
    expect(parseCommandLine(['sector-water', '--template', 'sector', '--no-install']).options).toMatchObject({ template: 'sector', runInstall: false, title: 'sector-water 插件' });
  });

  it('reports unknown templates, unknown flags and two ids', () => {
    expect(parseCommandLine(['a', '--template', 'fancy']).errors[0]).toContain('fancy');
    expect(parseCommandLine(['a', '--colour']).errors).toHaveLength(1);
    expect(parseCommandLine(['a', 'b']).errors[0]).toContain('只能给出一个插件标识');
    expect(parseCommandLine(['a', '--install', '--no-install'])).toMatchObject({ errors: [], options: { install: true, runInstall: false } });
  });
});
