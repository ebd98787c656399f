// Helpers for the end-to-end tests: build what the browser host serves, start it on a fresh data folder,
// and launch Debian's Chromium through playwright-core.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** Where screenshots of the main screens are kept (CI artifacts). */
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

const BUILD_LOCK = join(ROOT, 'out', '.e2e-build-lock');
/** The vitest process running the test files: the parent of a forked worker, or this process for threads. */
const RUN_ID = String(typeof process.send === 'function' ? process.ppid : process.pid);

function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((time, entry) => {
    const path = join(dir, entry.name);
    return Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

/** True when every build output exists and is newer than every source it is built from. */
function fresh(outputs: readonly string[], sources: readonly string[]): boolean {
  const sourceTime = Math.max(...sources.map((dir) => newest(join(ROOT, dir))));
  return outputs.every((output) => existsSync(join(ROOT, output)) && statSync(join(ROOT, output)).mtimeMs > sourceTime);
}

function run(args: readonly string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Builds what the browser host serves (renderer, job worker) and the CLI, unless they are newer than their
 * sources. Test files run in parallel: one builds under a lock folder while the others wait.
 */
export async function buildApp(): Promise<void> {
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      // A lock older than five minutes is left over from a killed run.
      const lock = statSync(BUILD_LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > 300_000) rmSync(BUILD_LOCK, { recursive: true, force: true });
      await new Promise((done) => setTimeout(done, 300));
    }
  }
  try {
    // Once per test run: a rebuild while another test file's host is running would pull its files away.
    const marker = join(ROOT, 'out', '.e2e-run');
    if (existsSync(marker) && readFileSync(marker, 'utf8') === RUN_ID) return;
    const sources = ['shared', 'electron', 'renderer'];
    if (!fresh(['out/renderer/index.html', 'out/main/job-worker.cjs'], sources)) run([join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build']);
    if (!fresh(['out/cli/sverka.cjs'], [...sources, 'cli'])) run([join(ROOT, 'scripts', 'build-cli.mjs')]);
    writeFileSync(marker, RUN_ID);
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/** Calls the browser host's API directly, as the page would. */
export type ApiCall = (channel: string, args: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>;

function apiCall(url: string): ApiCall {
  const address = new URL(url);
  const token = address.searchParams.get('token') ?? '';
  return async (channel, args) => {
    const response = await fetch(`${address.origin}/api/call/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Sverka-Token': token },
      body: JSON.stringify(args),
    });
    return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  };
}

/** A running browser host and the browser looking at it. */
export interface Session {
  readonly url: string;
  readonly dataDir: string;
  readonly page: Page;
  /** Errors the page reported: uncaught exceptions and console errors (Content-Security-Policy violations too). */
  readonly problems: string[];
  close(): Promise<void>;
}

async function startHost(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'sverka.cjs'), 'web', '--data-dir', dataDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((done, failed) => {
    const timer = setTimeout(() => failed(new Error('the browser host printed no address')), 30_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      done(line.trim());
    });
    child.once('exit', (code) => failed(new Error(`the browser host exited with ${code}`)));
  });
  return { child, url };
}

/** Starts the host on a fresh data folder and opens its address in Chromium. */
export async function openSession(options: { beforeLoad?: (call: ApiCall) => Promise<void> } = {}): Promise<Session> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sverka-e2e-data-'));
  const profile = mkdtempSync(join(tmpdir(), 'sverka-e2e-profile-'));
  const host = await startHost(dataDir);
  await options.beforeLoad?.(apiCall(host.url));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1400, height: 900 },
      locale: 'en-GB',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  } catch (error) {
    host.child.kill();
    throw error;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.goto(host.url);
  return {
    url: host.url,
    dataDir,
    page,
    problems,
    async close() {
      await context?.close();
      host.child.kill('SIGTERM');
      await new Promise((done) => (host.child.exitCode === null ? host.child.once('exit', done) : done(undefined)));
      rmSync(profile, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A browser session shared by the steps of one end-to-end file, which build on each other. */
export interface SerialSession {
  readonly session: Session;
  readonly page: Page;
}

/**
 * Registers the lifecycle every serial end-to-end file needs: build the app and open one session before the
 * steps, close it after; once a step fails, a screenshot named `failureShot` is saved and the remaining steps
 * are skipped instead of timing out one by one.
 */
export function serialSession(failureShot: string): SerialSession {
  let current: Session | undefined;
  let broken = false;
  const live = (): Session => {
    if (!current) throw new Error('the end-to-end session is not open yet');
    return current;
  };
  beforeAll(async () => {
    await buildApp();
    current = await openSession();
  }, 180_000);
  afterAll(async () => {
    await current?.close();
  });
  beforeEach((context) => {
    if (broken) context.skip();
  });
  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    broken = true;
    await current?.page.screenshot({ path: join(SCREENSHOTS, `${failureShot}.png`) });
  });
  return {
    get session() {
      return live();
    },
    get page() {
      return live().page;
    },
  };
}
