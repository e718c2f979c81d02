import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import type { AtlasContent } from '../../src/lib/content/types.ts';
import { sampleContent } from '../support/paths.ts';

let content: AtlasContent;
beforeAll(async () => {
  content = await loadContent(sampleContent);
});

describe('the sample guide is a real demonstration', () => {
  test('it has the breadth the demo needs', () => {
    expect(content.regions.length).toBeGreaterThanOrEqual(7);
    expect(content.chains.length).toBeGreaterThanOrEqual(6);
    expect(content.opportunities.length).toBeGreaterThanOrEqual(30);
    expect(content.policies.length).toBeGreaterThanOrEqual(12);
  });

  test.each(['九台', '源汇', '秦皇岛', '宜宾', '眉山', '甘孜', '金昌'])('it covers %s', (place) => {
    expect(content.regions.some((region) => region.data.name.zh.includes(place))).toBe(true);
  });

  test('every chain has real structure: 8+ nodes over three stages, and gaps that opportunities fill', () => {
    for (const chain of content.chains) {
      const nodes = chain.data.stages.flatMap((stage) => stage.nodes);
      expect(nodes.length, chain.id).toBeGreaterThanOrEqual(8);
      const mainStages = chain.data.stages.filter((stage) => stage.stage !== 'services' && stage.nodes.length > 0);
      expect(mainStages.length, chain.id).toBe(3);
      const gaps = nodes.filter((node) => node.status === 'gap');
      expect(gaps.length, chain.id).toBeGreaterThanOrEqual(1);
      for (const gap of gaps) {
        const filling = content.opportunities.filter((opportunity) => opportunity.data.chain === chain.id && opportunity.data.node === gap.id);
        expect(filling.length, `${chain.id}/${gap.id}`).toBeGreaterThanOrEqual(1);
      }
    }
  });

  test('it shows every freshness state: expired and upcoming policies, lapsed opportunities', async () => {
    const { policyStatus, isPastValidity } = await import('../../src/lib/dates.ts');
    const today = '2026-11-23';
    const statuses = content.policies.map((policy) => policyStatus(policy.data, today));
    expect(statuses).toContain('expired');
    expect(statuses).toContain('pending');
    expect(statuses).toContain('in-force');
    expect(content.opportunities.some((opportunity) => isPastValidity(opportunity.data.validUntil, today))).toBe(true);
  });
});
