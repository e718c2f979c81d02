/** site.yaml: the guide's name, agency, contacts, industries, headline figures and map settings. */
import type { ChainInfo, ContentFile, RegionInfo, SiteData } from './model.ts';
import { contactFor, streetAddress } from './names.ts';
import type { Random } from './random.ts';
import { decimal, decimalNumber } from './text.ts';
import { industries, toText } from './vocab.ts';

export interface SiteInputs {
  province: RegionInfo;
  regions: RegionInfo[];
  chains: ChainInfo[];
  opportunityCount: number;
}

/** The overview map is centred on the cities, not the province's nominal centre. */
function mapCenter(regions: RegionInfo[]) {
  const cities = regions.filter((region) => region.level === 'city');
  const mean = (values: number[]) => Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 1e4) / 1e4;
  return { lat: mean(cities.map((city) => city.center.lat)), lng: mean(cities.map((city) => city.center.lng)) };
}

function keyFigures(random: Random, { regions, chains, opportunityCount }: SiteInputs): NonNullable<SiteData['keyFigures']> {
  const count = (level: string) => regions.filter((region) => region.level === level).length;
  const source = { title: { zh: '投资促进局统计', en: 'Investment Promotion Bureau statistics' }, date: '2026-10-31' };
  return [
    { label: { zh: '地区生产总值', en: 'GDP' }, value: decimalNumber(decimal(random.int(200000, 600000), 1)), unit: '亿元', year: 2025 },
    { label: { zh: '地级市', en: 'Prefecture-level cities' }, value: count('city'), unit: '个', year: 2026 },
    {
      label: { zh: '开发区和产业园区', en: 'Development zones and parks' },
      value: count('devzone') + count('park'),
      unit: '个',
      year: 2026,
    },
    // `条` is not in the closed unit list, so it is written as a { zh, en } pair.
    {
      label: { zh: '重点产业链', en: 'Priority industry chains' },
      value: chains.length,
      unit: { zh: '条', en: 'chains' },
      year: 2026,
      source,
    },
    { label: { zh: '机遇清单项目', en: 'Listed opportunities' }, value: opportunityCount, unit: '项', year: 2026, source },
  ];
}

export function siteFile(random: Random, inputs: SiteInputs): ContentFile {
  const { province } = inputs;
  const office = province.office;
  const data: SiteData = {
    name: { zh: `${province.name.zh}投资指南`, en: `${province.short.en} Investment Guide` },
    tagline: { zh: '重点产业链、机遇清单与优惠政策一站查询', en: 'Industry chains, investment opportunities and incentives in one place' },
    agency: office,
    intro: {
      zh: [
        `${office.zh}负责全省招商引资和项目服务工作。本指南汇集重点产业链招商图谱、机遇清单和优惠政策，`,
        '为投资者提供从选址、洽谈到落地投产的全流程信息。',
        '',
        '- **产业链**：各环节本地优势、链主企业和招商方向',
        '- **机遇清单**：按地区、行业和投资规模筛选项目',
        '- **优惠政策**：有效政策及申报方式',
        '',
      ].join('\n'),
      en: [
        `${office.en} promotes investment across the province and supports projects from site selection to start of production.`,
        'This guide brings together the industry-chain maps, the opportunity list and the incentives in force.',
        '',
        '- **Industry chains**: local strengths, chain leaders and what we are looking for',
        '- **Opportunities**: filter projects by region, industry and size',
        '- **Incentives**: policies in force and how to apply',
        '',
      ].join('\n'),
    },
    url: 'https://example.org/',
    contacts: [
      contactFor(random, {
        organization: office,
        areaCode: province.areaCode,
        emailPrefix: 'invest',
        desk: { zh: '投资服务热线', en: 'Investor hotline' },
        address: streetAddress(random, province.short),
      }),
      contactFor(random, { organization: office, areaCode: province.areaCode, emailPrefix: 'invest' }),
    ],
    industries: industries.map((industry) => ({ id: industry.slug, name: toText(industry) })),
    keyFigures: keyFigures(random, inputs),
    map: { provider: 'none', center: mapCenter(inputs.regions), zoom: 5 },
    exchangeRate: { cnyPerUsd: 7.1, asOf: '2026-06-30' },
    kiosk: { idleSeconds: 90 },
    updated: '2026-11-20',
  };
  return { path: 'site.yaml', data };
}
