/** `/icon-192.png`, drawn at build from public/favicon.svg (see src/lib/icons.ts). */
import type { APIRoute } from 'astro';
import { faviconSvg, iconPng, pngIcons } from '../lib/icons.ts';

export const GET: APIRoute = () => {
  const { size, opaque } = pngIcons.find((icon) => icon.file === 'icon-192.png')!;
  return new Response(new Uint8Array(iconPng(faviconSvg(), size, opaque)), { headers: { 'content-type': 'image/png' } });
};
