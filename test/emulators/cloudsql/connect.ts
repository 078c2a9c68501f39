/**
 * The emulator's connect surface, what `@google-cloud/cloud-sql-connector` talks to:
 * `GET .../instances/{i}/connectSettings` and `POST .../instances/{i}:generateEphemeralCert`
 * (v1 and the v1beta4 paths the connector calls), a CA per emulator (node-forge) that signs each
 * instance's server certificate and every ephemeral client certificate, and a TLS listener per
 * instance on its own loopback address, port 3307 (the connector always dials 3307), that
 * requires a client certificate from that CA and pipes the bytes to the instance's backing
 * PostgreSQL.
 *
 * Automatic IAM database authentication, in spirit: the connector puts the OAuth access token in
 * generateEphemeralCert's `access_token`; the emulator accepts only tokens its test credential
 * issued (POST /emulator/tokens), binds the token's principal to the certificate it signs, and
 * at connect time lets an IAM database user in without a password only when the startup
 * packet's user is that principal's database user (a service account without
 * `.gserviceaccount.com`). It then logs in to the backing PostgreSQL itself, with a password only
 * the emulator knows. It proves the token flows and the user naming; it does not check Google's
 * token signatures or the `cloudsql.instances.login` permission.
 */
import { createRequire } from 'node:module';
import { generateKeyPairSync, randomBytes, createHash } from 'node:crypto';
import { connect as netConnect, type Socket } from 'node:net';
import {
  createServer as createTlsServer,
  type Server as TlsServer,
  type TLSSocket,
} from 'node:tls';
import forge from 'node-forge';
import pg from 'pg';
import protobuf from 'protobufjs';
import { decode, type as protoType, type Json } from './protos.js';

/** The port every Cloud SQL connector and the Auth Proxy dial. */
export const SERVER_PROXY_PORT = 3307;

const require = createRequire(import.meta.url);
// pg's own SCRAM client (exported as pg/lib/*): the proxy logs in to the backing server with it.
const sasl = require('pg/lib/crypto/sasl') as {
  startSession(mechanisms: string[]): { mechanism: string; response: string };
  continueSession(session: object, password: string, serverData: string): Promise<void>;
  finalizeSession(session: object, serverData: string): void;
};

/** What the connect surface needs of an emulated instance. */
export interface ConnectInstance {
  project: string;
  name: string;
  json: Json;
  server?: { port: number; url: string };
  userTypes: Map<string, string>;
}

interface Listener {
  servers: TlsServer[];
  addresses: { PRIMARY?: string; PRIVATE?: string };
  dnsName: string;
  server: { cert: string; key: string };
}

export interface ConnectResult {
  status: number;
  type?: string;
  value: Json;
}

const CONNECT_PATH =
  /^\/(?:v1|sql\/v1beta4)\/projects\/([^/]+)\/instances\/([^/:]+)(\/connectSettings|:generateEphemeralCert)$/;

function apiError(code: number, status: string, reason: string, message: string): ConnectResult {
  return {
    status: code,
    value: { error: { code, message, status, errors: [{ message, domain: 'global', reason }] } },
  };
}

/** Request body keys as the REST reference spells them (public_key) → the proto field names. */
function protoNames(name: string, body: Json): Json {
  const t = protoType(name);
  const out: Json = {};
  for (const [k, v] of Object.entries(body)) {
    const field = Object.values(t.fields).find(
      (f: protobuf.Field) => f.name === k || f.options?.json_name === k,
    );
    out[field ? field.name : k] = v;
  }
  return out;
}

function certPem(
  subjectCn: string,
  publicKey: forge.pki.PublicKey,
  issuer: { cert: forge.pki.Certificate; key: forge.pki.PrivateKey } | 'self',
  signingKey: forge.pki.PrivateKey,
  opts: { ca?: boolean; dnsName?: string; hours: number },
): { pem: string; serial: string } {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  // A positive serial (first byte < 0x80), so every parser reads the same hex.
  const serial = `${(1 + (randomBytes(1)[0]! % 0x7e)).toString(16).padStart(2, '0')}${randomBytes(15).toString('hex')}`;
  cert.serialNumber = serial;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + opts.hours * 3600_000);
  const attrs = [{ name: 'commonName', value: subjectCn }];
  cert.setSubject(attrs);
  cert.setIssuer(issuer === 'self' ? attrs : issuer.cert.subject.attributes);
  const extensions: object[] = [{ name: 'basicConstraints', cA: Boolean(opts.ca) }];
  if (opts.ca) extensions.push({ name: 'keyUsage', keyCertSign: true, cRLSign: true });
  else extensions.push({ name: 'keyUsage', digitalSignature: true, keyEncipherment: true });
  if (opts.dnsName)
    extensions.push({ name: 'subjectAltName', altNames: [{ type: 2, value: opts.dnsName }] });
  cert.setExtensions(extensions);
  cert.sign(signingKey as forge.pki.rsa.PrivateKey, forge.md.sha256.create());
  return { pem: forge.pki.certificateToPem(cert), serial: serial.toUpperCase() };
}

function rsaKeys(): {
  publicKey: forge.pki.PublicKey;
  privateKey: forge.pki.PrivateKey;
  pem: string;
} {
  // Node's native generator (fast); node-forge only builds and signs the certificates.
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return {
    publicKey: forge.pki.publicKeyFromPem(publicKey),
    privateKey: forge.pki.privateKeyFromPem(privateKey),
    pem: privateKey,
  };
}

/** A certificate authority: an emulator's own, or (in tests) a stranger's. */
export class CertificateAuthority {
  private readonly keys = rsaKeys();
  readonly cert: forge.pki.Certificate;
  readonly pem: string;
  readonly serial: string;

  constructor(readonly commonName = 'pgci Cloud SQL emulator CA') {
    const made = certPem(commonName, this.keys.publicKey, 'self', this.keys.privateKey, {
      ca: true,
      hours: 24 * 365,
    });
    this.pem = made.pem;
    this.serial = made.serial;
    this.cert = forge.pki.certificateFromPem(made.pem);
  }

  /** Signs a public key (PEM) into a certificate valid for `hours`. */
  sign(
    commonName: string,
    publicKeyPem: string,
    opts: { dnsName?: string; hours?: number } = {},
  ): { pem: string; serial: string } {
    return certPem(
      commonName,
      forge.pki.publicKeyFromPem(publicKeyPem),
      { cert: this.cert, key: this.keys.privateKey },
      this.keys.privateKey,
      { hours: opts.hours ?? 1, ...(opts.dnsName ? { dnsName: opts.dnsName } : {}) },
    );
  }

  /** A fresh key pair and a certificate for it: server certificates, and strangers in tests. */
  issue(commonName: string, dnsName?: string): { cert: string; key: string; serial: string } {
    const keys = rsaKeys();
    const made = certPem(
      commonName,
      keys.publicKey,
      { cert: this.cert, key: this.keys.privateKey },
      this.keys.privateKey,
      { hours: 24 * 30, ...(dnsName ? { dnsName } : {}) },
    );
    return { cert: made.pem, key: keys.pem, serial: made.serial };
  }
}

function sslCert(
  instance: ConnectInstance,
  pem: string,
  serial: string,
  cn: string,
  hours: number,
): Json {
  const der = forge.asn1
    .toDer(forge.pki.certificateToAsn1(forge.pki.certificateFromPem(pem)))
    .getBytes();
  return {
    kind: 'sql#sslCert',
    certSerialNumber: BigInt(`0x${serial}`).toString(),
    cert: pem,
    commonName: cn,
    sha1Fingerprint: createHash('sha1').update(Buffer.from(der, 'binary')).digest('hex'),
    instance: instance.name,
    createTime: new Date().toISOString(),
    expirationTime: new Date(Date.now() + hours * 3600_000).toISOString(),
  };
}

// ---- PostgreSQL wire messages the proxy needs (startup, auth, errors) ----

function errorResponse(code: string, message: string): Buffer {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${message}\0\0`, 'utf8');
  const head = Buffer.alloc(5);
  head.write('E', 0);
  head.writeInt32BE(4 + fields.length, 1);
  return Buffer.concat([head, fields]);
}

const AUTH_OK = Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 0]);

function saslMessage(body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write('p', 0);
  head.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([head, body]);
}

/** Reads whole messages off a socket: `untyped` for the startup packet, typed after. */
class MessageReader {
  private buf = Buffer.alloc(0);
  private waiting?: () => void;
  private ended = false;

  constructor(private readonly socket: Socket) {
    socket.on('data', this.onData);
    socket.once('close', () => {
      this.ended = true;
      this.waiting?.();
    });
  }

  private onData = (chunk: Buffer) => {
    this.buf = Buffer.concat([this.buf, chunk]);
    this.waiting?.();
  };

  private async need(n: number): Promise<void> {
    while (this.buf.length < n) {
      if (this.ended) throw new Error('connection closed');
      await new Promise<void>((r) => (this.waiting = r));
      this.waiting = undefined;
    }
  }

  async untyped(): Promise<Buffer> {
    await this.need(4);
    const len = this.buf.readInt32BE(0);
    await this.need(len);
    const msg = this.buf.subarray(0, len);
    this.buf = this.buf.subarray(len);
    return msg;
  }

  async typed(): Promise<{ type: string; body: Buffer; raw: Buffer }> {
    await this.need(5);
    const len = this.buf.readInt32BE(1);
    await this.need(1 + len);
    const raw = this.buf.subarray(0, 1 + len);
    this.buf = this.buf.subarray(1 + len);
    return { type: String.fromCharCode(raw[0]!), body: raw.subarray(5), raw };
  }

  /** Stops reading and hands back what was read beyond the last message. */
  release(): Buffer {
    this.socket.pause(); // no data event may fire before the caller pipes
    this.socket.removeListener('data', this.onData);
    const rest = this.buf;
    this.buf = Buffer.alloc(0);
    return rest;
  }
}

function startupParams(msg: Buffer): Record<string, string> {
  const parts = msg.subarray(8).toString('utf8').split('\0');
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < parts.length; i += 2) if (parts[i]) out[parts[i]!] = parts[i + 1]!;
  return out;
}

const PROTOCOL_3 = 196608;
const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

/** The IAM database user name Cloud SQL expects for a principal. */
export function iamDatabaseUser(principal: string): string {
  return principal.replace(/\.gserviceaccount\.com$/, '');
}

export class ConnectSurface {
  readonly ca = new CertificateAuthority();
  private readonly tokens = new Map<string, string>();
  private readonly certPrincipals = new Map<string, string | null>();
  private readonly listeners = new Map<string, Listener>();
  private readonly iamPasswords = new Map<string, string>();
  private readonly sockets = new Set<Socket>();
  /** Connections refused before PostgreSQL saw them (bad client certificate, IAM mismatch). */
  readonly refusals: string[] = [];

  constructor(private readonly extraToken?: string) {}

  /** A token of the emulator's test credential for `principal` (what ADC would mint). */
  issueToken(principal: string): string {
    const token = `emu-${randomBytes(18).toString('base64url')}`;
    this.tokens.set(token, principal);
    return token;
  }

  matches(pathname: string): boolean {
    return CONNECT_PATH.test(pathname);
  }

  /**
   * The instance's ipAddresses with each PRIMARY / PRIVATE address replaced by a loopback
   * address of its own where a TLS listener serves port 3307 (bound on first need).
   */
  async addresses(rec: ConnectInstance, wanted: Json[]): Promise<Json[]> {
    const key = `${rec.project}/${rec.name}`;
    let l = this.listeners.get(key);
    if (!l) {
      const region = String(rec.json.region ?? 'us-central1');
      const dnsName = `${createHash('sha256').update(key).digest('hex').slice(0, 12)}.${region}.sql.goog`;
      l = {
        servers: [],
        addresses: {},
        dnsName,
        server: this.ca.issue(`${rec.project}:${rec.name}`, dnsName),
      };
      this.listeners.set(key, l);
    }
    const out: Json[] = [];
    for (const a of wanted) {
      const type = String(a.type);
      if (type !== 'PRIMARY' && type !== 'PRIVATE') {
        out.push(a);
        continue;
      }
      l.addresses[type] ??= await this.bind(rec, l);
      out.push({ ...a, ipAddress: l.addresses[type] });
    }
    return out;
  }

  /** Whether an instance already has its listeners (instances made before the surface did not). */
  attached(rec: { project: string; name: string }): boolean {
    return this.listeners.has(`${rec.project}/${rec.name}`);
  }

  async detach(rec: { project: string; name: string }): Promise<void> {
    const l = this.listeners.get(`${rec.project}/${rec.name}`);
    this.listeners.delete(`${rec.project}/${rec.name}`);
    for (const s of l?.servers ?? []) await new Promise<void>((r) => s.close(() => r()));
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    for (const l of this.listeners.values())
      for (const s of l.servers) await new Promise<void>((r) => s.close(() => r()));
    this.listeners.clear();
  }

  /** Binds port 3307 on a free 127.x.y.z (its own address, as each Cloud SQL instance has). */
  private async bind(rec: ConnectInstance, l: Listener): Promise<string> {
    const { server } = l;
    let lastErr: Error | undefined;
    for (let attempt = 0; attempt < 20; attempt++) {
      const [a, b, c] = randomBytes(3);
      const address = `127.${1 + (a! % 254)}.${b! % 255}.${1 + (c! % 254)}`;
      const tls = createTlsServer({
        key: server.key,
        cert: server.cert,
        ca: this.ca.pem,
        requestCert: true,
        rejectUnauthorized: true,
        minVersion: 'TLSv1.3',
      });
      tls.on('secureConnection', (socket) => void this.serve(rec, socket));
      tls.on('tlsClientError', (err) =>
        this.refusals.push(`${rec.project}:${rec.name}: TLS refused: ${err.message}`),
      );
      try {
        await new Promise<void>((resolve, reject) => {
          tls.once('error', reject);
          tls.listen(SERVER_PROXY_PORT, address, () => resolve());
        });
        l.servers.push(tls);
        return address;
      } catch (err) {
        lastErr = err as Error;
        const code = (err as { code?: string }).code;
        if (code === 'EADDRNOTAVAIL') {
          throw new Error(
            `The Cloud SQL emulator needs loopback addresses beyond 127.0.0.1 (it binds ${address}:${SERVER_PROXY_PORT}); Linux routes all of 127.0.0.0/8, on macOS add one with \`sudo ifconfig lo0 alias ${address} up\`.`,
          );
        }
        if (code !== 'EADDRINUSE') throw err;
      }
    }
    throw new Error(`No free loopback address for port ${SERVER_PROXY_PORT}: ${lastErr?.message}`);
  }

  /** The two REST methods; `instance` is undefined when the instance does not exist. */
  async handle(
    method: string,
    pathname: string,
    authorization: string | undefined,
    body: unknown,
    lookup: (project: string, name: string) => ConnectInstance | undefined,
  ): Promise<ConnectResult> {
    const m = CONNECT_PATH.exec(pathname)!;
    const [, project, name, what] = m;
    const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    if (!token || !(this.tokens.has(token) || token === this.extraToken)) {
      return apiError(
        401,
        'UNAUTHENTICATED',
        'authError',
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
      );
    }
    const rec = lookup(decodeURIComponent(project!), decodeURIComponent(name!));
    if (!rec)
      return apiError(
        404,
        'NOT_FOUND',
        'instanceDoesNotExist',
        'The Cloud SQL instance does not exist.',
      );
    // Instances made by paths that do not bind (a clone) get their listeners on first use.
    if (!this.attached(rec) && rec.server)
      rec.json.ipAddresses = await this.addresses(rec, (rec.json.ipAddresses ?? []) as Json[]);
    const l = this.listeners.get(`${rec.project}/${rec.name}`);
    if (what === '/connectSettings') {
      if (method !== 'GET')
        return apiError(405, 'INVALID_ARGUMENT', 'badRequest', 'Method not allowed.');
      return {
        status: 200,
        type: 'ConnectSettings',
        value: {
          kind: 'sql#connectSettings',
          ...(l
            ? {
                serverCaCert: sslCert(
                  rec,
                  this.ca.pem,
                  this.ca.serial,
                  this.ca.commonName,
                  24 * 365,
                ),
              }
            : {}),
          ipAddresses: (rec.json.ipAddresses ?? []) as Json[],
          region: rec.json.region,
          databaseVersion: rec.json.databaseVersion,
          backendType: 'SECOND_GEN',
          pscEnabled: false,
          ...(l ? { dnsName: `${l.dnsName}.` } : {}),
          serverCaMode: 'GOOGLE_MANAGED_INTERNAL_CA',
        },
      };
    }
    if (method !== 'POST')
      return apiError(405, 'INVALID_ARGUMENT', 'badRequest', 'Method not allowed.');
    let req: Json;
    try {
      req = decode(
        'GenerateEphemeralCertRequest',
        protoNames('GenerateEphemeralCertRequest', (body ?? {}) as Json),
      );
    } catch (err) {
      return apiError(400, 'INVALID_ARGUMENT', 'invalid', (err as Error).message);
    }
    const publicKey = String(req.publicKey ?? '');
    if (!/-----BEGIN (RSA )?PUBLIC KEY-----/.test(publicKey))
      return apiError(
        400,
        'INVALID_ARGUMENT',
        'invalid',
        'Invalid request: public_key must be a PEM encoded public key.',
      );
    let principal: string | null = null;
    if (req.accessToken) {
      principal = this.tokens.get(String(req.accessToken)) ?? null;
      if (!principal)
        return apiError(
          400,
          'INVALID_ARGUMENT',
          'invalid',
          'Invalid request: the access_token to include in the certificate is not a valid OAuth 2 access token.',
        );
    }
    if (!l)
      return apiError(400, 'FAILED_PRECONDITION', 'invalidState', 'The instance is not running.');
    const cn = principal ?? `pgci-emulator-client`;
    let made;
    try {
      made = this.ca.sign(cn, publicKey, { hours: 1 });
    } catch {
      return apiError(
        400,
        'INVALID_ARGUMENT',
        'invalid',
        'Invalid request: public_key is not an RSA public key.',
      );
    }
    this.certPrincipals.set(made.serial.replace(/^0+/, ''), principal);
    return {
      status: 200,
      type: 'GenerateEphemeralCertResponse',
      value: { ephemeralCert: sslCert(rec, made.pem, made.serial, cn, 1) },
    };
  }

  /** One client connection, after TLS accepted its certificate. */
  private async serve(rec: ConnectInstance, client: TLSSocket): Promise<void> {
    this.sockets.add(client);
    client.once('close', () => this.sockets.delete(client));
    client.on('error', () => client.destroy());
    const serial = String(client.getPeerCertificate().serialNumber ?? '')
      .toUpperCase()
      .replace(/^0+/, '');
    const principal = this.certPrincipals.get(serial) ?? null;
    const reader = new MessageReader(client);
    try {
      let startup = await reader.untyped();
      while (startup.readInt32BE(4) === SSL_REQUEST || startup.readInt32BE(4) === GSSENC_REQUEST) {
        client.write('N'); // already TLS: no second encryption layer
        startup = await reader.untyped();
      }
      if (!rec.server) {
        client.end(errorResponse('57P03', 'the Cloud SQL instance is not running'));
        return;
      }
      const params = startup.readInt32BE(4) === PROTOCOL_3 ? startupParams(startup) : {};
      const user = params.user ?? '';
      const type = rec.userTypes.get(user) ?? 'BUILT_IN';
      const iamUser = type === 'CLOUD_IAM_SERVICE_ACCOUNT' || type === 'CLOUD_IAM_USER';
      if (iamUser) {
        if (!principal || iamDatabaseUser(principal) !== user) {
          const why = principal
            ? `the certificate's token belongs to ${principal}, whose database user is ${iamDatabaseUser(principal)}`
            : 'connect with automatic IAM database authentication (the connector with authType IAM), which puts an access token in the certificate';
          this.refusals.push(`${rec.project}:${rec.name}: IAM login refused for ${user}: ${why}`);
          client.end(
            errorResponse(
              '28000',
              `Cloud SQL IAM user authentication failed for user "${user}": ${why}`,
            ),
          );
          return;
        }
        const backend = await this.iamLogin(rec, user, startup, client);
        if (!backend) return;
        this.splice(client, backend, reader.release());
        return;
      }
      const backend = netConnect(rec.server.port, '127.0.0.1');
      backend.write(startup);
      this.splice(client, backend, reader.release());
    } catch {
      client.destroy();
    }
  }

  private splice(client: Socket, backend: Socket, pending: Buffer): void {
    this.sockets.add(backend);
    backend.once('close', () => this.sockets.delete(backend));
    if (pending.length) backend.write(pending);
    backend.on('error', () => client.destroy());
    client.on('error', () => backend.destroy());
    client.once('close', () => backend.destroy());
    backend.once('close', () => client.destroy());
    client.pipe(backend);
    backend.pipe(client);
  }

  /**
   * Logs in to the backing server as an IAM user with a password only the emulator holds (set
   * on first use), tells the client AuthenticationOk, and returns the backend socket with the
   * server's remaining startup messages (parameters, key data, ReadyForQuery) still to relay.
   */
  private async iamLogin(
    rec: ConnectInstance,
    user: string,
    startup: Buffer,
    client: Socket,
  ): Promise<Socket | undefined> {
    const key = `${rec.project}/${rec.name}/${user}`;
    let password = this.iamPasswords.get(key);
    if (!password) {
      password = randomBytes(24).toString('base64url');
      const admin = new pg.Client({ connectionString: rec.server!.url });
      await admin.connect();
      try {
        await admin.query(
          `ALTER ROLE ${pg.escapeIdentifier(user)} PASSWORD ${pg.escapeLiteral(password)}`,
        );
      } finally {
        await admin.end();
      }
      this.iamPasswords.set(key, password);
    }
    const backend = netConnect(rec.server!.port, '127.0.0.1');
    backend.on('error', () => client.destroy());
    backend.write(startup);
    const reader = new MessageReader(backend);
    let session: object | undefined;
    for (;;) {
      const msg = await reader.typed();
      if (msg.type === 'E') {
        client.end(msg.raw);
        backend.destroy();
        return undefined;
      }
      if (msg.type !== 'R') throw new Error(`unexpected message ${msg.type} during login`);
      const code = msg.body.readInt32BE(0);
      if (code === 0) break;
      if (code === 10) {
        const mechanisms = msg.body.subarray(4).toString('utf8').split('\0').filter(Boolean);
        const s = sasl.startSession(mechanisms);
        session = s;
        const mech = Buffer.from(`${s.mechanism}\0`, 'utf8');
        const resp = Buffer.from(s.response, 'utf8');
        const len = Buffer.alloc(4);
        len.writeInt32BE(resp.length);
        backend.write(saslMessage(Buffer.concat([mech, len, resp])));
      } else if (code === 11) {
        await sasl.continueSession(session!, password, msg.body.subarray(4).toString('utf8'));
        backend.write(saslMessage(Buffer.from((session as { response: string }).response, 'utf8')));
      } else if (code === 12) {
        sasl.finalizeSession(session!, msg.body.subarray(4).toString('utf8'));
      } else {
        throw new Error(`the backing server asked for authentication method ${code}`);
      }
    }
    client.write(AUTH_OK);
    const rest = reader.release();
    if (rest.length) client.write(rest);
    return backend;
  }
}
