// mocha's browser build reads a few process fields; the web worker has no process.
export const process = { env: {}, argv: [], platform: 'browser', version: '', versions: {}, cwd: () => '/', nextTick: (fn, ...a) => Promise.resolve().then(() => fn(...a)), stdout: { write: () => true }, on: () => {} };
