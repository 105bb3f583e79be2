// Runs the integration suite inside a real extension host: the workbench of a code-server
// started with the smoke-test driver opens with a payload naming our extension and its tests;
// the host's exit code comes back through window.codeAutomationExit.
import { format } from 'node:util';
import { launchBrowser } from './tools.mjs';

const NOISE =
  /^\[(AgentHost|ChatModelSelection|AccountPolicyGate|Service Worker|AgentHost:remote)|^(getaddrinfo ENOTFOUND|\[reconnection-grace-time\]|Creating a socket|Resolving connection|Resolved connection|Updating additional|An unknown error)/;

/** Returns { code, output }: code is the host's exit code, 124 on timeout. */
export async function runInHost({ url, extensionPath, testsPath, folder, timeoutMs = 240_000 }) {
  const authority = new URL(url).host;
  const remote = p => `vscode-remote://${authority}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testsPath)],
  ];
  const target = `${url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const { page, close } = await launchBrowser();
  let output = '';
  try {
    const done = new Promise(resolve => {
      void page.exposeFunction('codeAutomationLog', (type, args) => {
        const text = format(...args);
        if (NOISE.test(text)) return;
        output += text + '\n';
        (type === 'error' ? console.error : console.log)(text);
      });
      void page.exposeFunction('codeAutomationExit', code => resolve(code));
    });
    await page.goto(target, { timeout: 120_000 }); // a loaded machine can take long to serve the workbench
    let timer;
    const timeout = new Promise(resolve => {
      timer = setTimeout(() => resolve(124), timeoutMs);
    });
    const code = await Promise.race([done, timeout]);
    clearTimeout(timer);
    if (code === 124) console.error('Timed out waiting for the extension host to finish the tests.');
    return { code, output };
  } finally {
    await close();
  }
}
