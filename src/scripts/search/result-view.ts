/** One search result as DOM: type badge, linked title, key fact, highlighted excerpt. */
import type { PagefindData } from './pagefind-client.ts';

export interface ResultStrings {
  types: Record<string, string>;
  issued: string;
  published: string;
  updated: string;
  investment: string;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The fact a reader compares results by: the investment, or the issuer and date, or the date. */
export function keyFact(meta: PagefindData['meta'], strings: ResultStrings): string {
  const parts: string[] = [];
  if (meta.investment) parts.push(fill(strings.investment, { amount: meta.investment }));
  if (meta.issuer) parts.push(meta.issuer);
  if (meta.region && meta.type !== 'policy') parts.push(meta.region);
  if (meta.date) {
    const template = meta.type === 'policy' ? strings.issued : meta.type === 'opportunity' || meta.type === 'article' ? strings.published : strings.updated;
    parts.push(fill(template, { date: meta.date }));
  }
  return parts.join(' · ');
}

/**
 * The excerpt with its highlights. Pagefind's excerpt is HTML from our own index; even so only
 * text and `<mark>` survive: everything is rebuilt from text nodes, nothing is parsed into the page.
 */
export function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  return [...parsed.body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

export function resultItem(data: PagefindData, strings: ResultStrings, options: { heading: 'h2' | 'h3'; language?: string }): HTMLLIElement {
  const item = document.createElement('li');
  if (options.language) item.lang = options.language;
  const badge = document.createElement('span');
  badge.className = 'search-badge';
  badge.textContent = strings.types[data.meta.type ?? ''] ?? '';
  const title = document.createElement(options.heading);
  title.className = 'search-result-title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  title.append(link);
  const fact = document.createElement('p');
  fact.className = 'search-fact';
  fact.textContent = keyFact(data.meta, strings);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-excerpt';
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(badge);
  // An expired opportunity or policy says so in words beside its type.
  if (data.meta.expired) {
    const expired = document.createElement('span');
    expired.className = 'badge badge-alert search-expired';
    expired.dataset.expiredBadge = '';
    expired.textContent = data.meta.expired;
    item.append(' ', expired);
  }
  item.append(title, fact, excerpt);
  return item;
}
