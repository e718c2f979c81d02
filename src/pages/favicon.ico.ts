/** `/favicon.ico`, for browsers and crawlers that ask for it whatever the page links. */
import type { APIRoute } from 'astro';
import { faviconSvg, icoFile, icoSizes, iconPng } from '../lib/icons.ts';

export const GET: APIRoute = () => {
  const svg = faviconSvg();
  return new Response(new Uint8Array(icoFile(icoSizes.map((size) => ({ size, png: iconPng(svg, size) })))), { headers: { 'content-type': 'image/x-icon' } });
};
