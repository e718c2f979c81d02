/**
 * Draws an `<atlas-map>`: Leaflet with clustered opportunity markers, region boundaries,
 * centres and names, zones and parks, land and buildings on offer, on raster tiles, on vector
 * tiles from the guide's own PMTiles file (its renderer loaded only then), or on the offline
 * GeoJSON basemap. The places come from the plain list inside the element (a long guide's
 * opportunities from the data file the list names, see map-points.ts); the settings from its
 * JSON data block. On the map page it also runs the filters (the opportunity list's facets and
 * URL parameters) and the layer switches.
 *
 * Only pages with a map load this module: the map page directly, region and opportunity pages
 * through the small loader in `lazy.ts` once their map scrolls into view.
 */
import L from 'leaflet';
import 'leaflet.markercluster';
// Linked when the first map is drawn, not in the page head, so no page waits for it to paint.
import mapStylesheet from './map-styles.css?url';
// Imported, not found through leaflet.css: after bundling Leaflet cannot guess its image path.
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png?url';
import iconUrl from 'leaflet/dist/images/marker-icon.png?url';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png?url';
import { tilesHaveFailed } from '../../lib/map/fallback.ts';
import { graticule } from '../../lib/map/graticule.ts';
import { estimateTextWidth, nameLines, placeMarks, placeLabels, type Box, type LabelCandidate } from '../../lib/map/labels.ts';
import { isFiltered, matchesSelection, searchFromSelection, selectionFromSearch, type FacetValues, type Selection } from '../../lib/filters.ts';
import type { MapClientConfig } from '../../lib/map/config.ts';
import type { AreaGeometry } from '../../lib/map/geometry.ts';
import type { MapLayer } from '../../lib/map/places.ts';
import type { MapOpportunity, PointList } from './map-points.ts';

const opportunityIcon = L.icon({
  iconUrl,
  iconRetinaUrl,
  shadowUrl,
  iconSize: [25, 41],
  iconAnchor: [12, 41],
  popupAnchor: [1, -34],
  tooltipAnchor: [16, -28],
  shadowSize: [41, 41],
});

/** A div icon whose element carries an accessible name (Leaflet only names image icons). */
const LabelledDivIcon = L.DivIcon.extend({
  createIcon(this: L.DivIcon & { options: L.DivIconOptions & { label?: string } }, oldIcon?: HTMLElement) {
    const element = L.DivIcon.prototype.createIcon.call(this, oldIcon);
    if (this.options.label) element.setAttribute('aria-label', this.options.label);
    return element;
  },
}) as unknown as new (options: L.DivIconOptions & { label: string }) => L.DivIcon;

interface OpportunityPlace {
  opportunity: MapOpportunity;
  marker: L.Marker;
}

function readJson<Value>(root: HTMLElement, selector: string): Value | undefined {
  const text = root.querySelector(selector)?.textContent;
  return text ? (JSON.parse(text) as Value) : undefined;
}

const nameOf = (item: HTMLElement) => item.dataset.name ?? item.querySelector('a')?.textContent?.trim() ?? '';
const pointOf = (item: HTMLElement) => L.latLng(Number(item.dataset.lat), Number(item.dataset.lng));

function factList(facts: [string, string | undefined][]): HTMLElement | undefined {
  const shown = facts.filter((fact): fact is [string, string] => Boolean(fact[1]));
  if (shown.length === 0) return undefined;
  const list = document.createElement('dl');
  for (const [term, value] of shown) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    list.append(dt, dd);
  }
  return list;
}

function note(text: string): HTMLElement {
  const element = document.createElement('p');
  element.className = 'map-popup-note';
  element.textContent = text;
  return element;
}

const textOf = (item: HTMLElement, selector: string) => item.querySelector(selector)?.textContent?.trim() || undefined;

/**
 * Popup content, built from the list item: the same link and facts the list carries. An
 * opportunity: region, investment, stage, industry and validity; a region: its level and first
 * key figure; land or a building: its kind, status and region.
 */
function popupFor(item: HTMLElement, config: MapClientConfig): HTMLElement {
  const { labels } = config;
  const box = document.createElement('div');
  box.className = 'map-popup';
  const title = document.createElement('p');
  title.className = 'map-popup-title';
  const link = item.querySelector('a');
  if (link) title.append(link.cloneNode(true));
  box.append(title);
  const kind = item.dataset.mapPlace;
  let facts: HTMLElement | undefined;
  if (kind === 'opportunity') {
    facts = factList([
      [labels.region, textOf(item, '[data-place-region]')],
      [labels.investment, textOf(item, '[data-place-investment]')],
      [labels.stage, item.dataset.stage],
      [labels.industry, item.dataset.industry],
      [labels.validUntil, item.dataset.valid],
    ]);
  } else if (kind === 'carrier') {
    facts = factList([
      [labels.carrierKind, textOf(item, '[data-place-kind]')],
      [labels.carrierStatus, textOf(item, '[data-place-status]')],
      [labels.region, textOf(item, '[data-place-region]')],
    ]);
  } else {
    const level = textOf(item, '[data-place-level]');
    if (level) box.append(note(level));
    if (item.dataset.figure) {
      const figure = document.createElement('p');
      figure.className = 'map-popup-figure';
      figure.textContent = item.dataset.figure;
      box.append(figure);
    }
  }
  if (facts) box.append(facts);
  if (item.dataset.expired !== undefined) {
    // A badge in words, not colour alone: the place is past its valid-until date.
    const badge = note(labels.expired);
    badge.classList.add('map-popup-expired');
    badge.dataset.expiredBadge = '';
    box.append(badge);
  }
  if (item.dataset.approximate !== undefined) box.append(note(labels.approximate));
  return box;
}

/** A long guide's opportunities, loaded from its data file, and the list that shows them a page at a time. */
interface LoadedPoints {
  opportunities: MapOpportunity[];
  list: PointList;
}

/** The item's `data-facet-*` values. */
function valuesOf(item: HTMLElement): FacetValues {
  const values: Record<string, string[]> = {};
  for (const { name, value } of item.attributes) {
    if (name.startsWith('data-facet-')) values[name.slice('data-facet-'.length)] = value.split(' ').filter(Boolean);
  }
  return values;
}

/** An opportunity listed in the page. */
function opportunityFromItem(item: HTMLElement): MapOpportunity {
  return { name: nameOf(item), lat: Number(item.dataset.lat), lng: Number(item.dataset.lng), approximate: item.dataset.approximate !== undefined, values: valuesOf(item), item: () => item };
}

/** A region or park whose name the map may write beside its mark. */
interface NamedPlace {
  id: string;
  text: string;
  lang?: string;
  point: L.LatLng;
  priority: number;
  layer: MapLayer;
}

class AtlasMapView {
  private readonly map: L.Map;
  private readonly cluster: L.MarkerClusterGroup;
  private readonly layers: Record<MapLayer, L.LayerGroup>;
  private readonly opportunities: OpportunityPlace[] = [];
  private readonly named: NamedPlace[] = [];
  /** Region, park and land marks, shown only where they are whole touch targets. */
  private readonly secondary: { id: string; marker: L.Marker; priority: number; layer: MapLayer }[] = [];
  private labelPane!: HTMLElement;
  private fitted = false;
  private labelFrame = 0;
  private readonly attribution: L.Control.Attribution;
  private basemapDrawn = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly config: MapClientConfig,
    private readonly loaded?: LoadedPoints,
  ) {
    const canvas = root.querySelector<HTMLElement>('[data-map-canvas]')!;
    root.querySelector('[data-map-placeholder]')?.remove();
    const { view, basemap, labels } = config;
    this.map = L.map(canvas, {
      center: view.center,
      zoom: view.zoom,
      minZoom: basemap.minZoom,
      // Clustering needs a maximum zoom, and without tiles no layer supplies one.
      maxZoom: basemap.maxZoom,
      zoomControl: false,
      attributionControl: false,
      scrollWheelZoom: config.mode === 'full',
    });
    L.control.zoom({ zoomInTitle: labels.zoomIn, zoomOutTitle: labels.zoomOut }).addTo(this.map);
    // Bottom right, stacked above the credits: on a phone the credits take the whole width.
    L.control.scale({ imperial: false, position: 'bottomright' }).addTo(this.map);
    this.attribution = L.control.attribution({ prefix: '<a href="https://leafletjs.com" rel="noopener">Leaflet</a>' }).addTo(this.map);
    this.attribution.addAttribution(basemap.attribution);

    this.cluster = L.markerClusterGroup({
      chunkedLoading: true,
      // Names move out of the way of the clusters once they are all drawn.
      chunkProgress: (processed: number, total: number) => {
        if (processed === total) this.scheduleLabels();
      },
      showCoverageOnHover: false,
      maxClusterRadius: 50,
      iconCreateFunction: (cluster) => {
        const count = cluster.getChildCount();
        const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
        return new LabelledDivIcon({
          html: `<div><span aria-hidden="true">${count}</span></div>`,
          className: `marker-cluster marker-cluster-${size}`,
          iconSize: L.point(40, 40),
          label: labels.cluster.replace('{count}', String(count)),
        });
      },
    });
    this.layers = { opportunities: this.cluster, regions: L.layerGroup(), parks: L.layerGroup(), carriers: L.layerGroup() };

    this.drawBasemap();
    this.addRegions();
    this.addCarriers();
    const markers = this.addOpportunities(loaded?.opportunities ?? [...root.querySelectorAll<HTMLElement>('[data-map-place="opportunity"]')].map(opportunityFromItem));
    this.layers.regions.addTo(this.map);
    this.layers.parks.addTo(this.map);
    this.layers.carriers.addTo(this.map);
    this.cluster.addTo(this.map);
    this.map.on('popupopen', (event) => this.onPopupOpen(event as L.PopupEvent));
    this.enableLabels();

    // With filters, the first filtering adds the markers that match; otherwise all of them.
    if (root.querySelector('[data-map-filters]')) this.enableFilters();
    else {
      this.cluster.addLayers(markers);
      loaded?.list.show(loaded.opportunities);
      this.fitTo(view.bounds);
    }
    root.setAttribute('data-map-ready', '');
  }

  private drawBasemap(): void {
    const { basemap } = this.config;
    if (basemap.kind === 'vector' && basemap.vector) {
      void this.drawVector(basemap.vector);
      return;
    }
    if (basemap.kind !== 'tiles') {
      void this.drawOutline();
      return;
    }
    const tiles = basemap.layers.map((layer) =>
      L.tileLayer(layer.url, { subdomains: layer.subdomains.length > 0 ? layer.subdomains : 'abc', maxZoom: layer.maxZoom, zIndex: layer.zIndex }),
    );
    const state = { loaded: 0, failed: 0, start: performance.now() };
    const check = () => {
      if (state.loaded > 0) return window.clearInterval(timer);
      if (!tilesHaveFailed({ ...state, elapsedMs: performance.now() - state.start })) return;
      window.clearInterval(timer);
      for (const layer of tiles) layer.remove();
      this.attribution.removeAttribution(basemap.attribution);
      void this.drawOutline();
    };
    const timer = window.setInterval(check, 1000);
    for (const layer of tiles) {
      layer.on('tileload', () => (state.loaded += 1));
      layer.on('tileerror', () => {
        state.failed += 1;
        check();
      });
      layer.addTo(this.map);
    }
  }

  /**
   * Vector tiles from the guide's own PMTiles file. The renderer is a separate chunk, loaded
   * only here; if it or the file cannot be loaded, the offline outline is drawn instead.
   */
  private async drawVector(vector: NonNullable<MapClientConfig['basemap']['vector']>): Promise<void> {
    try {
      const { vectorBasemap } = await import('./vector-basemap.ts');
      const layer = await vectorBasemap(vector.url, vector.lang);
      this.root.setAttribute('data-basemap', 'vector');
      layer.once('load', () => this.root.setAttribute('data-vector', 'drawn'));
      layer.addTo(this.map);
    } catch {
      this.attribution.removeAttribution(this.config.basemap.attribution);
      await this.drawOutline();
    }
  }

  /** The offline basemap: the national outline under the regions' own boundaries. */
  private async drawOutline(): Promise<void> {
    if (this.basemapDrawn) return;
    this.basemapDrawn = true;
    this.root.setAttribute('data-basemap', 'outline');
    if (this.config.basemap.kind !== 'outline') this.attribution.addAttribution(this.config.outline.attribution);
    this.map.createPane('outline').style.zIndex = '250';
    this.map.createPane('graticule').style.zIndex = '260';
    this.drawGraticule();
    try {
      const response = await fetch(this.config.outline.url);
      if (!response.ok) return;
      const outline = (await response.json()) as GeoJSON.Feature;
      L.geoJSON(outline, {
        pane: 'outline',
        interactive: false,
        style: { className: 'map-outline', color: '#7d8fa3', weight: 1, fillColor: '#fbfaf5', fillOpacity: 1 },
      }).addTo(this.map);
      this.root.setAttribute('data-outline', 'drawn');
    } catch {
      // Without the outline the places still show, on the sea-coloured background.
    }
  }

  /** Faint lines of latitude and longitude, redrawn at a step that suits the view. */
  private drawGraticule(): void {
    const lines = L.layerGroup().addTo(this.map);
    const style = { pane: 'graticule', interactive: false, className: 'map-graticule', color: '#7d8fa3', weight: 0.6, opacity: 0.45 };
    const redraw = () => {
      const view = this.map.getBounds();
      const box = { south: view.getSouth(), west: view.getWest(), north: view.getNorth(), east: view.getEast() };
      const { lats, lngs } = graticule(box);
      lines.clearLayers();
      for (const lat of lats) L.polyline([[lat, box.west], [lat, box.east]], style).addTo(lines);
      for (const lng of lngs) L.polyline([[box.south, lng], [box.north, lng]], style).addTo(lines);
    };
    this.map.on('moveend', redraw);
    redraw();
  }

  private addRegions(): void {
    const areas = readJson<Record<string, AreaGeometry>>(this.root, 'script[data-map-areas]') ?? {};
    for (const item of this.root.querySelectorAll<HTMLElement>('[data-map-place="region"]')) {
      const layer = (item.dataset.layer === 'parks' ? 'parks' : 'regions') satisfies MapLayer;
      const popup = () => popupFor(item, this.config);
      const area = item.dataset.id ? areas[item.dataset.id] : undefined;
      if (area) {
        L.geoJSON(area as GeoJSON.MultiPolygon, {
          style: { className: `map-area map-area-${layer}`, color: layer === 'parks' ? '#8a5a00' : '#0b4f8a', weight: 1.5, fillOpacity: 0.08 },
        })
          .bindPopup(popup)
          .addTo(this.layers[layer]);
      }
      const name = nameOf(item);
      const link = item.querySelector('a');
      this.named.push({
        id: item.dataset.id ?? name,
        text: link?.textContent?.trim() ?? name,
        lang: link?.getAttribute('lang') ?? undefined,
        point: pointOf(item),
        priority: Number(item.dataset.priority ?? 1),
        layer,
      });
      const marker = L.marker(pointOf(item), {
        icon: new LabelledDivIcon({ className: `map-place-marker map-${layer}-marker`, html: '', iconSize: L.point(24, 24), label: name }),
        title: name,
        riseOnHover: true,
        // Below the opportunity clusters that often share the region's centre.
        zIndexOffset: -1000,
      }).bindPopup(popup);
      this.secondary.push({ id: item.dataset.id ?? name, marker, priority: Number(item.dataset.priority ?? 1) + 10, layer });
      marker.addTo(this.layers[layer]);
    }
  }

  /** Land and buildings on offer: a diamond coloured by status (available, under construction, reserved). */
  private addCarriers(): void {
    for (const item of this.root.querySelectorAll<HTMLElement>('[data-map-place="carrier"]')) {
      const name = nameOf(item);
      const status = item.dataset.status ?? 'available';
      const marker = L.marker(pointOf(item), {
        icon: new LabelledDivIcon({ className: `map-place-marker map-carrier-marker map-carrier-${status}`, html: '', iconSize: L.point(24, 24), label: name }),
        title: name,
        riseOnHover: true,
        zIndexOffset: -500,
      })
        .bindPopup(() => popupFor(item, this.config))
        .addTo(this.layers.carriers);
      this.secondary.push({ id: `carrier:${name}`, marker, priority: 1, layer: 'carriers' });
    }
  }

  // Place names -------------------------------------------------------------------------------

  /** Names of regions and parks, written in a pane of their own and re-chosen after every move. */
  private enableLabels(): void {
    if (this.named.length === 0 && this.secondary.length === 0) return;
    this.labelPane = this.map.createPane('place-labels');
    // Above boundaries (400), below markers (600): a name never hides a mark.
    this.labelPane.style.zIndex = '450';
    this.labelPane.setAttribute('aria-hidden', 'true');
    const redraw = () => this.scheduleLabels();
    // Clusters split, merge and arrive in chunks after a move or a filter: marks and names are
    // placed again once they settle (at most once a frame, however many layers came and went).
    this.map.on('moveend resize layeradd layerremove', redraw);
    this.cluster.on('animationend', redraw);
    redraw();
  }

  /** Chooses the names again at the next frame (once, however many events ask for it). */
  private scheduleLabels(): void {
    if (!this.labelPane || this.labelFrame !== 0) return;
    this.labelFrame = requestAnimationFrame(() => {
      this.labelFrame = 0;
      this.drawLabels();
    });
  }

  private drawLabels(): void {
    const pane = this.labelPane;
    const size = this.map.getSize();
    const view = { width: size.x, height: size.y };
    const shown = (layer: MapLayer) => this.map.hasLayer(this.layers[layer]);
    const frame = this.map.getContainer().getBoundingClientRect();
    const boxOf = (element: Element): Box => {
      const rect = element.getBoundingClientRect();
      return { left: rect.left - frame.left, top: rect.top - frame.top, right: rect.right - frame.left, bottom: rect.bottom - frame.top };
    };

    // Regions, parks and land: whole touch targets (WCAG 2.5.8), clear of the clusters, pins and
    // controls and of each other, stepping aside where a cluster covers their point.
    const fixed = [...this.map.getContainer().querySelectorAll('.marker-cluster, img.leaflet-marker-icon, .leaflet-control')].map(boxOf);
    const onMap = this.secondary.filter((mark) => shown(mark.layer) && mark.marker.getElement());
    const shifts = placeMarks(
      onMap.map((mark) => ({ id: mark.id, ...this.map.latLngToContainerPoint(mark.marker.getLatLng()), size: 24, priority: mark.priority })),
      fixed,
      { view },
    );
    for (const mark of onMap) {
      const element = mark.marker.getElement()!;
      const shift = shifts.get(mark.id);
      element.classList.toggle('map-mark-waiting', !shift);
      element.style.marginLeft = `${-12 + (shift?.dx ?? 0)}px`;
      element.style.marginTop = `${-12 + (shift?.dy ?? 0)}px`;
    }

    // Names, beside their marks.
    const font = `600 13px ${getComputedStyle(this.map.getContainer()).fontFamily}`;
    const measure = document.createElement('canvas').getContext('2d');
    if (measure) measure.font = font;
    const width = (lines: string[]) => Math.max(...lines.map((line) => Math.ceil(measure ? measure.measureText(line).width : estimateTextWidth(line, 13)))) + 8;
    const candidates: (LabelCandidate & { place: NamedPlace })[] = [];
    for (const place of this.named) {
      if (!shown(place.layer)) continue;
      const at = this.map.latLngToContainerPoint(place.point);
      const shift = shifts.get(place.id) ?? { dx: 0, dy: 0 };
      const x = at.x + shift.dx;
      const y = at.y + shift.dy;
      if (x < 0 || y < 0 || x > size.x || y > size.y) continue;
      const lines = nameLines(place.text);
      candidates.push({ id: place.id, x, y, width: width(lines), height: 18 * lines.length + 2, priority: place.priority, place: { ...place, text: lines.join('\n') } });
    }
    // Names go around every mark drawn, the zoom buttons, the scale and the attribution.
    const obstacles: Box[] = [...this.map.getContainer().querySelectorAll('.leaflet-marker-icon:not(.map-mark-waiting), .leaflet-control')].map(boxOf);
    // 16 px from the mark's centre clears its own 24 px target.
    const placed = placeLabels(candidates, { view, obstacles, offset: 16 });
    const byId = new Map(candidates.map((candidate) => [candidate.id, candidate.place]));
    pane.replaceChildren(
      ...placed.map((label) => {
        const place = byId.get(label.id)!;
        const element = document.createElement('span');
        element.className = `map-label map-label-${place.layer}`;
        element.textContent = place.text;
        if (place.lang) element.lang = place.lang;
        const at = this.map.containerPointToLayerPoint([label.box.left, label.box.top]);
        L.DomUtil.setPosition(element, at);
        element.style.width = `${label.box.right - label.box.left}px`;
        element.style.textAlign = label.side === 'left' ? 'right' : label.side === 'right' ? 'left' : 'center';
        return element;
      }),
    );
  }

  private addOpportunities(opportunities: MapOpportunity[]): L.Marker[] {
    const markers: L.Marker[] = [];
    for (const opportunity of opportunities) {
      const marker = L.marker([opportunity.lat, opportunity.lng], { icon: opportunityIcon, alt: opportunity.name, title: opportunity.name, riseOnHover: true });
      if (opportunity.approximate) marker.setOpacity(0.75);
      marker.bindPopup(() => popupFor(opportunity.item(), this.config));
      markers.push(marker);
      this.opportunities.push({ opportunity, marker });
    }
    return markers;
  }

  /**
   * Localises the close button. When the popup was opened from the keyboard, focus moves to its
   * link, and Escape closes it and returns to the marker.
   */
  private onPopupOpen(event: L.PopupEvent): void {
    const element = event.popup.getElement();
    if (!element) return;
    element.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', this.config.labels.closePopup);
    // Marker icons are the only focusable elements carrying this class.
    const opener = document.activeElement as HTMLElement | null;
    if (!opener?.classList.contains('leaflet-marker-icon')) return;
    element.querySelector<HTMLElement>('.map-popup a')?.focus();
    const onKey = (key: KeyboardEvent) => {
      if (key.key !== 'Escape') return;
      this.map.closePopup(event.popup);
      opener.focus();
    };
    element.addEventListener('keydown', onKey);
    event.popup.once('remove', () => element.removeEventListener('keydown', onKey));
  }

  private fitTo(bounds: MapClientConfig['view']['bounds'] | L.LatLngBounds): void {
    if (!bounds) return;
    // Room above for the pins (they stand 41 px tall on their point) and around for the clusters.
    this.map.fitBounds(bounds, {
      paddingTopLeft: [28, 48],
      paddingBottomRight: [28, 28],
      maxZoom: this.config.view.maxFitZoom,
      // The first view opens in place; later fits (after a filter) move there visibly.
      animate: this.fitted,
    });
    this.fitted = true;
  }

  // The map page: filters and layer switches -------------------------------------------------

  private enableFilters(): void {
    const form = this.root.querySelector<HTMLFormElement>('[data-map-filters]')!;
    const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-facet]')];
    const switches = [...form.querySelectorAll<HTMLInputElement>('input[name="layer"]')];
    this.root.setAttribute('data-enhanced', '');

    // The same rules as the list: known facets only, values the selects offer.
    const selection = selectionFromSearch(location.search, selects.map((select) => select.name));
    for (const select of selects) {
      const wanted = selection[select.name];
      if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
    }
    const current = (): Selection => Object.fromEntries(selects.map((select) => [select.name, select.value || undefined]));
    // Facets that open on a value of their own (show/hide expired) keep it out of the URL.
    const defaults: Selection = Object.fromEntries(selects.filter((select) => select.dataset.default !== undefined).map((select) => [select.name, select.dataset.default]));
    const apply = (updateUrl: boolean) => {
      const chosen = current();
      this.filter(chosen, defaults);
      if (updateUrl) history.replaceState(history.state, '', `${location.pathname}${searchFromSelection(chosen, undefined, undefined, defaults)}${location.hash}`);
    };
    const showLayers = () => {
      for (const input of switches) {
        const layer = this.layers[input.value as MapLayer];
        if (input.checked) layer.addTo(this.map);
        else layer.remove();
      }
      this.scheduleLabels();
    };
    form.addEventListener('change', (event) => {
      if ((event.target as HTMLElement).matches('input[name="layer"]')) showLayers();
      else apply(true);
    });
    form.addEventListener('reset', () =>
      requestAnimationFrame(() => {
        apply(true);
        showLayers();
      }),
    );
    form.addEventListener('submit', (event) => event.preventDefault());
    apply(false);
    // A switch turned off before the map had loaded (the switches show from the first paint).
    if (switches.some((input) => !input.checked)) showLayers();
  }

  /** Shows the markers and list items that match, and the part of the map where they are. */
  private filter(selection: Selection, defaults: Selection = {}): void {
    const shown: L.Marker[] = [];
    const listed: MapOpportunity[] = [];
    // The total is what the map holds under the defaulted facets alone: expired places count only when shown.
    const scope = Object.fromEntries(Object.keys(defaults).map((name) => [name, selection[name]]));
    let total = 0;
    for (const place of this.opportunities) {
      const visible = matchesSelection(place.opportunity.values, selection);
      // The page's own list hides what does not match; a loaded list shows only what does.
      if (!this.loaded) place.opportunity.item().hidden = !visible;
      if (visible) {
        shown.push(place.marker);
        listed.push(place.opportunity);
      }
      if (matchesSelection(place.opportunity.values, scope)) total += 1;
    }
    // A popup may belong to a marker that is gone now, or speak of what no longer matches.
    this.map.closePopup();
    this.cluster.clearLayers();
    this.cluster.addLayers(shown);
    this.root.dataset.shown = String(shown.length);
    this.loaded?.list.show(listed);

    const { labels } = this.config;
    const status = this.root.querySelector<HTMLElement>('[data-filter-status]');
    if (status) {
      const showing = labels.showing.replace('{shown}', String(shown.length)).replace('{total}', String(total));
      status.textContent = shown.length === 0 ? `${showing} ${labels.emptyView}` : showing;
    }
    const empty = this.root.querySelector<HTMLElement>('[data-filter-empty]');
    if (empty) empty.hidden = shown.length > 0;
    const notice = this.root.querySelector<HTMLElement>('[data-map-notice]');
    if (notice) notice.hidden = shown.length > 0;
    // Unfiltered, or with nothing left, the map shows every place; filtered, what matches.
    const filtered = isFiltered(selection, defaults);
    if (!filtered || shown.length === 0) this.fitTo(this.config.view.bounds);
    else this.fitTo(L.latLngBounds(shown.map((marker) => marker.getLatLng())));

  }
}

let mapStylesLoaded: Promise<void> | undefined;

/** Links the map's stylesheet once per page; settles when it has loaded (or failed to). */
function loadMapStyles(): Promise<void> {
  mapStylesLoaded ??= new Promise((settle) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = mapStylesheet;
    link.addEventListener('load', () => settle());
    link.addEventListener('error', () => settle());
    document.head.append(link);
  });
  return mapStylesLoaded;
}

/** A long guide's opportunities: the module that reads them is loaded only by its map page. */
async function loadDataFile(list: HTMLElement): Promise<LoadedPoints> {
  const { loadMapOpportunities, PointList } = await import('./map-points.ts');
  const opportunities = await loadMapOpportunities(list.dataset.mapPoints!);
  return { opportunities, list: new PointList(list) };
}

/** Draws the map of one `<atlas-map>` element; safe to call twice. */
export async function mountMap(root: HTMLElement): Promise<void> {
  if (root.hasAttribute('data-map-ready')) return;
  const config = readJson<MapClientConfig>(root, 'script[data-map-config]');
  if (!config) return;
  // Leaflet measures its panes as it starts: its sheet must apply first.
  const styles = loadMapStyles();
  const pointsList = root.querySelector<HTMLElement>('[data-map-points]');
  try {
    const loaded = pointsList ? await loadDataFile(pointsList) : undefined;
    await styles;
    if (root.hasAttribute('data-map-ready')) return;
    new AtlasMapView(root, config, loaded);
  } catch (error) {
    const placeholder = root.querySelector('[data-map-placeholder]');
    if (placeholder) placeholder.textContent = config.labels.failed;
    throw error;
  }
}
