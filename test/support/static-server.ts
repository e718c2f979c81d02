/**
 * A minimal static file server for the built guide, as any web host would serve it, with the
 * headers of the guide's own `_headers` file, so the browser tests run under them, and text
 * compressed with gzip when the browser accepts it (as every host does: Lighthouse's slow-line
 * figures are only realistic then).
 */
import { createReadStream } from 'node:fs';
import { createGzip } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

/** Formats a host compresses; pictures, fonts and Pagefind's own packed files are sent as they are. */
const compressible = new Set(['.html', '.css', '.js', '.json', '.svg', '.webmanifest', '.xml', '.txt', '.csv']);

async function resolveFile(root: string, pathname: string): Promise<string | null> {
  const target = path.join(root, decodeURIComponent(pathname));
  if (!target.startsWith(root)) return null;
  for (const candidate of [target, path.join(target, 'index.html')]) {
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return candidate;
  }
  return null;
}

export async function serveDirectory(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const headerRules = parseHeadersFile(await readFile(path.join(root, '_headers'), 'utf8').catch(() => ''));
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    for (const [name, value] of Object.entries(headersFor(headerRules, pathname))) response.setHeader(name, value);
    const file = await resolveFile(root, pathname);
    if (!file) {
      const notFound = path.join(root, '404.html');
      response.writeHead(404, { 'content-type': types['.html'] });
      createReadStream(notFound).on('error', () => response.end('not found')).pipe(response);
      return;
    }
    const extension = path.extname(file);
    const headers: Record<string, string> = { 'content-type': types[extension] ?? 'application/octet-stream' };
    const gzip = compressible.has(extension) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    if (gzip) Object.assign(headers, { 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
    response.writeHead(200, headers);
    const body = createReadStream(file);
    if (gzip) body.pipe(createGzip()).pipe(response);
    else body.pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
