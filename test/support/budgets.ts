/**
 * What each kind of page may weigh. The budget tests hold the built sample guide to these, and
 * `npm run bench` writes them, with the measured figures, into BENCHMARKS.md.
 */
export interface JavascriptBudget {
  /** The kind of page. */
  label: string;
  /** Pages of that kind in the sample guide. */
  pages: string[];
  /** Most gzipped JavaScript, in KiB, a page may run on load (0: none at all). */
  maxKiB: number;
  /** Why the budget is what it is. */
  why: string;
}

export const javascriptBudgets: JavascriptBudget[] = [
  {
    label: 'plain content pages',
    pages: ['/zh/', '/en/regions/', '/zh/chains/', '/en/chains/biomedicine/', '/zh/stats/', '/en/stats/', '/zh/policies/gansu-nonferrous-new-materials/', '/en/articles/truking-huatong-jiutai/'],
    maxKiB: 0,
    why: 'they only show content',
  },
  {
    label: 'region and opportunity pages',
    pages: ['/en/regions/jiutai/', '/zh/opportunities/jiutai-biologics-cdmo/', '/zh/articles/why-biomedicine-jiutai/'],
    maxKiB: 2,
    why: 'only the loader of their small map runs until the map scrolls into view (an MDX article with a small map is the same)',
  },
  {
    label: 'lists with filters',
    pages: ['/zh/opportunities/', '/en/policies/', '/en/articles/', '/zh/articles/guides/'],
    maxKiB: 3,
    why: 'filtering works with CSS alone; the script adds sorting, counts and the shareable URL',
  },
  {
    label: 'cost comparison',
    pages: ['/zh/compare/', '/en/compare/'],
    maxKiB: 2,
    why: 'the whole table works without it; the script only hides the columns not picked and keeps the pick in the URL',
  },
  {
    label: 'map page',
    pages: ['/zh/map/', '/en/map/'],
    maxKiB: 64,
    why: 'Leaflet 1.9 and markercluster are about 52 KiB; the map adds a little of its own',
  },
  {
    label: 'search page',
    pages: ['/zh/search/', '/en/search/'],
    maxKiB: 4,
    why: "its own element (query words, URL state, results) is about 3 KiB; Pagefind's script and index reader load only when a search runs",
  },
  {
    label: 'expo kiosk',
    pages: ['/zh/kiosk/', '/en/kiosk/chains/biomedicine/'],
    maxKiB: 3,
    why: 'the loop, the idle watcher and the offline registration are a few small custom elements',
  },
];

/**
 * The kiosk's loop page holds every slide at once (about 22 in the sample, each with a chain map
 * or a QR code in inline SVG), so changing slides never loads or builds anything. It is loaded
 * once per kiosk start, then served from the offline copy; this is about twice the sample's
 * weight, room for a guide with more chains and featured projects.
 */
export const kioskLoopGzippedKiB = 40;

/**
 * An opportunity page holds its facts, its chain map (up to 17 KiB of SVG) and its contacts, its
 * small map drawn at build for print and readers without JavaScript (3–4 KiB), the ready-written
 * enquiry e-mail (about 1.4 KiB), links to three language editions, a project's dated history
 * where it has one, and the print rules inlined (1.7 KiB: a request fewer before the first
 * paint): 39–56 KiB in the sample, 14.2 KiB gzipped at most.
 */
export const opportunityHtmlBudget = { maxKiB: 60, maxGzippedKiB: 15 };
