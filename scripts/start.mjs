// `npm start`: the desktop app where the Electron binary is installed, otherwise the browser host (whose first
// printed line is the address to open). `npm run web` (this script with --web) always starts the browser host.
// Builds the app first when out/ is missing or older than the sources; build output goes to stderr so the
// address stays the first line on stdout.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const wantWeb = process.argv.includes('--web');
const passThrough = process.argv.slice(2).filter((argument) => argument !== '--web');

function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

function outdated(output, sources) {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((source) => existsSync(source) && newest(source) > built);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', process.stderr, process.stderr], shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const sources = ['shared', 'electron', 'renderer'].map((dir) => join(root, dir));
if (outdated(join(root, 'out', 'renderer', 'index.html'), sources) || outdated(join(root, 'out', 'main', 'job-worker.cjs'), sources)) {
  run(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build']);
}
if (outdated(join(root, 'out', 'cli', 'sverka.cjs'), [...sources, join(root, 'cli')])) {
  run(process.execPath, [join(root, 'scripts', 'build-cli.mjs')]);
}

function electronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

// `npm install` does not run Electron's download step (package.json allowScripts), so that installing never fails
// where the binary cannot be fetched. The first `npm start` fetches it through Electron's own installer; where that
// is impossible (offline, or ELECTRON_SKIP_BINARY_DOWNLOAD set) the same app is served to the browser instead.
function fetchElectronBinary() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return;
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return;
  process.stderr.write('Sverka: fetching the Electron binary (first start only)…\n');
  const result = spawnSync(process.execPath, [installer], { cwd: join(root, 'node_modules', 'electron'), stdio: ['ignore', 'ignore', 'pipe'], timeout: 600_000 });
  if (result.status !== 0) process.stderr.write('Sverka: the Electron binary could not be fetched; serving the app to the browser instead.\n');
}

if (!wantWeb && electronBinary() === undefined) fetchElectronBinary();
const electron = wantWeb ? undefined : electronBinary();
const child = electron
  ? spawn(electron, [root, ...passThrough], { cwd: root, stdio: 'inherit' })
  : spawn(process.execPath, [join(root, 'bin', 'sverka.cjs'), 'web', ...passThrough], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
