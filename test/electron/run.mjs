// The integration suite under @vscode/test-electron: desktop VS Code, downloaded on first run
// (needs network access to VS Code's update service; offline machines use `npm test`).
import { runTests } from '@vscode/test-electron';
import { join } from 'node:path';
import { ROOT } from '../vscode/tools.mjs';

try {
  await runTests({
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(ROOT, 'out', 'test', 'integration', 'index.js'),
    launchArgs: [join(ROOT, 'test', 'fixtures', 'workspace'), '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (e) {
  console.error(`Integration tests under @vscode/test-electron failed: ${e.message ?? e}`);
  process.exit(1);
}
