// A PostgreSQL wire-protocol server for one PGlite instance, safe for many concurrent connections.
//
// PGlite is a single backend session. @electric-sql/pglite-socket 0.2.17 forwards every protocol
// message to it one at a time and keeps connections apart only while a transaction is open, so
// two connections' extended-protocol batches (Parse/Bind/Execute/Sync) interleave outside
// transactions: one connection binds against the other's statement and gets its rows (upstream
// issue electric-sql/pglite#1046). This server instead:
//  - runs a connection's whole batch (up to Sync, or one simple Query) while holding the session,
//    and keeps holding it while that connection is inside a transaction (the status byte of
//    ReadyForQuery says so); other connections wait their turn (FIFO);
//  - skips the rest of a failed extended batch until Sync and sends exactly one ReadyForQuery per
//    Sync or Query, as PostgreSQL does (PGlite may send more, electric-sql/pglite#958);
//  - gives each connection its own namespace for named prepared statements and portals;
//  - delivers NOTIFY messages to the connections that LISTEN on the channel;
//  - rolls back an open transaction and drops the prepared statements of a connection that goes away.
import net from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;

/** FIFO async mutex. */
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  lock(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((r) => { release = r; });
    const acquired = this.tail.then(() => release);
    this.tail = this.tail.then(() => next);
    return acquired;
  }
}

interface Conn {
  id: number;
  socket: net.Socket;
  buf: Buffer;
  started: boolean;
  pending: Buffer[];
  chain: Promise<void>;
  /** Set while this connection holds the session (during a batch, or a whole transaction). */
  release: (() => void) | null;
  statements: Set<string>;
  channels: Set<string>;
  closed: boolean;
}

function cstring(buf: Buffer, offset: number): [string, number] {
  const end = buf.indexOf(0, offset);
  return [buf.toString('utf8', offset, end), end + 1];
}

function message(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

function errorResponse(text: string): Buffer {
  const fields = Buffer.concat([
    Buffer.from('SERROR\0VERROR\0CXX000\0M', 'utf8'), Buffer.from(text, 'utf8'), Buffer.from('\0\0', 'utf8'),
  ]);
  return message('E', fields);
}

function readyForQuery(status: string): Buffer {
  return message('Z', Buffer.from(status, 'latin1'));
}

/** Splits a buffer of complete backend messages. */
function backendMessages(buf: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let i = 0;
  while (i + 5 <= buf.length) {
    const len = buf.readInt32BE(i + 1);
    out.push(buf.subarray(i, i + 1 + len));
    i += 1 + len;
  }
  return out;
}

const LISTEN = /\b(UN)?LISTEN\s+(?:"((?:[^"]|"")+)"|([A-Za-z_][\w$]*)|\*)/gi;

export class EmbeddedWireServer {
  private readonly session = new Mutex();
  private readonly conns = new Set<Conn>();
  private server: net.Server | null = null;
  private nextId = 1;

  constructor(private readonly db: PGlite) {}

  async listen(port: number, host: string): Promise<number> {
    const server = net.createServer((socket) => this.accept(socket));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    return (server.address() as net.AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const c of this.conns) c.socket.destroy();
    await Promise.all([...this.conns].map((c) => c.chain));
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private accept(socket: net.Socket): void {
    socket.setNoDelay(true);
    const conn: Conn = {
      id: this.nextId++, socket, buf: Buffer.alloc(0), started: false, pending: [], chain: Promise.resolve(),
      release: null, statements: new Set(), channels: new Set(), closed: false,
    };
    this.conns.add(conn);
    socket.on('data', (chunk: Buffer) => this.receive(conn, chunk));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      conn.closed = true;
      this.conns.delete(conn);
      conn.chain = conn.chain.then(() => this.cleanup(conn));
    });
  }

  private enqueue(conn: Conn, work: () => Promise<void>): void {
    conn.chain = conn.chain.then(work).catch(() => { conn.socket.destroy(); });
  }

  private receive(conn: Conn, chunk: Buffer): void {
    conn.buf = conn.buf.length ? Buffer.concat([conn.buf, chunk]) : chunk;
    for (;;) {
      if (!conn.started) {
        if (conn.buf.length < 8) return;
        const len = conn.buf.readInt32BE(0);
        if (conn.buf.length < len) return;
        const msg = conn.buf.subarray(0, len);
        conn.buf = conn.buf.subarray(len);
        const code = msg.readInt32BE(4);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) { conn.socket.write('N'); continue; }
        if (code === CANCEL_REQUEST) { conn.socket.end(); return; }
        conn.started = true;
        this.enqueue(conn, () => this.startup(conn, Buffer.from(msg)));
        continue;
      }
      if (conn.buf.length < 5) return;
      const len = conn.buf.readInt32BE(1);
      if (conn.buf.length < len + 1) return;
      const msg = Buffer.from(conn.buf.subarray(0, len + 1));
      conn.buf = conn.buf.subarray(len + 1);
      const type = String.fromCharCode(msg[0]!);
      if (type === 'X') { conn.socket.end(); return; }
      conn.pending.push(msg);
      // A batch ends at Sync, a simple Query, a Flush, or the end of a COPY.
      if (type === 'S' || type === 'Q' || type === 'H' || type === 'c' || type === 'f') {
        const batch = conn.pending;
        conn.pending = [];
        this.enqueue(conn, () => this.run(conn, batch));
      }
    }
  }

  private async exec(msg: Buffer): Promise<Buffer> {
    return Buffer.from(await this.db.runExclusive(() => this.db.execProtocolRaw(new Uint8Array(msg))));
  }

  private async startup(conn: Conn, msg: Buffer): Promise<void> {
    const release = await this.session.lock();
    try {
      const res = await this.exec(msg);
      if (!conn.closed) conn.socket.write(res);
    } finally {
      release();
    }
  }

  private scoped(conn: Conn, name: string): string {
    return name === '' ? '' : `gk${conn.id}_${name}`;
  }

  /** Gives named statements and portals a per-connection prefix; notes LISTEN/UNLISTEN. */
  private rewrite(conn: Conn, msg: Buffer): Buffer {
    const type = String.fromCharCode(msg[0]!);
    const body = msg.subarray(5);
    switch (type) {
      case 'Q': {
        this.noteListen(conn, cstring(body, 0)[0]);
        return msg;
      }
      case 'P': {
        const [name, i] = cstring(body, 0);
        const [query] = cstring(body, i);
        this.noteListen(conn, query);
        if (!name) return msg;
        const scoped = this.scoped(conn, name);
        conn.statements.add(scoped);
        return message('P', Buffer.concat([Buffer.from(`${scoped}\0`), body.subarray(i)]));
      }
      case 'B': {
        const [portal, i] = cstring(body, 0);
        const [statement, j] = cstring(body, i);
        if (!portal && !statement) return msg;
        return message('B', Buffer.concat([Buffer.from(`${this.scoped(conn, portal)}\0${this.scoped(conn, statement)}\0`), body.subarray(j)]));
      }
      case 'D':
      case 'C': {
        const kind = String.fromCharCode(body[0]!);
        const [name] = cstring(body, 1);
        if (!name) return msg;
        const scoped = this.scoped(conn, name);
        if (type === 'C' && kind === 'S') conn.statements.delete(scoped);
        return message(type, Buffer.concat([Buffer.from(kind, 'latin1'), Buffer.from(`${scoped}\0`)]));
      }
      case 'E': {
        const [portal, i] = cstring(body, 0);
        if (!portal) return msg;
        return message('E', Buffer.concat([Buffer.from(`${this.scoped(conn, portal)}\0`), body.subarray(i)]));
      }
      default:
        return msg;
    }
  }

  private noteListen(conn: Conn, sql: string): void {
    if (!/listen/i.test(sql)) return;
    for (const m of sql.matchAll(LISTEN)) {
      const channel = m[2] !== undefined ? m[2].replace(/""/g, '"') : m[3]?.toLowerCase();
      if (m[1]) { if (channel === undefined) conn.channels.clear(); else conn.channels.delete(channel); }
      else if (channel !== undefined) conn.channels.add(channel);
    }
  }

  private notify(notification: Buffer): void {
    const [channel] = cstring(notification, 9);
    for (const c of this.conns) {
      if (!c.closed && c.channels.has(channel)) c.socket.write(notification);
    }
  }

  /** Runs one batch with the session held; keeps holding it while a transaction is open. */
  private async run(conn: Conn, batch: Buffer[]): Promise<void> {
    if (!conn.release) conn.release = await this.session.lock();
    const out: Buffer[] = [];
    let status: string | null = null;
    let failed = false;
    let endsWithReady = false;
    let copyIn = false;
    try {
      for (const raw of batch) {
        const type = String.fromCharCode(raw[0]!);
        const isSync = type === 'S';
        if (failed && !isSync) continue;
        endsWithReady = isSync || type === 'Q';
        let res: Buffer;
        try {
          res = await this.exec(this.rewrite(conn, raw));
        } catch (err) {
          out.push(errorResponse(`embedded database: ${err instanceof Error ? err.message : String(err)}`));
          failed = true;
          continue;
        }
        for (const m of backendMessages(res)) {
          const t = String.fromCharCode(m[0]!);
          if (t === 'Z') { status = String.fromCharCode(m[5]!); continue; }
          if (t === 'A') { this.notify(m); continue; }
          if (t === 'E' && type !== 'Q' && type !== 'S') failed = true;
          // COPY FROM STDIN: the client now streams data; no ReadyForQuery until CopyDone.
          if (t === 'G') copyIn = true;
          out.push(m);
        }
      }
      if (copyIn) endsWithReady = false;
      if (endsWithReady) {
        status ??= this.db.isInTransaction() ? 'T' : 'I';
        out.push(readyForQuery(status));
      }
      if (!conn.closed && out.length) conn.socket.write(Buffer.concat(out));
    } finally {
      const inTransaction = copyIn || (endsWithReady ? status !== 'I' : this.db.isInTransaction());
      // A closed connection inside a transaction keeps the session until cleanup() rolls it back.
      if (!inTransaction) {
        const release = conn.release;
        conn.release = null;
        release?.();
      }
    }
  }

  /** A connection went away: roll back its transaction and drop its prepared statements. */
  private async cleanup(conn: Conn): Promise<void> {
    const holding = conn.release !== null;
    if (!holding && conn.statements.size === 0) return;
    const release = conn.release ?? (await this.session.lock());
    conn.release = null;
    try {
      const sql = [holding ? 'ROLLBACK' : '', ...[...conn.statements].map((s) => `DEALLOCATE "${s.replace(/"/g, '""')}"`)]
        .filter(Boolean).join('; ');
      if (sql) await this.exec(message('Q', Buffer.from(`${sql}\0`))).catch(() => undefined);
    } finally {
      release();
    }
  }
}
