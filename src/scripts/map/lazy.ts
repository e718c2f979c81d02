/**
 * Region and opportunity pages: a few hundred bytes that wait until a map is about to scroll into
 * view, and only then load Leaflet and draw it. A reader who never scrolls there loads no map code.
 */
const maps = document.querySelectorAll<HTMLElement>('atlas-map[data-lazy]');

function load(element: HTMLElement): void {
  import('./atlas-map.ts')
    .then(({ mountMap }) => mountMap(element))
    .catch(() => element.setAttribute('data-map-failed', ''));
}

if (maps.length > 0) {
  if ('IntersectionObserver' in window) {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          load(entry.target as HTMLElement);
        }
      },
      { rootMargin: '200px 0px' },
    );
    for (const element of maps) observer.observe(element);
  } else {
    for (const element of maps) load(element);
  }
}
