// npm start: runs the extension in a real VS Code. Desktop `code` where it exists; otherwise a
// local VS Code for the web (code-server) on 127.0.0.1 with the packaged extension installed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startServer } from './vscode/tools.mjs';

const build = spawnSync('node', ['esbuild.config.mjs'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
const folder = join(ROOT, 'test', 'fixtures', 'workspace');
const hasCode = spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
if (hasCode && !process.env.GENAI_STUDY_WEB) {
  spawnSync('code', ['--extensionDevelopmentPath', ROOT, folder], { stdio: 'inherit' });
} else {
  const vsix = join(mkdtempSync(join(tmpdir(), 'genai-study-start-')), 'genai-study.vsix');
  const pack = spawnSync('npx', ['vsce', 'package', '--no-dependencies', '--out', vsix], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (pack.status !== 0) process.exit(1);
  const server = await startServer({ vsix, port: Number(process.env.PORT) || undefined });
  console.log(
    `\nVS Code with GenAI Study Companion: ${server.url}/?folder=${encodeURIComponent(folder)}\nPress Ctrl+C to stop.`,
  );
  const stop = () => {
    server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => {}, 1 << 30);
}
