import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import type { Fixture } from '../../fixtures/fixture-types';
import { FIXTURES } from '../../fixtures/pages';
import { makeCertificate, SERVED_DOMAINS } from './certificate';

/** A form submission the server received: where, and the decoded fields, in order. */
export interface RecordedPost {
  readonly url: string;
  readonly fields: readonly [string, string][];
}

/** Any request the server received: the full URL, and the body when there is one. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly body: string;
}

export interface FixtureServer {
  /** Port of the HTTPS server that plays every CNRS host. */
  readonly httpsPort: number;
  /** Port of the HTTP CONNECT proxy that sends the served hosts to it (for Firefox). */
  readonly proxyPort: number;
  readonly posts: RecordedPost[];
  /** Every request received, in order (privacy tests look for pieces of a typed password in them). */
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

const PAGES_DIR = new URL('../../fixtures/pages/', import.meta.url);

function routeKey(url: URL): string {
  return `${url.hostname}${url.pathname}${url.search}`;
}

function isServed(hostname: string): boolean {
  return SERVED_DOMAINS.some((domain) => (domain.startsWith('*.') ? hostname.endsWith(domain.slice(1)) : hostname === domain));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Pages served besides the fixtures: what a form's POST lands on, and a page of an unrelated site. The
 * first has an empty icon, which spares Chromium a request for /favicon.ico whose 404 it would log as a
 * console error in the middle of a test that compares the tab's errors.
 */
const POSTED_PAGE =
  '<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,"><title>Received</title><p id="received">Form received by the test server.</p></html>';
const OTHER_SITE_PAGE = '<!doctype html><html lang="en"><meta charset="utf-8"><title>Other site</title><h1>Not a CNRS site</h1></html>';

/**
 * Serves every replica at its real URL (the browsers map the CNRS host names to this server) and records
 * every form posted to it. Unknown URLs get 404, so a test never silently sees the wrong page.
 */
export async function startFixtureServer(fixtures: readonly Fixture[] = FIXTURES): Promise<FixtureServer> {
  const routes = new Map(fixtures.map((fixture) => [routeKey(new URL(fixture.url)), fixture]));
  const posts: RecordedPost[] = [];
  const requests: RecordedRequest[] = [];
  const https = createHttpsServer(makeCertificate(), async (request, response) => {
    const url = new URL(request.url ?? '/', `https://${request.headers.host ?? 'unknown'}`);
    const body = await readBody(request);
    requests.push({ method: request.method ?? '', url: url.href, body });
    if (request.method === 'POST') {
      posts.push({ url: url.href, fields: [...new URLSearchParams(body)] });
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(POSTED_PAGE);
      return;
    }
    if (url.hostname.endsWith('other-site.example')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(OTHER_SITE_PAGE);
      return;
    }
    const fixture = routes.get(routeKey(url)) ?? routes.get(`${url.hostname}${url.pathname}`);
    if (!fixture) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`No replica for ${url.href}`);
      return;
    }
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(readFileSync(new URL(fixture.file, PAGES_DIR)));
  });
  await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
  const httpsPort = (https.address() as AddressInfo).port;

  // Firefox has no host-resolver rules: it reaches the served hosts through this proxy instead.
  const proxy: Server = createHttpServer((_request, response) => response.writeHead(405).end());
  const tunnels = new Set<{ destroy(): void }>();
  proxy.on('connect', (request: IncomingMessage, client, head) => {
    tunnels.add(client);
    client.on('close', () => tunnels.delete(client));
    const hostname = (request.url ?? '').split(':')[0] ?? '';
    if (!isServed(hostname)) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(httpsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const proxyPort = (proxy.address() as AddressInfo).port;

  return {
    httpsPort,
    proxyPort,
    posts,
    requests,
    close: async () => {
      https.closeAllConnections();
      proxy.closeAllConnections();
      for (const tunnel of tunnels) tunnel.destroy();
      await Promise.all([new Promise((resolve) => https.close(resolve)), new Promise((resolve) => proxy.close(resolve))]);
    },
  };
}
