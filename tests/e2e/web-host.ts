// Helpers for the end-to-end tests: build what the browser host serves, start it on a fresh data folder,
// and launch Debian's Chromium through playwright-core.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** Where screenshots of the main screens are kept (CI artifacts). */
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

/** Builds the renderer, main (job worker) and preload, and the CLI when missing. */
export function buildApp(): void {
  const vite = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (vite.status !== 0) throw new Error(`electron-vite build failed:\n${vite.stdout}\n${vite.stderr}`);
  if (!existsSync(join(ROOT, 'out', 'cli', 'sverka.cjs'))) {
    const cli = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, encoding: 'utf8' });
    if (cli.status !== 0) throw new Error(`CLI build failed:\n${cli.stderr}`);
  }
}

/** A running browser host and the browser looking at it. */
export interface Session {
  readonly url: string;
  readonly dataDir: string;
  readonly page: Page;
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
export async function openSession(): Promise<Session> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sverka-e2e-data-'));
  const profile = mkdtempSync(join(tmpdir(), 'sverka-e2e-profile-'));
  const host = await startHost(dataDir);
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
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.goto(host.url);
  return {
    url: host.url,
    dataDir,
    page,
    async close() {
      await context?.close();
      host.child.kill('SIGTERM');
      await new Promise((done) => (host.child.exitCode === null ? host.child.once('exit', done) : done(undefined)));
      rmSync(profile, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
