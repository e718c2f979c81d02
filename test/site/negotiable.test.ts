import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { builtSite } from '../support/paths.ts';
import { readPage, text } from '../support/site.ts';

// The sample guide's one project whose investment is still to be agreed (investment: { negotiable: true }).
const id = 'jiutai-urban-delivery-hub';

describe('an investment to be negotiated (面议)', () => {
  test('its page and card say 面议 / to be negotiated, in place of an amount', async () => {
    const zh = await readPage(`/zh/opportunities/${id}/`);
    const en = await readPage(`/en/opportunities/${id}/`);
    expect(text(zh.querySelector('main'))).toContain('面议');
    expect(text(en.querySelector('main'))).toContain('to be negotiated');
    const card = (await readPage('/en/opportunities/')).querySelectorAll('[data-filter-item]').find((item) => item.querySelector(`a[href$="/opportunities/${id}/"]`));
    expect(text(card?.querySelector('.investment'))).toBe('to be negotiated');
    expect(card?.getAttribute('data-sort-investment')).toBe('');
  });

  test('it can be found with its own investment band, and no band by amount claims it', async () => {
    const list = await readPage('/zh/opportunities/');
    const card = list.querySelectorAll('[data-filter-item]').find((item) => item.querySelector(`a[href$="/opportunities/${id}/"]`));
    expect(card?.getAttribute('data-facet-band')).toBe('negotiable');
    expect(text(list.querySelector('option[value="negotiable"]'))).toContain('面议');
  });

  test('the kiosk total leaves it out and says so', async () => {
    expect(text(await readPage('/zh/kiosk/'))).toMatch(/另有 1 个项目投资额面议，未计入/);
    expect(text(await readPage('/en/kiosk/'))).toContain('Not counted: 1 project whose investment is to be negotiated');
  });

  test('open data marks it negotiable, with no amount', async () => {
    const json = JSON.parse(await readFile(path.join(builtSite, 'data/opportunities.json'), 'utf8'));
    expect(json.items.find((item: { id: string }) => item.id === id).investment).toEqual({ amount: null, unit: null, negotiable: true });
    const rows = parseCsv(await readFile(path.join(builtSite, 'data/opportunities.csv')), { bom: true, columns: true }) as Record<string, string>[];
    const row = rows.find((candidate) => candidate.id === id)!;
    expect([row.investment_amount, row.investment_unit, row.investment_negotiable]).toEqual(['', '', 'true']);
    expect(rows.filter((candidate) => candidate.investment_negotiable === 'false').every((candidate) => candidate.investment_amount !== '')).toBe(true);
  });

  test('the data page explains the column', async () => {
    expect(text(await readPage('/en/data/'))).toContain('investment_negotiable');
  });
});
