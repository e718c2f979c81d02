/**
 * The incentive compilation (优惠政策汇编): policy documents at every level of government, with
 * document numbers, dates arranged around the reference date (most in force, some expired, a few
 * not yet effective) and concrete measures.
 */
import type { PolicyLevel } from '../src/lib/vocabulary.ts';
import type { ChainInfo, ContentFile, PolicyData, RegionInfo } from './model.ts';
import { contactFor, createIdRegistry, phoneNumber } from './names.ts';
import type { Random } from './random.ts';
import {
  addDays,
  capitalize,
  dayNumber,
  decimal,
  earlierDate,
  inSentence,
  laterDate,
  listText,
  moneyField,
  moneyText,
  referenceDate,
  wanText,
  yearOf,
  yiText,
  type GeneratedMoney,
} from './text.ts';
import { industries, type Text } from './vocab.ts';

// ---------------------------------------------------------------------------------------------
// Who issues it
// ---------------------------------------------------------------------------------------------

interface Issuer {
  name: Text;
  /** Prefix of the document number, e.g. 江政发 in 江政发〔2025〕12号. */
  prefix: string;
  region?: RegionInfo;
}

const nationalIssuers: Issuer[] = [
  { name: { zh: '国务院办公厅', en: 'General Office of the State Council' }, prefix: '国办发' },
  { name: { zh: '国家发展改革委', en: 'National Development and Reform Commission' }, prefix: '发改产业' },
  { name: { zh: '工业和信息化部', en: 'Ministry of Industry and Information Technology' }, prefix: '工信部规' },
  { name: { zh: '商务部', en: 'Ministry of Commerce' }, prefix: '商资发' },
  { name: { zh: '财政部 税务总局', en: 'Ministry of Finance and State Taxation Administration' }, prefix: '财税' },
];

function issuerFor(random: Random, level: PolicyLevel, regions: RegionInfo[]): Issuer {
  const pickLevel = (...levels: string[]) => random.pick(regions.filter((region) => levels.includes(region.level)));
  switch (level) {
    case 'national':
      return random.pick(nationalIssuers);
    case 'provincial': {
      const province = pickLevel('province');
      const initial = province.short.zh.charAt(0);
      return random.pick([
        {
          name: { zh: `${province.name.zh}人民政府`, en: `People's Government of ${province.name.en}` },
          prefix: `${initial}政发`,
          region: province,
        },
        {
          name: { zh: `${province.name.zh}人民政府办公厅`, en: `General Office of the People's Government of ${province.name.en}` },
          prefix: `${initial}政办发`,
          region: province,
        },
        {
          name: { zh: `${province.name.zh}商务厅`, en: `${province.name.en} Department of Commerce` },
          prefix: `${initial}商发`,
          region: province,
        },
      ]);
    }
    case 'municipal': {
      const city = pickLevel('city');
      const initial = city.short.zh.charAt(0);
      return random.pick([
        {
          name: { zh: `${city.name.zh}人民政府`, en: `${city.name.en} Municipal People's Government` },
          prefix: `${initial}政发`,
          region: city,
        },
        {
          name: { zh: `${city.name.zh}人民政府办公室`, en: `General Office of ${city.name.en} Municipal People's Government` },
          prefix: `${initial}政办发`,
          region: city,
        },
        { name: city.office, prefix: `${initial}投促发`, region: city },
      ]);
    }
    case 'county': {
      const region = pickLevel('district', 'county', 'devzone');
      const initial = region.short.zh.charAt(0);
      return region.level === 'devzone'
        ? {
            name: { zh: `${region.name.zh}管理委员会`, en: `Administrative Committee of ${region.name.en}` },
            prefix: `${initial}管发`,
            region,
          }
        : { name: { zh: `${region.name.zh}人民政府`, en: `People's Government of ${region.name.en}` }, prefix: `${initial}政发`, region };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// When it applies
// ---------------------------------------------------------------------------------------------

type PolicyDates = Pick<PolicyData, 'issued' | 'effective' | 'expires'>;

const lastDayBefore = addDays(referenceDate, -1);

function randomDateBetween(random: Random, from: string, to: string): string {
  return addDays(from, random.int(0, Math.max(0, dayNumber(to) - dayNumber(from))));
}

/** Dates for a policy that is in force, expired or pending on the reference date. */
function policyDates(random: Random): PolicyDates & { issued: string } {
  const status = random.weighted([
    ['in-force', 75],
    ['expired', 17],
    ['pending', 8],
  ] as const);
  if (status === 'pending') {
    const issued = randomDateBetween(random, '2026-09-01', '2026-11-20');
    const effective = random.pick(['2026-12-01', '2027-01-01']);
    const expires = random.chance(0.6) ? addDays(`${yearOf(effective) + 3}${effective.slice(4)}`, -1) : undefined;
    return { issued, effective, ...(expires ? { expires } : {}) };
  }
  if (status === 'expired') {
    const issued = randomDateBetween(random, '2021-01-10', '2024-08-31');
    const effective = addDays(issued, random.chance(0.5) ? 0 : random.int(1, 30));
    return { issued, effective, expires: `${random.int(yearOf(effective) + 1, 2025)}-12-31` };
  }
  const issued = randomDateBetween(random, '2023-01-05', '2026-11-10');
  const delayed = random.chance(0.4) ? earlierDate(addDays(issued, random.int(1, 30)), referenceDate) : undefined;
  const effective = delayed ?? issued;
  const expiresYear = random.int(Math.max(2026, yearOf(effective) + 1), yearOf(effective) + 5);
  return {
    issued,
    // Leaving `effective` out means "from the issue date"; both spellings occur in real files.
    ...(delayed || random.chance(0.5) ? { effective } : {}),
    ...(random.chance(0.7) ? { expires: `${expiresYear}-12-31` } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// What it covers
// ---------------------------------------------------------------------------------------------

/** The region and everything under it. */
function subtree(root: RegionInfo, regions: RegionInfo[]): Set<RegionInfo> {
  const inside = new Set<RegionInfo>([root]);
  for (const region of regions) {
    for (let ancestor = region.parent; ancestor; ancestor = ancestor.parent) {
      if (ancestor === root) inside.add(region);
    }
  }
  return inside;
}

/** One chain, sometimes with a sister chain of the same industry (化学药 + 生物药). */
function chainsOfOneIndustry(random: Random, candidates: ChainInfo[]): ChainInfo[] {
  const first = random.pick(candidates);
  const sisters = candidates.filter((chain) => chain !== first && chain.industry === first.industry);
  return sisters.length > 0 && random.chance(0.4) ? [first, random.pick(sisters)] : [first];
}

interface Scope {
  regions: RegionInfo[];
  chains: ChainInfo[];
  industries: string[];
}

/** Regions a policy names: local policies their own area, some provincial ones a few cities. */
function scopeRegions(random: Random, issuer: Issuer, level: PolicyLevel, regions: RegionInfo[]): RegionInfo[] {
  if (level === 'municipal' || level === 'county') return [issuer.region!];
  if (level === 'provincial' && random.chance(0.2)) {
    const cities = regions.filter((region) => region.level === 'city');
    return random.sample(cities, random.int(1, 3));
  }
  return [];
}

/** Industries a policy names: usually those of its chains; general policies name none or a couple. */
function scopeIndustries(random: Random, chains: ChainInfo[]): string[] {
  if (chains.length > 0) return random.chance(0.7) ? [...new Set(chains.map((chain) => chain.industry))] : [];
  if (!random.chance(0.4)) return [];
  return random.sample(industries, random.int(1, 2)).map((industry) => industry.slug);
}

function scopeFor(random: Random, issuer: Issuer, level: PolicyLevel, regions: RegionInfo[], chains: ChainInfo[]): Scope {
  // A city's or county's policy targets chains developed in its own area where there are any.
  const issuerArea = issuer.region && level !== 'provincial' ? subtree(issuer.region, regions) : undefined;
  const localChains = issuerArea ? chains.filter((chain) => chain.regions.some((region) => issuerArea.has(region))) : chains;
  const candidates = localChains.length > 0 ? localChains : chains;
  const scopeChains = candidates.length > 0 && random.chance(0.55) ? chainsOfOneIndustry(random, candidates) : [];
  return {
    regions: scopeRegions(random, issuer, level, regions),
    chains: scopeChains,
    industries: scopeIndustries(random, scopeChains),
  };
}

const generalTopics = [
  { slug: 'investment', firmTypes: ['all'], title: { zh: '招商引资优惠政策', en: 'Investment Incentives' } },
  { slug: 'talent', firmTypes: ['all'], title: { zh: '关于引进高层次人才的若干措施', en: 'Measures to Attract High-level Talent' } },
  {
    slug: 'foreign-investment',
    firmTypes: ['foreign'],
    title: { zh: '关于进一步做好稳外资工作的若干措施', en: 'Measures to Stabilise and Attract Foreign Investment' },
  },
  {
    slug: 'headquarters',
    firmTypes: ['headquarters'],
    title: { zh: '关于促进总部经济发展的若干措施', en: 'Measures to Promote Regional Headquarters' },
  },
  {
    slug: 'innovation',
    firmTypes: ['high-tech', 'startup'],
    title: { zh: '关于支持科技创新的若干政策', en: 'Policies to Support Science and Technology Innovation' },
  },
  {
    slug: 'sme',
    firmTypes: ['sme', 'specialized'],
    title: { zh: '关于支持中小企业发展的若干措施', en: 'Measures to Support Small and Medium-sized Enterprises' },
  },
] as const;

interface Topic {
  slug: string;
  title: Text;
  /** What the summary says the policy supports, as it reads inside a sentence. */
  subject: Text;
  firmTypes?: readonly string[];
}

function topicFor(random: Random, scope: Scope): Topic {
  const industryTitle = (subject: Text) =>
    random.pick([
      { zh: `关于支持${subject.zh}高质量发展的若干政策措施`, en: `Measures to Support High-quality Development of ${subject.en}` },
      { zh: `关于加快${subject.zh}集群发展的实施意见`, en: `Opinions on Accelerating ${subject.en} Cluster` },
      { zh: `${subject.zh}招商引资若干政策`, en: `Investment Incentives for ${subject.en}` },
    ]);
  if (scope.chains.length > 0) {
    const chain = scope.chains[0];
    const subject = { zh: chain.name.zh, en: `the ${chain.name.en}` };
    return { slug: chain.template.slug, title: industryTitle(subject), subject };
  }
  if (scope.industries.length > 0) {
    const industry = industries.find((item) => item.slug === scope.industries[0])!;
    const name = { zh: `${industry.zh}产业`, en: `the ${industry.en} Industry` };
    return { slug: industry.slug, title: industryTitle(name), subject: { zh: name.zh, en: `the ${inSentence(industry.en)} industry` } };
  }
  const topic = random.pick(generalTopics);
  return { slug: topic.slug, title: topic.title, subject: { zh: '企业投资发展', en: 'business investment' }, firmTypes: topic.firmTypes };
}

function firmTypesFor(random: Random, topic: Topic): string[] | undefined {
  if (topic.firmTypes) return [...topic.firmTypes];
  return random.weighted<string[] | undefined>([
    [undefined, 40], // the default: all firms
    [['all'], 10],
    [['high-tech', 'specialized'], 20],
    [['sme'], 10],
    [['listed', 'headquarters'], 10],
    [['startup', 'sme'], 10],
  ]);
}

// ---------------------------------------------------------------------------------------------
// Measures
// ---------------------------------------------------------------------------------------------

type Measure = PolicyData['measures'][number];

const capInWan = (random: Random, min: number, max: number, step: number): GeneratedMoney => ({
  unit: '万元',
  amount: decimal(random.int(min / step, max / step) * step),
});

function thresholdInvestment(random: Random): Text {
  const words = random.pick([wanText(decimal(5000)), yiText(decimal(1)), yiText(decimal(2)), yiText(decimal(5))]);
  return { zh: `固定资产投资不低于${words.zh}`, en: `Fixed-asset investment of at least ${words.en}` };
}

/** A measure and its cap kept exact, so the summary can quote the cap in words. */
interface BuiltMeasure {
  data: Measure;
  cap?: GeneratedMoney;
}

function withCap(measure: Omit<Measure, 'cap'>, cap?: GeneratedMoney): BuiltMeasure {
  return cap ? { data: { ...measure, cap: moneyField(cap) }, cap } : { data: measure };
}

const measureBuilders: Record<string, (random: Random) => BuiltMeasure> = {
  land: (random) => {
    const rate = random.pick([70, 80]);
    return withCap({
      category: 'land',
      benefit: {
        zh: `工业用地出让底价可按所在地土地等别对应最低价标准的${rate}%执行`,
        en: `Industrial land may be sold at ${rate}% of the minimum price for its land grade`,
      },
      rate,
      ...(random.chance(0.6) ? { threshold: thresholdInvestment(random) } : {}),
    });
  },
  tax: (random) => {
    const rate = random.pick([50, 60, 80, 100]);
    const cap = random.chance(0.6) ? capInWan(random, 500, 5000, 100) : undefined;
    return withCap(
      {
        category: 'tax',
        benefit: {
          zh: `企业所得税地方留存部分，前三年按${rate}%给予奖励`,
          en: `${rate}% of the locally retained corporate income tax returned as an award for three years`,
        },
        rate,
      },
      cap,
    );
  },
  subsidy: (random) => {
    const rate = random.pick([5, 8, 10, 12.5, 15, 20]);
    const equipment = decimal(random.pick([1000, 2000, 3000]));
    return withCap(
      {
        category: 'subsidy',
        benefit: { zh: `按设备投资额的${rate}%给予补助`, en: `A grant of ${rate}% of the investment in equipment` },
        rate,
        threshold: { zh: `设备投资额不低于${wanText(equipment).zh}`, en: `Equipment investment of at least ${wanText(equipment).en}` },
      },
      random.chance(0.15) ? { unit: '亿元', amount: decimal(random.pick([5, 10, 15]), 1) } : capInWan(random, 200, 3000, 50),
    );
  },
  finance: (random) => {
    const rate = random.pick([30, 50]);
    return withCap(
      {
        category: 'finance',
        benefit: {
          zh: `按贷款市场报价利率（LPR）的${rate}%给予贴息，期限不超过3年`,
          en: `Interest subsidy of ${rate}% of the loan prime rate (LPR) for up to three years`,
        },
        rate,
      },
      capInWan(random, 100, 1000, 50),
    );
  },
  talent: (random) => {
    const cap = capInWan(random, 50, 300, 10);
    const words = moneyText(cap);
    return withCap(
      {
        category: 'talent',
        benefit: { zh: `引进的高层次人才给予最高${words.zh}安家补贴`, en: `Housing allowance of up to ${words.en} for high-level talent` },
      },
      cap,
    );
  },
  rent: (random) => {
    const rate = random.pick([50, 100]);
    return withCap({
      category: 'rent',
      benefit:
        rate === 100
          ? { zh: '入驻标准厂房的，前两年免收租金', en: 'No rent in standard factories for the first two years' }
          : { zh: '入驻标准厂房的，前两年租金减半', en: 'Half rent in standard factories for the first two years' },
      rate,
    });
  },
  factors: () =>
    withCap({
      category: 'factors',
      benefit: { zh: '优先保障用电、用水、用气和能耗指标', en: 'Priority for power, water, gas and energy-consumption quotas' },
    }),
  service: (random) => {
    const days = random.pick([5, 10, 15, 20]);
    return withCap({
      category: 'service',
      benefit: {
        zh: `实行项目专员全程代办，审批时限压缩至${days}个工作日`,
        en: `A project officer handles every approval, within ${days} working days`,
      },
    });
  },
};

const categoryNames: Record<string, Text> = {
  land: { zh: '用地', en: 'land' },
  tax: { zh: '税收', en: 'tax' },
  subsidy: { zh: '奖励补贴', en: 'grants' },
  finance: { zh: '金融', en: 'finance' },
  talent: { zh: '人才', en: 'talent' },
  rent: { zh: '租金', en: 'rent' },
  factors: { zh: '要素保障', en: 'utilities' },
  service: { zh: '服务', en: 'services' },
};

// ---------------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------------

function summaryText(topic: Topic, categories: string[], measures: BuiltMeasure[]): Text {
  const areas = listText(categories.map((category) => categoryNames[category]));
  const firstCap = measures.find((measure) => measure.cap !== undefined)?.cap;
  const cap = firstCap ? moneyText(firstCap) : undefined;
  return {
    zh: `从${areas.zh}等方面支持${topic.subject.zh}${cap ? `，单项最高支持${cap.zh}` : ''}。`,
    en: `Support for ${topic.subject.en} through ${areas.en}${cap ? `, up to ${cap.en} per item` : ''}.`,
  };
}

function howToApply(random: Random, issuer: Issuer): Text {
  const office = issuer.region?.office ?? { zh: '当地投资促进部门', en: 'the local investment promotion authority' };
  const days = random.pick([10, 15, 20, 30]);
  const schedule = random.pick([
    { zh: '季度', en: 'quarterly' },
    { zh: '年度', en: 'once a year' },
  ]);
  const phone = issuer.region ? phoneNumber(random, issuer.region.areaCode) : undefined;
  return {
    zh: [
      `1. 向${office.zh}提交申请表、营业执照复印件、项目投资协议及相关证明材料；`,
      `2. ${office.zh}会同财政、税务等部门在${days}个工作日内完成审核；`,
      `3. 审核通过的，按${schedule.zh}拨付资金。`,
      ...(phone ? ['', `咨询电话：${phone}`] : []),
      '',
    ].join('\n'),
    en: [
      `1. Submit the application form, a copy of the business licence, the investment agreement and supporting documents to ${office.en}.`,
      `2. ${capitalize(office.en)} reviews the application with the finance and tax authorities within ${days} working days.`,
      `3. Approved funds are paid ${schedule.en}.`,
      ...(phone ? ['', `Enquiries: ${phone}`] : []),
      '',
    ].join('\n'),
  };
}

// ---------------------------------------------------------------------------------------------
// Putting it together
// ---------------------------------------------------------------------------------------------

function documentNumber(issuer: Issuer, issued: string, counters: Map<string, number>): string {
  const year = yearOf(issued);
  const key = `${issuer.prefix}${year}`;
  // Numbers rise through the year; gaps stand for the issuer's other documents.
  const number = (counters.get(key) ?? 0) + 1 + (key.length % 7);
  counters.set(key, number);
  return `${issuer.prefix}〔${year}〕${number}号`;
}

function policyTitle(issuer: Issuer, topic: Topic): Text {
  const place = issuer.region?.name;
  return place ? { zh: `${place.zh}${topic.title.zh}`, en: `${place.en}: ${topic.title.en}` } : topic.title;
}

export function policyFiles(random: Random, count: number, regions: RegionInfo[], chains: ChainInfo[]): ContentFile[] {
  const uniqueId = createIdRegistry();
  const counters = new Map<string, number>();
  return Array.from({ length: count }, () => {
    const level = random.weighted<PolicyLevel>([
      ['national', 8],
      ['provincial', 20],
      ['municipal', 36],
      ['county', 36],
    ]);
    const issuer = issuerFor(random, level, regions);
    const dates = policyDates(random);
    const scope = scopeFor(random, issuer, level, regions, chains);
    const topic = topicFor(random, scope);
    const categories = random.sample(Object.keys(measureBuilders), random.int(2, 6));
    const measures = categories.map((category) => measureBuilders[category](random));
    const id = uniqueId(`${issuer.region?.id ?? 'national'}-${topic.slug}-${yearOf(dates.issued)}`);
    const title = policyTitle(issuer, topic);
    const firmTypes = firmTypesFor(random, topic);
    const data: PolicyData = {
      title,
      issuer: issuer.name,
      ...(random.chance(0.9) ? { documentNumber: documentNumber(issuer, dates.issued, counters) } : {}),
      level,
      ...dates,
      summary: summaryText(topic, categories, measures),
      chains: scope.chains.map((chain) => chain.id),
      regions: scope.regions.map((region) => region.id),
      industries: scope.industries,
      ...(firmTypes ? { firmTypes } : {}),
      measures: measures.map((measure) => measure.data),
      howToApply: howToApply(random, issuer),
      ...(random.chance(0.6) ? { url: `https://example.org/policies/${id}` } : {}),
      ...(issuer.region && random.chance(0.7)
        ? {
            contact: contactFor(random, {
              organization: issuer.region.office,
              areaCode: issuer.region.areaCode,
              emailPrefix: `policy.${issuer.region.id}`,
            }),
          }
        : {}),
      updated: laterDate(dates.issued, earlierDate(randomDateBetween(random, '2025-06-01', '2026-11-20'), lastDayBefore)),
      ...(random.chance(0.3) ? { sources: [{ title, url: `https://example.org/documents/${id}`, date: dates.issued }] } : {}),
    };
    return { path: `policies/${id}.yaml`, data };
  });
}
