/**
 * The guide's opportunities and policies as open-data records: plain JSON, both languages side
 * by side (`en: null` where the English is still pending), exact amounts as decimal strings,
 * and the page of each record in both languages.
 */
import type { Atlas, Entry } from '../atlas.ts';
import type { ArticleData } from '../../schemas/article.ts';
import type { Opportunity, Policy, Region } from '../../schemas/index.ts';
import { costYear, orderedCosts } from '../costs/format.ts';
import { signingMilestone } from '../pipeline.ts';
import type { Locale, WrittenLocale } from '../vocabulary.ts';

export interface Texts {
  zh: string;
  en: string | null;
}

/** The absolute URL of a page of the guide: `(locale, 'opportunities/x')` → `https://…/en/opportunities/x/`. */
export type PageUrl = (locale: Locale, subpath: string) => string;

function texts(text: { zh: string; en?: string } | undefined): Texts | null {
  return text === undefined ? null : { zh: text.zh, en: text.en ?? null };
}

/** The pages in the languages staff write; the Traditional edition's address differs only by its prefix. */
function urls(pageUrl: PageUrl, subpath: string): Record<WrittenLocale, string> {
  return { zh: pageUrl('zh', subpath), en: pageUrl('en', subpath) };
}

export function opportunityRecord(atlas: Atlas, entry: Entry<Opportunity>, pageUrl: PageUrl) {
  const data = entry.data;
  const region = atlas.regionById.get(data.region);
  const chain = data.chain === undefined ? undefined : atlas.chainById.get(data.chain);
  const node = atlas.nodeRef(data.chain, data.node);
  const industry = atlas.industryById.get(data.industry);
  return {
    id: entry.id,
    url: urls(pageUrl, `opportunities/${entry.id}`),
    title: texts(data.title)!,
    summary: texts(data.summary)!,
    region: { id: data.region, name: texts(region?.data.name) },
    chain: chain ? { id: chain.id, name: texts(chain.data.name) } : null,
    node: node ? { id: node.node.id, name: texts(node.node.name) } : null,
    industry: { id: data.industry, name: texts(industry?.name) },
    // A negotiable investment has no amount, or only an indicative one.
    investment: { amount: data.investment.amount ?? null, unit: data.investment.unit ?? null, negotiable: data.investment.negotiable },
    cooperation: data.cooperation,
    stage: data.stage,
    // The dated history and the money that followed the signing, exact as staff wrote it.
    milestones: (data.milestones ?? []).map((milestone) => ({
      stage: milestone.stage,
      date: milestone.date,
      amount: milestone.amount ? { amount: milestone.amount.amount, unit: milestone.amount.unit } : null,
      note: texts(milestone.note),
    })),
    signedAmount: data.signedAmount ? { amount: data.signedAmount.amount, unit: data.signedAmount.unit, date: signingMilestone(data)?.date ?? null } : null,
    fundsInPlace: (data.fundsInPlace ?? []).map((payment) => ({ date: payment.date, amount: payment.amount.amount, unit: payment.amount.unit, note: texts(payment.note) })),
    preparation: data.preparation.level,
    land: data.land ? { areaMu: data.land.area, use: data.land.use ?? null } : null,
    contact: {
      name: texts(data.contact.name)!,
      organization: texts(data.contact.organization),
      phone: data.contact.phone ?? null,
      email: data.contact.email ?? null,
    },
    batch: texts(data.batch),
    published: data.published,
    validUntil: data.validUntil ?? null,
    open: atlas.isOpen(entry),
    location: data.location ? { lat: data.location.lat, lng: data.location.lng } : null,
    featured: data.featured,
    updated: data.updated,
  };
}
export type OpportunityRecord = ReturnType<typeof opportunityRecord>;

export function policyRecord(atlas: Atlas, entry: Entry<Policy>, pageUrl: PageUrl) {
  const data = entry.data;
  return {
    id: entry.id,
    url: urls(pageUrl, `policies/${entry.id}`),
    title: texts(data.title)!,
    issuer: texts(data.issuer)!,
    documentNumber: data.documentNumber ?? null,
    level: data.level,
    issued: data.issued,
    effective: data.effective,
    expires: data.expires ?? null,
    status: atlas.statusOf(entry),
    summary: texts(data.summary)!,
    chains: data.chains,
    regions: data.regions,
    industries: data.industries,
    firmTypes: data.firmTypes,
    measures: data.measures.map((measure) => ({
      category: measure.category,
      benefit: texts(measure.benefit)!,
      ratePercent: measure.rate ?? null,
      cap: measure.cap ? { amount: measure.cap.amount, unit: measure.cap.unit } : null,
      threshold: texts(measure.threshold),
    })),
    original: data.url ?? null,
    updated: data.updated,
  };
}
export type PolicyRecord = ReturnType<typeof policyRecord>;

/** An article's facts and texts; the body stays on its pages. */
export function articleRecord(entry: Entry<ArticleData>, pageUrl: PageUrl) {
  const data = entry.data;
  return {
    id: entry.id,
    url: urls(pageUrl, `articles/${entry.id}`),
    kind: data.kind,
    date: data.date,
    title: texts(data.title)!,
    summary: texts(data.summary)!,
    translated: data.body.en !== undefined,
    regions: data.regions,
    chains: data.chains,
    opportunities: data.opportunities,
    policies: data.policies,
    sources: data.sources.map((source) => ({ title: texts(source.title)!, url: source.url ?? null, date: source.date ?? null })),
    updated: data.updated,
  };
}
export type ArticleRecord = ReturnType<typeof articleRecord>;

/** The wrapper of every JSON export: what it is, who publishes it, as of when. */
export function dataset<Item>(atlas: Atlas, name: string, items: Item[]) {
  return {
    dataset: name,
    publisher: texts(atlas.site.agency),
    guide: texts(atlas.site.name),
    asOf: atlas.today,
    count: items.length,
    items,
  };
}

/** A cost figure as open data: exact decimal value, unit key, year and date, source, and whether it is illustrative. */
function costRecord(figure: Region['costs'][number]) {
  return {
    indicator: figure.indicator,
    value: figure.value ?? null,
    unit: figure.unit ?? null,
    text: texts(figure.text),
    place: texts(figure.place),
    year: costYear(figure) ?? null,
    date: figure.date ?? null,
    source: figure.source ? { title: texts(figure.source.title)!, url: figure.source.url ?? null, date: figure.source.date ?? null } : null,
    illustrative: figure.illustrative,
    note: texts(figure.note),
  };
}

/** A region: names, level, place in the hierarchy, centre, pages, and its cost of doing business. */
export function regionRecord(entry: Entry<Region>, pageUrl: PageUrl) {
  const data = entry.data;
  return {
    id: entry.id,
    url: urls(pageUrl, `regions/${entry.id}`),
    name: texts(data.name)!,
    level: data.level,
    parent: data.parent ?? null,
    center: { lat: data.center.lat, lng: data.center.lng },
    summary: texts(data.summary)!,
    costs: orderedCosts(data.costs).map(costRecord),
    updated: data.updated,
  };
}
export type RegionRecord = ReturnType<typeof regionRecord>;
