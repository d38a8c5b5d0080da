import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchedDestination, createLogger, isoTimestamp } from './logger';

describe('isoTimestamp', () => {
  it('writes what pino\'s isoTime writes, for every millisecond of a second and across second, day and year ends', () => {
    const starts = [Date.UTC(2026, 10, 26, 4, 22, 58), Date.UTC(2026, 11, 31, 23, 59, 59), Date.UTC(2027, 0, 1, 0, 0, 0), Date.UTC(2028, 1, 29, 12, 0, 0)];
    for (const start of starts) {
      for (let ms = 0; ms < 1500; ms++) {
        const now = start + ms;
        expect(isoTimestamp(now)).toBe(`,"time":"${new Date(now).toISOString()}"`);
      }
    }
    // Going back in time (a clock step) is formatted correctly too.
    expect(isoTimestamp(starts[0]! + 5)).toBe(`,"time":"${new Date(starts[0]! + 5).toISOString()}"`);
  });
});

describe('batchedDestination', () => {
  it('writes every line whole and in order, multi-byte text included, and flushes what is pending', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-log-'));
    const file = path.join(dir, 'out.log');
    const fd = fs.openSync(file, 'w');
    const stream = batchedDestination(fd);
    const logger = createLogger('info', {}, stream);
    const expected: string[] = [];
    // Enough lines for several batches, with three-byte characters straddling batch edges.
    for (let i = 0; i < 500; i++) {
      const note = `第${i}条：${'政务公开'.repeat(i % 37)}`;
      expected.push(note);
      logger.info({ i }, note);
    }
    // Asynchronous flush: it waits for the batch being written (a synchronous flush does not).
    await new Promise<void>((resolve, reject) => { (stream as unknown as { flush(cb: (err?: Error) => void): void }).flush((err) => (err ? reject(err) : resolve())); });
    fs.closeSync(fd);
    const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { i: number; msg: string });
    expect(lines.map((l) => l.msg)).toEqual(expected);
    expect(lines.map((l) => l.i)).toEqual(expected.map((_, i) => i));
  });
});
