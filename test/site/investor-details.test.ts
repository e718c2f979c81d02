import { describe, expect, test } from 'vitest';
import { readPage, text } from '../support/site.ts';

const project = 'jiutai-biologics-cdmo';

describe('what an investor reads and does on a project page', () => {
  test('"I’m interested" writes an e-mail naming the project and its reference, in the page language', async () => {
    for (const [locale, subject, title] of [
      ['zh', '投资意向：', '九台经开区生物药 CDMO 平台项目'],
      ['en', 'Investment enquiry: ', 'Biologics CDMO Platform, Jiutai Economic Development Zone'],
    ] as const) {
      const page = await readPage(`/${locale}/opportunities/${project}/`);
      const link = page.querySelector('.enquiry a[href^="mailto:"]')?.getAttribute('href');
      expect(link, locale).toBeTruthy();
      const mail = new URL(link!);
      expect(mail.pathname).toBe('jtdz-invest@example.cn');
      const params = new URLSearchParams(mail.search);
      expect(params.get('subject')).toBe(`${subject}${title}${locale === 'zh' ? `（项目编号 ${project}）` : ` (ref. ${project})`}`);
      expect(params.get('body')).toContain(`https://invest-atlas.example.com/${locale}/opportunities/${project}/`);
      // The phone and the WeChat ID are offered beside it.
      const other = text(page.querySelector('.enquiry-other'));
      expect(other).toContain('0431-8000 2345');
      expect(other).toContain('jtdz_invest_sample');
    }
  });

  test('English gives the investment in dollars too, at the guide’s dated rate, and the land in hectares', async () => {
    const page = await readPage(`/en/opportunities/${project}/`);
    const facts = text(page.querySelector('table.facts'));
    expect(facts).toContain('CNY 1.2 billion (≈ USD 169 million at the rate of 31 Oct 2026)');
    expect(page.querySelector('table.facts .usd')?.getAttribute('title')).toBe('Approximate, at CNY 7.1 to the US dollar on 31 Oct 2026');
    expect(facts).toContain('120 mu (8 ha)');
    const chinese = text((await readPage(`/zh/opportunities/${project}/`)).querySelector('table.facts'));
    expect(chinese).not.toContain('USD');
    expect(chinese).not.toContain('公顷');
  });

  test('the contact card shows a WeChat ID where the contact has one', async () => {
    const page = await readPage(`/zh/opportunities/${project}/`);
    const contact = page.querySelectorAll('.contact').map(text).join(' ');
    expect(contact).toContain('微信');
    expect(contact).toContain('jtdz_invest_sample');
  });
});
