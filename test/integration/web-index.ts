// The same suite in the web-worker extension host: mocha's browser build, bundled.
import { registerNetworkCheck } from './network'; // first: it watches the network from here on
import 'mocha/mocha';
import { register } from './extension.test';
import { registerStudyAsYouCode } from './studyAsYouCode.test';

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 30000 });
    register();
    registerStudyAsYouCode();
    registerNetworkCheck();
    try {
      const runner = mocha.run(failures => {
        console.log(`web: ${runner.total - failures} passed, ${failures} failed`);
        if (failures > 0) reject(new Error(`${failures} tests failed.`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
