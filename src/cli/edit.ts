/**
 * `npm run edit -- [--port 4340] [--preview-port 4341] [--no-preview]`: the content editor in
 * the browser, for the content folder (`ATLAS_CONTENT` or `content/`). Serves Decap CMS from
 * node_modules with a configuration generated from the schemas, answers its storage requests
 * itself (checking every save as `npm run check` does), and runs the guide's dev server beside
 * it for the live preview. Everything stays on this computer: nothing is loaded from the network.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { ContentBackend, SaveRefused, collectionOf } from '../lib/editor/backend.ts';
import { unpack } from '../lib/content/bilingual.ts';
import { cmsConfig } from '../lib/editor/cms-config.ts';
import { contentIndex } from '../lib/editor/content-index.ts';
import { readSchemaDocs } from '../lib/editor/jsdoc.ts';
import { imageFolderOf } from '../lib/editor/uploads.ts';
import { renderProse } from '../lib/prose.ts';
import { contentRoot } from '../loaders/content-root.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4340' },
    'preview-port': { type: 'string', default: '4341' },
    'no-preview': { type: 'boolean', default: false },
  },
});

const root = contentRoot();
const backend = new ContentBackend(root);
const docs = readSchemaDocs();
const previewPort = Number(values['preview-port']);
const previewUrl = values['no-preview'] ? undefined : `http://127.0.0.1:${previewPort}`;

const decap = sirv(path.join(projectRoot, 'node_modules/decap-cms/dist'), { dev: false, etag: true });
const editorFiles = sirv(path.join(projectRoot, 'src/editor'), { dev: true });

async function body(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

function json(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(value));
}

function origin(request: IncomingMessage): string {
  return `http://${request.headers.host ?? `127.0.0.1:${values.port}`}`;
}

async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (request.method === 'GET' && pathname === '/config.json') {
    return json(response, 200, cmsConfig(docs, await contentIndex(backend), { origin: origin(request), previewUrl }));
  }
  if (request.method === 'GET' && pathname === '/preview.json') {
    return json(response, 200, { url: previewUrl ?? null });
  }
  if (request.method === 'POST' && pathname === '/api/v1') {
    const { action, params } = (await body(request)) as { action: string; params: Record<string, unknown> };
    try {
      return json(response, 200, await backend.handle(action, params ?? {}));
    } catch (error) {
      if (SaveRefused.prototype.isPrototypeOf(error as object)) return json(response, 422, { error: (error as SaveRefused).message, problems: (error as SaveRefused).problems });
      return json(response, 500, { error: (error as Error).message });
    }
  }
  if (request.method === 'POST' && pathname === '/api/check') {
    // The form as it is now: what saving it would find, without saving.
    const { raw, path: entryPath, collection } = (await body(request)) as { raw: string; path?: string; collection: string };
    const exists = entryPath ? await readFile(backend.resolve(entryPath)).then(() => true, () => false) : false;
    const prepared = await backend.prepare(raw, exists ? entryPath : undefined, collectionOf(collection === 'site' ? 'site.yaml' : `${collection}/`));
    return json(response, 200, { problems: prepared.problems });
  }
  if (request.method === 'POST' && pathname === '/api/upload') {
    const { collection, place, name, data } = (await body(request)) as { collection: string; place?: string; name: string; data: string };
    try {
      return json(response, 200, { src: await backend.upload(collection, place, name, Buffer.from(data, 'base64')) });
    } catch (error) {
      return json(response, 422, { error: unpack((error as Error).message) });
    }
  }
  if (request.method === 'GET' && pathname === '/api/picture') {
    // A picture already in the content folder, for the form's thumbnail.
    const { searchParams } = new URL(request.url ?? '/', 'http://localhost');
    try {
      const folder = imageFolderOf(searchParams.get('collection') ?? '', searchParams.get('place') ?? undefined);
      const file = backend.resolve(path.join(path.dirname(folder), searchParams.get('src') ?? ''));
      const bytes = await readFile(file);
      const type = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif' }[path.extname(file).slice(1).toLowerCase()];
      response.writeHead(200, { 'content-type': type ?? 'application/octet-stream', 'cache-control': 'no-store' });
      return void response.end(bytes);
    } catch {
      return notFound(response);
    }
  }
  if (request.method === 'POST' && pathname === '/api/markdown') {
    const { text } = (await body(request)) as { text: string };
    return json(response, 200, { html: renderProse(String(text ?? '')) });
  }
  if (pathname.startsWith('/decap/')) {
    request.url = request.url!.slice('/decap'.length);
    return decap(request, response, () => notFound(response));
  }
  if (pathname === '/') request.url = '/index.html';
  return editorFiles(request, response, () => notFound(response));
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('not found');
}

let preview: ChildProcess | undefined;
if (previewUrl) {
  // The guide's own dev server, on the same content, for the preview beside the form.
  preview = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(previewPort), '--host', '127.0.0.1'], {
    cwd: projectRoot,
    env: { ...process.env, ATLAS_CONTENT: root, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  preview.stdout?.on('data', (chunk: Buffer) => {
    if (/error/i.test(chunk.toString())) process.stderr.write(chunk);
  });
  preview.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
}

const server = createServer((request, response) => {
  route(request, response).catch((error: Error) => json(response, 500, { error: error.message }));
});
server.listen(Number(values.port), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(`内容编辑器 / Content editor: http://localhost:${port}/`);
  console.log(`内容文件夹 / Content folder: ${root}`);
  if (previewUrl) console.log(`预览 / Preview (the guide's dev server): ${previewUrl}/`);
  console.log('在浏览器中打开上面的地址；按 Ctrl+C 停止。/ Open the address above in a browser; Ctrl+C stops the editor.');
});

function stop(): void {
  preview?.kill();
  server.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
