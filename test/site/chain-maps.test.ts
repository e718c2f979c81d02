import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import type { AtlasContent } from '../../src/lib/content/types.ts';
import { sampleContent } from '../support/paths.ts';
import { readPage, text } from '../support/site.ts';

let content: AtlasContent;
beforeAll(async () => {
  content = await loadContent(sampleContent);
});

const locales = ['zh', 'en'] as const;

describe('every chain page draws its map as inline SVG', () => {
  test('with a title, a description and one link per node', async () => {
    for (const chain of content.chains) {
      const nodes = chain.data.stages.flatMap((stage) => stage.nodes);
      for (const locale of locales) {
        const page = await readPage(`/${locale}/chains/${chain.id}/`);
        const svg = page.querySelector('figure.chain-map svg');
        expect(svg, `${locale}/${chain.id}`).not.toBeNull();
        expect(text(svg?.querySelector('title'))).not.toBe('');
        expect(text(svg?.querySelector('desc'))).toContain(String(nodes.length));
        const links = svg?.querySelectorAll('a.node') ?? [];
        expect(links.map((link) => link.getAttribute('href')).sort()).toEqual(nodes.map((node) => `#node-${node.id}`).sort());
        for (const link of links) expect(link.getAttribute('aria-label'), `${chain.id}: ${link.getAttribute('href')}`).toBeTruthy();
        // The description points at the text version of the same map.
        expect(svg?.getAttribute('aria-describedby')).toContain('chain-outline');
        expect(page.getElementById('chain-outline')).not.toBeNull();
      }
    }
  });

  test('node boxes carry their status as a class and as words, not colour alone', async () => {
    const chain = content.chains[0];
    const page = await readPage(`/en/chains/${chain.id}/`);
    for (const node of chain.data.stages.flatMap((stage) => stage.nodes)) {
      const link = page.querySelector(`a.node[href="#node-${node.id}"]`);
      expect(link?.classList.contains(`status-${node.status}`)).toBe(true);
      const status = { strong: 'Strong', present: 'Present', weak: 'Weak', gap: 'Gap' }[node.status];
      // Counts read as English: "1 firm · 0 projects", not "firms 1 · projects 0".
      const firms = node.enterprises.length;
      expect(text(link?.querySelector('.meta'))).toMatch(new RegExp(`^${status} · ${firms} ${firms === 1 ? 'firm' : 'firms'} · \\d+ projects?$`));
      expect(text(link?.querySelector('.meta'))).not.toMatch(/\b1 projects\b/);
    }
  });

  test('a gap node leads to the opportunities that fill it', async () => {
    for (const chain of content.chains) {
      const gaps = chain.data.stages.flatMap((stage) => stage.nodes).filter((node) => node.status === 'gap');
      for (const locale of locales) {
        const page = await readPage(`/${locale}/chains/${chain.id}/`);
        for (const gap of gaps) {
          const section = page.getElementById(`node-${gap.id}`);
          const linked = (section?.querySelectorAll('a') ?? []).map((link) => link.getAttribute('href'));
          for (const opportunity of content.opportunities.filter((candidate) => candidate.data.chain === chain.id && candidate.data.node === gap.id)) {
            expect(linked, `${locale}/${chain.id}#node-${gap.id}`).toContain(`/${locale}/opportunities/${opportunity.id}/`);
          }
        }
      }
    }
  });
});

describe('chain maps across the guide', () => {
  test('an opportunity page shows its chain with its node highlighted', async () => {
    const placed = content.opportunities.filter((opportunity) => opportunity.data.chain && opportunity.data.node);
    expect(placed.length).toBeGreaterThan(0);
    for (const opportunity of placed) {
      const page = await readPage(`/en/opportunities/${opportunity.id}/`);
      const highlighted = page.querySelectorAll('figure.chain-map-small a.node.highlighted');
      expect(highlighted, opportunity.id).toHaveLength(1);
      expect(highlighted[0].getAttribute('href')).toBe(`/en/chains/${opportunity.data.chain}/#node-${opportunity.data.node}`);
    }
  });

  test('a region page shows the maps of the chains it leads in', async () => {
    for (const region of content.regions) {
      const page = await readPage(`/zh/regions/${region.id}/`);
      const maps = page.querySelectorAll('figure.chain-map-small');
      expect(maps, region.id).toHaveLength(region.data.leadingChains.length);
    }
  });

  test('the chain index gives each chain its gap count and open opportunities', async () => {
    const page = await readPage('/en/chains/');
    for (const chain of content.chains) {
      const card = page.querySelectorAll('article.chain').find((candidate) => candidate.querySelector(`a[href="/en/chains/${chain.id}/"]`));
      const gaps = chain.data.stages.flatMap((stage) => stage.nodes).filter((node) => node.status === 'gap').length;
      expect(text(card), chain.id).toContain(`${gaps} gaps`);
      expect(text(card)).toMatch(/\d+ open opportunities/);
    }
  });
});
