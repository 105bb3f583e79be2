// Loaded by the extension host (extensionTestsPath): runs the integration suite with mocha.
import { registerNetworkCheck } from './network'; // first: it watches the network from here on
import Mocha from 'mocha';
import { register } from './extension.test';
import { registerStudyAsYouCode } from './studyAsYouCode.test';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30000, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, 'suite', mocha);
  register();
  registerStudyAsYouCode();
  registerNetworkCheck();
  return new Promise((resolve, reject) => {
    mocha.run(failures => {
      console.log(`integration: ${mocha.suite.total() - failures} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
  });
}
