import { describe, expect, test } from 'vitest';
import { sameStoredEntries } from '../../src/lib/stored-entries.ts';

const guide = () => ({
  regions: [
    { id: 'jiutai', digest: 'a1' },
    { id: 'changchun', digest: 'b2' },
  ],
  opportunities: [{ id: 'api-plant', digest: 'c3' } as { id: string; digest?: string }],
});

describe('the check the dev server keeps the guide model by', () => {
  test('finds the collections unchanged while no entry changes', () => {
    expect(sameStoredEntries(guide(), guide())).toBe(true);
  });

  test('sees an entry changed, added, removed or moved to another collection', () => {
    const changed = guide();
    changed.opportunities[0].digest = 'c4';
    const added = guide();
    added.opportunities.push({ id: 'cold-chain', digest: 'd5' });
    const removed = guide();
    removed.regions.pop();
    const moved = { regions: [{ id: 'jiutai', digest: 'a1' }], opportunities: [{ id: 'changchun', digest: 'b2' }, { id: 'api-plant', digest: 'c3' }] };
    const renamed = guide();
    renamed.regions[1].id = 'changchun-new-area';
    const { opportunities: _dropped, ...withoutOpportunities } = guide();
    for (const after of [changed, added, removed, moved, renamed, withoutOpportunities]) expect(sameStoredEntries(guide(), after)).toBe(false);
    expect(sameStoredEntries(withoutOpportunities, guide())).toBe(false);
  });

  test('cannot vouch for entries stored without a digest', () => {
    const before = guide();
    before.opportunities[0].digest = undefined;
    const after = guide();
    after.opportunities[0].digest = undefined;
    expect(sameStoredEntries(before, after)).toBe(false);
  });
});
