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
 */
import type { Socket } from 'node:net';
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

/**
 * Bind (unnamed portal, text parameters, binary results) + Execute + Sync in one buffer: one
 * write syscall per statement instead of a corked writev of three (measured: writev was the
 * largest single cost in the driver's profile). Same bytes as pg-protocol's serializer.
 */
export function bindExecuteSync(statement: string, values: string[]): Buffer {
  const nameLength = Buffer.byteLength(statement);
  let length = 4 + 1 + nameLength + 1 + 2 + 2 + 2 + 2;
  const n = values.length;
  for (let i = 0; i < n; i++) length += 4 + Buffer.byteLength(values[i]!);
  const buf = Buffer.allocUnsafe(1 + length + EXECUTE_SYNC.length);
  buf[0] = 0x42; // B
  buf.writeInt32BE(length, 1);
  let o = 5;
  buf[o++] = 0; // unnamed portal
  o += buf.write(statement, o, 'utf8');
  buf[o++] = 0;
  buf.writeInt16BE(0, o); // no parameter format codes: all text
  buf.writeInt16BE(n, o + 2);
  o += 4;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    const written = buf.write(v, o + 4, 'utf8');
    buf.writeInt32BE(written, o);
    o += 4 + written;
  }
  buf.writeInt16BE(1, o); // one result format code…
  buf.writeInt16BE(1, o + 2); // …binary for every column (never decoded)
  EXECUTE_SYNC.copy(buf, o + 4);
  return buf;
}

export class WireSession {
  private pending: Buffer | undefined;
  private done: Done | undefined;
  private error: SqlError | undefined;
  /** Transaction status from the last ReadyForQuery: I idle, T in a block, E failed block. */
  txStatus = 'I';
  closed = false;
  private closeError: Error | undefined;

  private constructor(
    private readonly client: pg.Client,
    private readonly socket: Socket,
  ) {
    socket.removeAllListeners('data');
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('close', () => this.onClose());
    socket.on('error', (err) => {
      this.closeError = err;
    });
  }

  static async open(url: string, applicationName = 'pgci-benchmark'): Promise<WireSession> {
    const client = await connect(url, { applicationName });
    // pg keeps its socket on `connection.stream`; after ReadyForQuery it is idle and ours.
    const socket = (client as unknown as { connection: { stream: Socket } }).connection.stream;
    client.on('error', () => undefined);
    return new WireSession(client, socket);
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

  /** Executes a prepared statement with text parameters; `done` runs at ReadyForQuery. */
  execute(statement: string, values: string[], done: Done): void {
    this.done = done;
    if (this.closed) return this.fail();
    this.socket.write(bindExecuteSync(statement, values));
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

  // Frames: 1 type byte, int32 length (including itself), body.
  private onData(chunk: Buffer): void {
    let buf = chunk;
    if (this.pending) {
      buf = Buffer.concat([this.pending, chunk]);
      this.pending = undefined;
    }
    let offset = 0;
    const end = buf.length;
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
    if (offset < end) this.pending = buf.subarray(offset);
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
