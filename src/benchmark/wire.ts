/**
 * The driver's hot path: one socket per client speaking the extended query protocol directly.
 *
 * Why not a client library per query: measured on 2 shared cores, plain `pg` (named prepared
 * statements, rowMode array) reached 0.42 × pgbench and `pg-native` 0.54, the node process
 * being the bottleneck. A benchmark needs none of what they do per query (row objects, type
 * parsing, a promise per query), so after `pg` has connected and authenticated (TLS, SCRAM,
 * every URL option) we take over its socket: statements are prepared once, each execution
 * writes one buffer holding a Bind and a constant Execute+Sync, and replies are
 * scanned frame by frame for only what a benchmark needs — errors (SQLSTATE) and
 * ReadyForQuery. Rows are never decoded. Completion is a callback, not a promise.
 *
 * Per transaction the node process spends most of its CPU in the kernel (the write that wakes
 * the server); what is left in JavaScript is kept to no allocation at all on a plain TCP or
 * Unix socket: replies land in one buffer per session (`onread`, no Buffer and no stream
 * event per read) and each Bind is encoded into one reused buffer.
 */
import { writeSync } from 'node:fs';
import { Socket, type SocketConstructorOpts } from 'node:net';
import pg from 'pg';
import { serialize } from 'pg-protocol';
import { connect } from '../postgres/connect.js';

export interface SqlError {
  code: string;
  message: string;
}

/** Called once per command with the error if the server reported one. */
export type Done = (error: SqlError | undefined) => void;

// Execute (unnamed portal, all rows) followed by Sync: the same bytes for every command.
const EXECUTE_SYNC = Buffer.concat([serialize.execute(), serialize.sync()]);

/** Bytes of Bind + Execute + Sync for `statement` and `values`. */
function encodedLength(statement: string, values: readonly string[], count: number): number {
  let length = 1 + 4 + 1 + Buffer.byteLength(statement) + 1 + 2 + 2 + 2 + 2;
  for (let i = 0; i < count; i++) length += 4 + Buffer.byteLength(values[i]!);
  return length + EXECUTE_SYNC.length;
}

/**
 * Encodes Bind (unnamed portal, text parameters, binary results) + Execute + Sync into `buf`
 * and returns the byte count: one write syscall per statement instead of a corked writev of
 * three (measured: writev was the largest single cost in the driver's profile). Same bytes
 * as pg-protocol's serializer except that no per-parameter format codes are sent (all text).
 */
export function encodeBindExecuteSync(
  buf: Buffer,
  statement: string,
  values: readonly string[],
  count = values.length,
): number {
  buf[0] = 0x42; // B
  let o = 5;
  buf[o++] = 0; // unnamed portal
  o += buf.write(statement, o, 'utf8');
  buf[o++] = 0;
  buf.writeInt16BE(0, o); // no parameter format codes: all text
  buf.writeInt16BE(count, o + 2);
  o += 4;
  for (let i = 0; i < count; i++) {
    const written = buf.write(values[i]!, o + 4, 'utf8');
    buf.writeInt32BE(written, o);
    o += 4 + written;
  }
  buf.writeInt16BE(1, o); // one result format code…
  buf.writeInt16BE(1, o + 2); // …binary for every column (never decoded)
  o += 4;
  buf.writeInt32BE(o - 1, 1);
  return o + EXECUTE_SYNC.copy(buf, o);
}

/** Bind + Execute + Sync in a new buffer (tests compare it with pg-protocol's bytes). */
export function bindExecuteSync(statement: string, values: string[]): Buffer {
  const buf = Buffer.allocUnsafe(encodedLength(statement, values, values.length));
  encodeBindExecuteSync(buf, statement, values);
  return buf;
}

// One read buffer per session: a select-only reply is ~60 bytes, a reply to 4 clients' worth
// of rows still fits; a frame split across reads is carried over in `pending`.
const READ_BUFFER = 64 * 1024;

export class WireSession {
  private pending: Buffer | undefined;
  private done: Done | undefined;
  private error: SqlError | undefined;
  /** Reused for every Bind: the previous one has been sent once its reply has arrived. */
  private out = Buffer.allocUnsafe(256);
  /** Transaction status from the last ReadyForQuery: I idle, T in a block, E failed block. */
  txStatus = 'I';
  closed = false;
  private readonly fd: number;
  private closeError: Error | undefined;

  private constructor(
    private readonly client: pg.Client,
    private readonly socket: Socket,
    /** Plain socket read with `onread`: set our sink; otherwise (TLS) listen to 'data'. */
    setSink: ((sink: (buf: Buffer, end: number) => void) => void) | undefined,
  ) {
    socket.removeAllListeners('data');
    // The socket's descriptor (a TCP or Unix socket on POSIX; -1 on Windows or under TLS).
    const fd = (socket as unknown as { _handle?: { fd?: number } })._handle?.fd;
    this.fd = setSink && typeof fd === 'number' ? fd : -1;
    if (setSink) setSink((buf, end) => this.onBytes(buf, end));
    else socket.on('data', (chunk: Buffer) => this.onBytes(chunk, chunk.length));
    socket.on('close', () => this.onClose());
    socket.on('error', (err) => {
      this.closeError = err;
    });
  }

  static async open(url: string, applicationName = 'pgci-benchmark'): Promise<WireSession> {
    // TLS wraps the socket pg is given, so the onread fast path is for plain connections only.
    const plain = !new pg.Client({ connectionString: url }).ssl;
    let sink: ((buf: Buffer, end: number) => void) | undefined;
    let raw: Socket | undefined;
    const stream = () => {
      // `onread` is accepted by the constructor (Node ≥ 12) though @types/node types it on connect.
      const options = {
        onread: {
          buffer: Buffer.allocUnsafe(READ_BUFFER),
          callback: (n: number, buf: Uint8Array) => {
            // While pg authenticates it reads 'data' events: hand it a copy of each read.
            if (sink) sink(buf as Buffer, n);
            else socket.emit('data', Buffer.from(buf.subarray(0, n)));
            return true;
          },
        },
      };
      const socket: Socket = new Socket(options as SocketConstructorOpts);
      raw = socket;
      return socket;
    };
    const client = await connect(url, { applicationName, stream: plain ? stream : undefined });
    // pg keeps its socket on `connection.stream`; after ReadyForQuery it is idle and ours.
    const socket = (client as unknown as { connection: { stream: Socket } }).connection.stream;
    client.on('error', () => undefined);
    const fast = plain && socket === raw;
    return new WireSession(client, socket, fast ? (s) => (sink = s) : undefined);
  }

  /** Prepares a named statement; resolves with the server's error if it refused the SQL. */
  prepare(name: string, text: string): Promise<SqlError | undefined> {
    return new Promise((resolve) => {
      this.done = resolve;
      this.socket.write(
        Buffer.concat([serialize.parse({ name, text, types: [] }), serialize.sync()]),
      );
    });
  }

  /**
   * Executes a prepared statement with the first `count` of `values` as text parameters;
   * `done` runs at ReadyForQuery.
   */
  execute(statement: string, values: readonly string[], count: number, done: Done): void {
    this.done = done;
    if (this.closed) return this.fail();
    let out = this.out;
    const need = encodedLength(statement, values, count);
    if (need > out.length) out = this.out = Buffer.allocUnsafe(Math.max(need, 2 * out.length));
    const n = encodeBindExecuteSync(out, statement, values, count);
    this.send(out, n);
  }

  /**
   * Writes the first `n` bytes of `buf`. On a plain socket with nothing queued, straight to
   * its file descriptor with one write(2): Node's stream write costs a write request, a
   * nextTick and bookkeeping per call — measured as a large share of the driver's own CPU.
   * Whatever the kernel does not take at once (never seen: a Bind is ~60 bytes and the
   * previous reply has arrived) goes through the stream, which keeps the order.
   */
  private send(buf: Buffer, n: number): void {
    let sent = 0;
    if (this.fd >= 0 && this.socket.writableLength === 0) {
      try {
        sent = writeSync(this.fd, buf, 0, n);
      } catch {
        sent = 0; // EAGAIN and the like: let the stream deal with it
      }
    }
    if (sent < n) this.socket.write(Buffer.from(buf.subarray(sent, n)));
  }

  /** A simple-protocol query (ROLLBACK after a failed transaction block, lock tests). */
  query(text: string, done: Done): void {
    this.done = done;
    if (this.closed) return this.fail();
    this.socket.write(serialize.query(text));
  }

  queryAsync(text: string): Promise<SqlError | undefined> {
    return new Promise((resolve) => this.query(text, resolve));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.socket.end(serialize.end());
    await new Promise<void>((resolve) => {
      if (this.socket.destroyed) return resolve();
      this.socket.once('close', () => resolve());
      setTimeout(resolve, 1000).unref();
    });
    this.socket.destroy();
    void this.client;
  }

  private fail(): void {
    const done = this.done;
    this.done = undefined;
    done?.({
      code: '08006',
      message: `connection lost${this.closeError ? `: ${this.closeError.message}` : ''}`,
    });
  }

  private onClose(): void {
    const wasOpen = !this.closed;
    this.closed = true;
    if (wasOpen) this.fail();
  }

  // Frames: 1 type byte, int32 length (including itself), body. `chunk` may be the session's
  // reused read buffer: nothing may keep a reference to it past this call.
  private onBytes(chunk: Buffer, chunkEnd: number): void {
    let buf = chunk;
    let end = chunkEnd;
    if (this.pending) {
      buf = Buffer.concat([this.pending, chunk.subarray(0, chunkEnd)]);
      end = buf.length;
      this.pending = undefined;
    }
    let offset = 0;
    while (offset + 5 <= end) {
      const length = buf.readInt32BE(offset + 1);
      const next = offset + 1 + length;
      if (next > end) break;
      const type = buf[offset]!;
      if (type === 0x5a /* Z ReadyForQuery */) {
        this.txStatus = String.fromCharCode(buf[offset + 5]!);
        const done = this.done;
        const error = this.error;
        this.done = undefined;
        this.error = undefined;
        done?.(error);
      } else if (type === 0x45 /* E ErrorResponse */) {
        this.error = parseError(buf, offset + 5, next);
      }
      offset = next;
    }
    if (offset < end) this.pending = Buffer.from(buf.subarray(offset, end));
  }
}

/** ErrorResponse fields: a type byte and a C string each; we keep the SQLSTATE and message. */
function parseError(buf: Buffer, start: number, end: number): SqlError {
  let code = 'XX000';
  let message = '';
  let i = start;
  while (i < end && buf[i] !== 0) {
    const field = buf[i]!;
    const stop = buf.indexOf(0, i + 1);
    const value = buf.toString('utf8', i + 1, stop);
    if (field === 0x43 /* C */) code = value;
    else if (field === 0x4d /* M */) message = value;
    i = stop + 1;
  }
  return { code, message };
}
