import { beforeAll, describe, expect, test } from 'vitest';
import { buildAtlas, type Atlas } from '../../src/lib/atlas.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import type { AtlasContent, ContentEntry } from '../../src/lib/content/types.ts';
import { chainCounts, guideKey, opportunityPageKey, type GuideKeyInput } from '../../src/lib/page-keys.ts';
import type { Opportunity } from '../../src/schemas/index.ts';
import { sampleContent, testToday } from '../support/paths.ts';

let content: AtlasContent;
let atlas: Atlas;
beforeAll(async () => {
  content = await loadContent(sampleContent);
  atlas = buildAtlas({ ...content, site: content.site.data }, testToday);
});

const guide = (changes: Partial<GuideKeyInput> = {}): string =>
  guideKey({
    collections: { site: [{ id: 'site', data: content.site.data }], regions: content.regions, chains: content.chains, policies: content.policies },
    today: testToday,
    files: ['images/port.jpg:48213:1764000000000'],
    settings: ['TIANDITU_KEY='],
    assets: ['site.Bd3kP1x.css'],
    ...changes,
  });

/** The model with one opportunity replaced by `change(it)`. */
function withOpportunity(id: string, change: (entry: ContentEntry<Opportunity>) => ContentEntry<Opportunity>): Atlas {
  const opportunities = content.opportunities.map((entry) => (entry.id === id ? change(entry) : entry));
  return buildAtlas({ ...content, opportunities, site: content.site.data }, testToday);
}

describe("the guide's key", () => {
  test('is the same for the same guide and changes with anything a page may show', () => {
    const key = guide();
    expect(guide()).toBe(key);
    const [region, ...others] = content.regions;
    const renamed = { ...region!, data: { ...region!.data, name: { ...region!.data.name, zh: '新区' } } };
    const changed = [
      guide({ today: '2026-11-24' }),
      guide({ files: ['images/port.jpg:48213:1764000000001'] }),
      guide({ files: [] }),
      guide({ settings: ['TIANDITU_KEY=abc'] }),
      guide({ assets: ['site.Q9zLm2a.css'] }),
      guide({ collections: { site: [{ id: 'site', data: content.site.data }], regions: [renamed, ...others], chains: content.chains, policies: content.policies } }),
      guide({ collections: { site: [{ id: 'site', data: content.site.data }], regions: others, chains: content.chains, policies: content.policies } }),
      guide({ collections: { site: [{ id: 'site', data: { ...content.site.data, url: 'https://example.org/' } }], regions: content.regions, chains: content.chains, policies: content.policies } }),
    ];
    for (const other of changed) expect(other).not.toBe(key);
    expect(new Set(changed).size).toBe(changed.length);
  });

  test("follows an entry's stored digest when it has one", () => {
    const stored = (digest: string) => guide({ collections: { regions: content.regions.map((entry) => ({ ...entry, digest })) } });
    expect(stored('a')).toBe(stored('a'));
    expect(stored('a')).not.toBe(stored('b'));
  });
});

describe("an opportunity page's key", () => {
  const onChain = () => content.opportunities.filter((entry) => entry.data.chain !== undefined && atlas.isOpen(entry));

  test("changes with the entry itself, and not with another chain's opportunity", () => {
    const [entry] = onChain();
    const other = content.opportunities.find((candidate) => candidate.data.chain !== entry!.data.chain)!;
    const key = opportunityPageKey(guide(), atlas, entry!);
    expect(opportunityPageKey(guide(), atlas, { ...entry!, data: { ...entry!.data, summary: { zh: '新的简介' } } })).not.toBe(key);
    expect(opportunityPageKey(guide({ today: '2026-11-24' }), atlas, entry!)).not.toBe(key);
    const otherClosed = withOpportunity(other.id, (it) => ({ ...it, data: { ...it.data, stage: 'signed' } }));
    expect(opportunityPageKey(guide(), otherClosed, entry!)).toBe(key);
  });

  test("changes when another project on its chain opens or closes, since the chain's diagram counts them", () => {
    const open = onChain();
    const entry = open.find((candidate) => open.some((other) => other !== candidate && other.data.chain === candidate.data.chain))!;
    const neighbour = open.find((other) => other !== entry && other.data.chain === entry.data.chain)!;
    const key = opportunityPageKey(guide(), atlas, entry);
    const closed = withOpportunity(neighbour.id, (it) => ({ ...it, data: { ...it.data, stage: 'signed' } }));
    expect(chainCounts(closed, entry.data.chain)).not.toBe(chainCounts(atlas, entry.data.chain));
    expect(opportunityPageKey(guide(), closed, entry)).not.toBe(key);
    // A new title on the neighbour changes no count.
    const renamed = withOpportunity(neighbour.id, (it) => ({ ...it, data: { ...it.data, title: { zh: '新名称', en: 'New name' } } }));
    expect(opportunityPageKey(guide(), renamed, entry)).toBe(key);
  });

  test('an opportunity outside any chain has no counts to follow', () => {
    expect(chainCounts(atlas, undefined)).toBe('');
    expect(chainCounts(atlas, 'no-such-chain')).toBe('');
  });
});
