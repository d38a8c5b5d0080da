import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_OPTIONS, serverNodeOptions } from './node-options';

const here = path.dirname(fileURLToPath(import.meta.url));
const scripts = (file: string) => (JSON.parse(fs.readFileSync(file, 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('server node options', () => {
  it('are passed by the scripts that start the platform, before the operator\'s own', () => {
    const commands = [scripts(path.join(here, '../../../../package.json')).gongkai!, scripts(path.join(here, '../../package.json')).start!];
    for (const command of commands) {
      expect(command).toContain(`NODE_OPTIONS="${SERVER_NODE_OPTIONS.join(' ')} \${NODE_OPTIONS:-}"`);
    }
    expect(serverNodeOptions('--max-old-space-size=512')).toBe(`${SERVER_NODE_OPTIONS.join(' ')} --max-old-space-size=512`);
    expect(serverNodeOptions(undefined)).toBe(SERVER_NODE_OPTIONS.join(' '));
  });

  it('are accepted by Node in NODE_OPTIONS', () => {
    const r = spawnSync(process.execPath, ['-e', 'process.exit(0)'], { env: { ...process.env, NODE_OPTIONS: serverNodeOptions('') }, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
