/**
 * A minimal static file server for a built site, on a free port of 127.0.0.1.
 * The bench uses it instead of `astro preview` so it starts in milliseconds
 * and serves exactly the files of one output directory. Not for production:
 * no caching headers, no range requests; gzip only when asked for.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * Gzip text responses for clients that accept it, as a static host does, so
   * a measurement of load time sees the bytes a reader would download.
   * @default false
   */
  gzip?: boolean;
  /** The port on 127.0.0.1; 0 picks a free one. @default 0 */
  port?: number;
  /**
   * The sub-path the site lives under (Astro's `base`), e.g. `/course/`, as on a
   * GitHub Pages project site; nothing outside it is served. @default '/'
   */
  base?: string;
}

/** Text types a static host compresses. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml))|svg/;

/** Serves `root` (directory URLs map to their index.html, misses to 404.html). */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = options.base ?? '/';
  const server = createServer(async (request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const pathname = requested.startsWith(base) ? `/${requested.slice(base.length)}` : '/\0outside-the-base';
    // normalize() collapses `..`, so a request cannot escape `root`.
    const file = join(root, normalize(pathname.endsWith('/') ? pathname + 'index.html' : pathname));
    try {
      const body = await readFile(file);
      const type = contentTypes[extname(file)] ?? 'application/octet-stream';
      if (options.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        response.end(gzipSync(body));
        return;
      }
      response.writeHead(200, { 'content-type': type });
      response.end(body);
    } catch {
      const body = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
      response.writeHead(404, { 'content-type': contentTypes['.html'] ?? 'text/html' });
      response.end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
