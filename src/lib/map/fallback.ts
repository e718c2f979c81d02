/**
 * When the browser gives up on tiles (kept free of imports: it ships with the map script).
 * Offline, or with a tile host that is blocked, the map switches to its GeoJSON basemap: after
 * a few failed tiles and none loaded, or when none has loaded after `patienceMs` (a blocked host
 * may never answer at all).
 */
export function tilesHaveFailed(state: { loaded: number; failed: number; elapsedMs: number }, patienceMs = 8000): boolean {
  if (state.loaded > 0) return false;
  return state.failed >= 2 || state.elapsedMs >= patienceMs;
}
