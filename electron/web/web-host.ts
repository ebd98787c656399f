/**
 * The browser host: serves the built renderer and the same handlers as the desktop app over HTTP on
 * 127.0.0.1 only, on a free port. Every API call must carry the per-start token (header `X-Sverka-Token`, or
 * the `token` query parameter for the event stream and downloads, which a page cannot send headers with);
 * requests whose Host is not this loopback address are refused (DNS rebinding).
 */
import { createWriteStream, mkdirSync, statSync, createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join, resolve, sep } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { AppEvent } from '../../shared/ipc/events';
import { dispatch, type Handlers } from '../main/handlers/dispatch';
import { serveStatic } from './static-files';
import { newToken, tokenMatches } from './token';

const MAX_BODY = 2 * 1024 * 1024;
const MAX_UPLOAD = 256 * 1024 * 1024;

/** How to start the host. */
export interface WebHostOptions {
  readonly handlers: Handlers;
  /** The built renderer (out/renderer). */
  readonly rendererDir: string;
  /** Where uploaded files go; downloads are served only from `downloadDir`. */
  readonly uploadDir: string;
  readonly downloadDir: string;
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** A fixed token (tests); a random one otherwise. */
  readonly token?: string;
  readonly log?: (message: string) => void;
}

/** A running host. */
export interface WebHost {
  /** The address to open, token included. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  /** Sends an event to every open page. */
  emit(event: AppEvent): void;
  close(): Promise<void>;
}

/** Starts the host and resolves once it listens. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? newToken();
  const log = options.log ?? ((message: string) => console.error(message));
  const streams = new Set<ServerResponse>();
  let origin = '';
  let hostHeader = '';

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`sverka web: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: { key: 'internal', params: {} } });
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = request.headers.host ?? '';
    if (host !== hostHeader && host !== hostHeader.replace('127.0.0.1', 'localhost')) {
      sendJson(response, 421, { ok: false, error: { key: 'web.wrongHost', params: {} } });
      return;
    }
    const url = new URL(request.url ?? '/', origin);
    if (!url.pathname.startsWith('/api/')) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return sendJson(response, 405, {});
      if (!serveStatic(options.rendererDir, url.pathname, response)) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      }
      return;
    }
    const presented = request.headers['x-sverka-token'];
    const headerToken = Array.isArray(presented) ? presented[0] : presented;
    if (!tokenMatches(token, headerToken ?? url.searchParams.get('token'))) {
      sendJson(response, 401, { ok: false, error: { key: 'web.tokenRequired', params: {} } });
      return;
    }
    if (url.pathname === '/api/events' && request.method === 'GET') return openEventStream(response);
    if (url.pathname === '/api/upload' && request.method === 'POST') return upload(request, response, url);
    if (url.pathname === '/api/download' && request.method === 'GET') return download(response, url);
    const call = /^\/api\/call\/([A-Za-z]+\.[A-Za-z]+)$/u.exec(url.pathname);
    if (call && request.method === 'POST') {
      if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendJson(response, 415, { ok: false, error: { key: 'web.jsonRequired', params: {} } });
      }
      const body = await readBody(request, MAX_BODY);
      let args: unknown;
      try {
        args = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
      } catch {
        return sendJson(response, 400, { ok: false, error: { key: 'ipc.invalidArgument', params: { channel: call[1], field: '-' } } });
      }
      return sendJson(response, 200, await dispatch(options.handlers, call[1], args, log));
    }
    sendJson(response, 404, { ok: false, error: { key: 'ipc.unknownChannel', params: { channel: url.pathname.slice(0, 80) } } });
  }

  function openEventStream(response: ServerResponse): void {
    response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    response.write(': connected\n\n');
    streams.add(response);
    response.on('close', () => streams.delete(response));
  }

  async function upload(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const name = basename(url.searchParams.get('name') ?? 'file').replace(/[^\p{L}\p{N}._ -]+/gu, '_').slice(0, 200) || 'file';
    const dir = join(options.uploadDir, randomUUID());
    mkdirSync(dir, { recursive: true });
    const path = join(dir, name);
    let size = 0;
    await new Promise<void>((done, failed) => {
      const out = createWriteStream(path);
      request.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_UPLOAD) {
          request.destroy();
          out.destroy();
          failed(new Error('upload too large'));
        }
      });
      request.pipe(out);
      out.on('finish', () => done());
      out.on('error', failed);
    });
    sendJson(response, 200, { ok: true, value: path });
  }

  function download(response: ServerResponse, url: URL): void {
    const root = resolve(options.downloadDir);
    const file = resolve(url.searchParams.get('path') ?? '');
    let size = -1;
    try {
      if (file.startsWith(root + sep)) size = statSync(file).size;
    } catch {
      size = -1;
    }
    if (size < 0) return sendJson(response, 404, { ok: false, error: { key: 'format.notFound', params: { file: basename(file) } } });
    response.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Content-Length': size,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(basename(file))}`,
    });
    createReadStream(file).pipe(response);
  }

  await new Promise<void>((done, failed) => {
    server.once('error', failed);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  hostHeader = `127.0.0.1:${port}`;
  origin = `http://${hostHeader}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    emit(event) {
      const data = `data: ${JSON.stringify(event)}\n\n`;
      for (const stream of streams) stream.write(data);
    },
    close: () =>
      new Promise<void>((done) => {
        for (const stream of streams) stream.end();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(body);
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((done, failed) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.destroy();
        failed(new Error('request body too large'));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => done(Buffer.concat(chunks)));
    request.on('error', failed);
  });
}
