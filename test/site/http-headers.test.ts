import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';
import { builtSite, projectRoot } from '../support/paths.ts';

const required = ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy'];

async function builtHeaders() {
  return parseHeadersFile(await readFile(path.join(builtSite, '_headers'), 'utf8'));
}

test('the built guide ships a _headers file that gives every page the security headers', async () => {
  const rules = await builtHeaders();
  for (const page of ['/zh/', '/en/opportunities/jiutai-biologics-cdmo/', '/404.html', '/_astro/anything.js']) {
    const headers = headersFor(rules, page);
    for (const name of required) expect(headers[name], `${page} ${name}`).toBeTruthy();
    expect(headers['Content-Security-Policy']).toContain('frame-ancestors');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  }
  expect(headersFor(rules, '/_astro/anything.js')['Cache-Control']).toContain('immutable');
  expect(headersFor(rules, '/zh/')['Cache-Control']).toBeUndefined();
  expect(headersFor(rules, '/kiosk-sw.js')['Cache-Control']).toBe('no-cache');
});

test('the nginx snippet sets the same headers, with the same values, as _headers', async () => {
  const snippet = await readFile(path.join(projectRoot, 'deploy/nginx-security-headers.conf'), 'utf8');
  const nginx = Object.fromEntries([...snippet.matchAll(/^add_header ([\w-]+) "(.*)" always;$/gm)].map(([, name, value]) => [name, value]));
  expect(nginx).toEqual(headersFor(await builtHeaders(), '/zh/'));
});
