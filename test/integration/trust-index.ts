// Loaded by the extension host of an untrusted window: runs the Restricted Mode suite with mocha.
import Mocha from 'mocha';
import { registerTrust } from './trust.test';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30000, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, 'suite', mocha);
  registerTrust();
  return new Promise((resolve, reject) => {
    mocha.run(failures => {
      console.log(`trust: ${mocha.suite.total() - failures} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
  });
}
