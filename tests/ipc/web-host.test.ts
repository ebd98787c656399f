// The browser host: the API answers only the holder of the per-start token, only on 127.0.0.1 under its own
// Host name; static files never leave the renderer folder; downloads never leave the exports folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, type HandlerSet } from '../../electron/main/handlers/create-handlers';
import { InProcessJobRunner } from '../../electron/main/jobs/job-runner';
import { executeJob } from '../../electron/main/jobs/job-tasks';
import { startWebHost, type WebHost } from '../../electron/web/web-host';

let dir: string;
let set: HandlerSet;
let host: WebHost;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sverka-web-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  mkdirSync(join(dir, 'data', 'exports'), { recursive: true });
  writeFileSync(join(dir, 'data', 'exports', 'out.tmx'), '<tmx/>');
  set = createHandlers({ host: 'web', version: 'test', dataDir: join(dir, 'data'), sampleDir: 'resources/samples/lavrov-osce-2026-02-06', jobs: new InProcessJobRunner(executeJob), emit: () => undefined });
  host = await startWebHost({ handlers: set.handlers, rendererDir, uploadDir: join(dir, 'data', 'uploads'), downloadDir: join(dir, 'data', 'exports'), log: () => undefined });
});

afterAll(async () => {
  await host.close();
  await set.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw HTTP request (fetch cannot set the Host header). */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string }> {
  const url = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: url.hostname, port: url.port, path, method: options.method ?? 'GET', headers: options.headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

const json = { 'Content-Type': 'application/json' };

describe('the browser host', () => {
  it('prints an address on 127.0.0.1 with the token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/u);
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    const none = await send('/api/call/app.state', { method: 'POST', headers: json, body: '{}' });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body).error.key).toBe('web.tokenRequired');
    // One character off (a random token ends in x once in 64 runs: then y).
    const wrongToken = `${host.token.slice(0, -1)}${host.token.endsWith('x') ? 'y' : 'x'}`;
    const wrong = await send('/api/call/app.state', { method: 'POST', headers: { ...json, 'X-Sverka-Token': wrongToken }, body: '{}' });
    expect(wrong.status).toBe(401);
    expect((await send(`/api/events`)).status).toBe(401);
    expect((await send(`/api/download?path=${encodeURIComponent(join(dir, 'data', 'exports', 'out.tmx'))}`)).status).toBe(401);
    expect((await send(`/api/upload?name=a.txt`, { method: 'POST', body: 'x' })).status).toBe(401);
  });

  it('answers the token holder', async () => {
    const answer = await send('/api/call/app.state', { method: 'POST', headers: { ...json, 'X-Sverka-Token': host.token }, body: '{}' });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, value: { host: 'web', version: 'test' } });
  });

  it('validates arguments behind the token too', async () => {
    const answer = await send('/api/call/pairs.merge', { method: 'POST', headers: { ...json, 'X-Sverka-Token': host.token }, body: '{"pairId":"1; DROP TABLE pair"}' });
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { key: 'ipc.invalidArgument' } });
    const broken = await send('/api/call/app.state', { method: 'POST', headers: { ...json, 'X-Sverka-Token': host.token }, body: '{not json' });
    expect(broken.status).toBe(400);
    const notJson = await send('/api/call/app.state', { method: 'POST', headers: { 'Content-Type': 'text/plain', 'X-Sverka-Token': host.token }, body: '{}' });
    expect(notJson.status).toBe(415);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const answer = await send('/api/call/app.state', { method: 'POST', headers: { ...json, Host: 'evil.example:80', 'X-Sverka-Token': host.token }, body: '{}' });
    expect(answer.status).toBe(421);
    expect((await send('/', { headers: { Host: 'evil.example' } })).status).toBe(421);
  });

  it('serves the page with a CSP, and nothing outside the renderer folder', async () => {
    const page = await send('/');
    expect(page.status).toBe(200);
    expect((await send('/../secret.txt')).status).toBe(404);
    expect((await send('/%2e%2e/secret.txt')).status).toBe(404);
    expect((await send('/%2e%2e%2fsecret.txt')).status).toBe(404);
  });

  it('downloads only from the exports folder', async () => {
    const token = encodeURIComponent(host.token);
    const inside = await send(`/api/download?token=${token}&path=${encodeURIComponent(join(dir, 'data', 'exports', 'out.tmx'))}`);
    expect(inside).toMatchObject({ status: 200, body: '<tmx/>' });
    const outside = await send(`/api/download?token=${token}&path=${encodeURIComponent(join(dir, 'secret.txt'))}`);
    expect(outside.status).toBe(404);
    const traversal = await send(`/api/download?token=${token}&path=${encodeURIComponent(join(dir, 'data', 'exports', '..', '..', 'secret.txt'))}`);
    expect(traversal.status).toBe(404);
  });

  it('listens on loopback only', async () => {
    expect(new URL(host.origin).hostname).toBe('127.0.0.1');
  });
});
