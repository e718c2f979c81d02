/**
 * The `pmtiles` basemap: vector tiles from a PMTiles archive on the guide's own host, drawn on
 * canvas by protomaps-leaflet in its light style with names in the page language. Loaded with a
 * dynamic import only by maps whose basemap this is, so no other page pays for the renderer.
 */
import L from 'leaflet';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { leafletLayer } from 'protomaps-leaflet';

/**
 * Reads the archive with HTTP range requests. A host that ignores ranges (some static servers,
 * and the kiosk's offline copy, which keeps whole files) answers with the whole archive: then it
 * is kept and every later read is a slice of it. The library's own `FetchSource` refuses such
 * answers.
 */
export class GuideFileSource implements Source {
  private whole?: Promise<ArrayBuffer>;

  constructor(private readonly url: string) {}

  getKey(): string {
    return this.url;
  }

  async getBytes(offset: number, length: number, signal?: AbortSignal): Promise<RangeResponse> {
    if (this.whole) return { data: (await this.whole).slice(offset, offset + length) };
    const response = await fetch(this.url, { headers: { range: `bytes=${offset}-${offset + length - 1}` }, signal });
    if (response.status === 206) return { data: await response.arrayBuffer() };
    if (!response.ok) throw new Error(`${this.url}: HTTP ${response.status}`);
    this.whole ??= response.arrayBuffer();
    return { data: (await this.whole).slice(offset, offset + length) };
  }
}

/**
 * A Leaflet layer drawing the archive at `url`; rejects when the archive cannot be read, so the
 * map can fall back to its offline outline.
 */
export async function vectorBasemap(url: string, lang: string): Promise<L.GridLayer> {
  const archive = new PMTiles(new GuideFileSource(url));
  const header = await archive.getHeader();
  // protomaps-leaflet extends the global Leaflet; the bundled module is the same object.
  (window as unknown as { L?: typeof L }).L ??= L;
  return leafletLayer({
    url: archive,
    flavor: 'light',
    lang,
    // Beyond the archive's deepest level its tiles are drawn larger: vector shapes stay sharp.
    maxDataZoom: header.maxZoom,
    // The map's own attribution control already credits the data.
    attribution: '',
  }) as unknown as L.GridLayer;
}
