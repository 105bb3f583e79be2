// No network: imported first by the integration suites (Node and web-worker hosts), it wraps every
// way this host can open a connection, records each call with its stack, and registers a last
// test that asserts none was made during the whole run. Calls still go through.
import * as assert from 'assert';
import * as vscode from 'vscode';

export interface NetworkCall {
  readonly api: string;
  readonly target: string;
  readonly stack: string;
}

const calls: NetworkCall[] = [];
const wrapped: string[] = [];

function record(api: string, args: readonly unknown[]) {
  const first = args[0];
  const target =
    typeof first === 'string'
      ? first
      : first instanceof URL
        ? first.href
        : typeof first === 'object' && first !== null
          ? JSON.stringify(first, ['href', 'url', 'host', 'hostname', 'port', 'path', 'protocol'])
          : String(first);
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 60;
  calls.push({ api, target, stack: new Error().stack ?? '' });
  Error.stackTraceLimit = limit;
}

/** Replaces `owner[key]` with a function that records the call, then makes it. */
function wrapFunction(owner: Record<string, unknown> | undefined, key: string, api: string) {
  const original = owner?.[key];
  if (typeof original !== 'function') return;
  try {
    owner![key] = new Proxy(original, {
      apply(target, self, args) {
        record(api, args);
        return Reflect.apply(target, self, args);
      },
      construct(target, args, newTarget) {
        record(api, args);
        return Reflect.construct(target, args, newTarget) as object;
      },
    });
    wrapped.push(api);
  } catch {
    /* a read-only binding: nothing to wrap */
  }
}

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string';

/** Node's modules, when this host has them (the web worker has none). */
function nodeModule(name: string): Record<string, unknown> | undefined {
  if (!isNode) return undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a computed name, so the web bundle does not include Node's modules
    return require(name) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

for (const [name, keys] of [
  ['http', ['request', 'get']],
  ['https', ['request', 'get']],
  ['http2', ['connect']],
  ['net', ['connect', 'createConnection']],
  ['tls', ['connect']],
  ['dgram', ['createSocket']],
] as const) {
  const mod = nodeModule(`node:${name}`);
  for (const key of keys) wrapFunction(mod, key, `${name}.${key}`);
}
const global = globalThis as unknown as Record<string, unknown>;
for (const key of ['fetch', 'WebSocket', 'EventSource', 'importScripts']) wrapFunction(global, key, key);
const xhr = global.XMLHttpRequest as { prototype: Record<string, unknown> } | undefined;
wrapFunction(xhr?.prototype, 'open', 'XMLHttpRequest.open');
wrapFunction(global.navigator as Record<string, unknown> | undefined, 'sendBeacon', 'navigator.sendBeacon');

/** Whether a stack passes through the extension's own code (the Node or the web bundle). */
const fromExtension = (stack: string) => /[\\/]dist[\\/](web[\\/])?extension\.js/.test(stack);

/** A URL no host can parse: calling with it fails before any connection is tried. */
const UNPARSABLE = 'http://[';

/** Registers the last suite: call after every other suite is registered. */
export function registerNetworkCheck(): void {
  suite('No network', () => {
    test('the network APIs of this host are watched, and a call is recorded', async () => {
      assert.ok(wrapped.includes('fetch'), `wrapped: ${wrapped.join(', ')}`);
      if (isNode)
        for (const api of ['http.request', 'https.request', 'net.connect', 'tls.connect'])
          assert.ok(wrapped.includes(api), api);
      const before = calls.length;
      await fetch(UNPARSABLE).catch(() => undefined);
      if (isNode)
        try {
          (nodeModule('node:http')!.request as (url: string) => void)(UNPARSABLE);
        } catch {
          /* expected: not a URL */
        }
      const seen = calls.splice(before);
      assert.deepEqual(
        seen.map(c => `${c.api} ${c.target}`),
        [`fetch ${UNPARSABLE}`, ...(isNode ? [`http.request ${UNPARSABLE}`] : [])],
      );
    });

    test("no request was made during the whole run (the host loading the extension's own code aside)", () => {
      const root = vscode.extensions.getExtension('genai-study.genai-study')?.extensionUri.path;
      const loadsOwnCode = (c: NetworkCall) =>
        !!root && !fromExtension(c.stack) && safeDecode(c.target).includes(`path=${root}/`);
      console.log(
        `network: ${calls.length} call(s) in this host during the run, ${calls.filter(c => fromExtension(c.stack)).length} from the extension; watched: ${wrapped.join(', ')}`,
      );
      for (const c of calls)
        console.log(`network: ${loadsOwnCode(c) ? 'the host loading the extension' : 'REQUEST'}: ${c.api} ${c.target}`);
      assert.deepEqual(
        calls
          .filter(c => !loadsOwnCode(c))
          .map(c => `${c.api} ${c.target}${fromExtension(c.stack) ? ' (from the extension)' : ''}\n${c.stack}`),
        [],
      );
    });
  });
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
