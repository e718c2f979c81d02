/**
 * The map page: draws its map at once. Leaflet comes in as a separate chunk, its style sheets
 * with it: linked from the page's head they would hold back its first paint (the heading and
 * the list of places need none of them), while the map box keeps its size meanwhile.
 */
const maps = document.querySelectorAll<HTMLElement>('atlas-map:not([data-lazy])');
if (maps.length > 0) {
  import('./atlas-map.ts')
    .then(({ mountMap }) => {
      for (const element of maps) mountMap(element);
    })
    .catch(() => {
      for (const element of maps) element.setAttribute('data-map-failed', '');
    });
}
