// Test helpers: a server configuration for a test database and a temporary web build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serverConfigFromEnv, type ServerConfig } from './config';

export function testServerConfig(env: Record<string, string | undefined>): ServerConfig {
  return serverConfigFromEnv({ LOG_LEVEL: 'silent', ...env });
}

/** A minimal Vite-like build: index.html and one hashed asset. */
export function fakeWebDist(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-web-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="zh-CN"><head><script type="module" src="/assets/index-Bx7Kq2Zp.js"></script></head><body><div id="root"></div></body></html>');
  fs.writeFileSync(path.join(dir, 'assets', 'index-Bx7Kq2Zp.js'), 'console.log("app")');
  fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

/** The one-time password from the first-administrator box. */
export function passwordFromBox(text: string): string {
  const m = /One-time password:\s+(\S+)/.exec(text);
  if (!m) throw new Error(`no password in: ${text}`);
  return m[1]!;
}
