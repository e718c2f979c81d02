/** The map page: draws its map at once. */
import { mountMap } from './atlas-map.ts';

for (const element of document.querySelectorAll<HTMLElement>('atlas-map:not([data-lazy])')) mountMap(element);
