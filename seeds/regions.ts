/**
 * Regions: one province, a few cities, their districts and counties, and development zones and
 * parks inside those. Children are placed near their parent so maps and distances look real.
 */
import type { RegionLevel } from '../src/lib/vocabulary.ts';
import type { ChainInfo, ContentFile, LatLng, RegionData, RegionInfo } from './model.ts';
import { contactFor, createIdRegistry, createPlaceNames, streetAddress } from './names.ts';
import type { Random } from './random.ts';
import {
  addDays,
  chineseNumeral,
  decimal,
  decimalNumber,
  decimalText,
  inSentence,
  listText,
  rescale,
  romanNumeral,
  wanToPlain,
  type Decimal,
} from './text.ts';
import { compassDirections, devzoneKinds, industries, parkPrefixes, slugify, toText, type Term, type Text } from './vocab.ts';

// ---------------------------------------------------------------------------------------------
// Planning the hierarchy
// ---------------------------------------------------------------------------------------------

export interface RegionCounts {
  cities: number;
  districtsAndCounties: number;
  zones: number;
}

/** Splits a total (province included) into cities, districts/counties, and zones/parks. */
export function regionCounts(total: number): RegionCounts {
  const belowProvince = Math.max(3, total - 1);
  const cities = Math.min(20, Math.max(belowProvince >= 6 ? 2 : 1, Math.round(belowProvince / 18)));
  const rest = belowProvince - cities;
  const districtsAndCounties = Math.max(1, Math.round(rest * 0.45));
  return { cities, districtsAndCounties, zones: rest - districtsAndCounties };
}

/** The box the guide's points stay in: mainland China, away from borders. */
const bounds = { minLat: 20.5, maxLat: 49.5, minLng: 100.5, maxLng: 124.5 };

const round4 = (value: number) => Math.round(value * 1e4) / 1e4;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** A point within `radius` degrees of `center` (longitude stretched, as degrees shrink northwards). */
export function near(random: Random, center: LatLng, radius: number, digits = 4): LatLng {
  const factor = 10 ** digits;
  const round = (value: number) => Math.round(value * factor) / factor;
  return {
    lat: round(clamp(center.lat + radius * (2 * random.next() - 1), bounds.minLat, bounds.maxLat)),
    lng: round(clamp(center.lng + radius * 1.3 * (2 * random.next() - 1), bounds.minLng, bounds.maxLng)),
  };
}

const industryIds = industries.map((industry) => industry.slug);

/** Industries a kind of zone naturally hosts; other zones take from their city's focus. */
const zoneFocus: Record<string, string[]> = {
  'bonded-zone': ['logistics', 'electronics'],
  'airport-zone': ['logistics', 'equipment', 'electronics'],
  'chemical-zone': ['chemicals', 'new-materials'],
  agripark: ['agri-food', 'health-care'],
};

interface Planner {
  random: Random;
  nextName: () => Term;
  uniqueId: (base: string) => string;
  usedAreaCodes: Set<string>;
  /** Chinese names of zones and parks so far: two 东湖生物医药产业园 in one guide would confuse. */
  usedZoneNames: Set<string>;
}

function officeFor(level: RegionLevel, name: Text): Text {
  switch (level) {
    case 'province':
    case 'city':
      return { zh: `${name.zh}投资促进局`, en: `${name.en} Investment Promotion Bureau` };
    case 'district':
    case 'county':
      return { zh: `${name.zh}招商服务中心`, en: `${name.en} Investment Service Centre` };
    case 'devzone':
      return { zh: `${name.zh}管委会招商局`, en: `Investment Bureau, ${name.en} Administrative Committee` };
    case 'park':
      return { zh: `${name.zh}招商部`, en: `Investment Office, ${name.en}` };
  }
}

function newAreaCode(planner: Planner): string {
  for (;;) {
    const code = `0${planner.random.int(310, 999)}`;
    if (!planner.usedAreaCodes.has(code)) {
      planner.usedAreaCodes.add(code);
      return code;
    }
  }
}

function makeProvince(planner: Planner): RegionInfo {
  const { random } = planner;
  const place = planner.nextName();
  const name = { zh: `${place.zh}省`, en: `${place.en} Province` };
  const center = { lat: round4(26 + 18 * random.next()), lng: round4(106 + 14 * random.next()) };
  return {
    id: planner.uniqueId(place.slug),
    level: 'province',
    name,
    short: toText(place),
    center,
    focus: random.sample(industryIds, 5),
    areaCode: newAreaCode(planner),
    office: officeFor('province', name),
  };
}

function makeCity(planner: Planner, province: RegionInfo): RegionInfo {
  const { random } = planner;
  const place = planner.nextName();
  const name = { zh: `${place.zh}市`, en: place.en };
  const center = {
    lat: round4(clamp(province.center.lat + 3 * (2 * random.next() - 1), bounds.minLat, bounds.maxLat)),
    lng: round4(clamp(province.center.lng + 4 * (2 * random.next() - 1), bounds.minLng, bounds.maxLng)),
  };
  const city: RegionInfo = {
    id: planner.uniqueId(place.slug),
    level: 'city',
    name,
    short: toText(place),
    parent: province,
    center,
    focus: random.sample(industryIds, 3),
    areaCode: newAreaCode(planner),
    office: officeFor('city', name),
  };
  city.city = city;
  return city;
}

function makeDistrictOrCounty(planner: Planner, city: RegionInfo): RegionInfo {
  const { random } = planner;
  const place = planner.nextName();
  const level: RegionLevel = random.chance(0.55) ? 'district' : 'county';
  const name =
    level === 'district' ? { zh: `${place.zh}区`, en: `${place.en} District` } : { zh: `${place.zh}县`, en: `${place.en} County` };
  return {
    id: planner.uniqueId(place.slug),
    level,
    name,
    short: toText(place),
    parent: city,
    city,
    center: near(random, city.center, level === 'district' ? 0.25 : 0.7),
    focus: [random.pick(city.focus), random.pick(industryIds)].filter((id, index, all) => all.indexOf(id) === index),
    areaCode: city.areaCode,
    office: officeFor(level, name),
  };
}

/** A development zone named after its host, or none when the host already has every kind. */
function makeDevzone(planner: Planner, parent: RegionInfo): RegionInfo | undefined {
  const { random } = planner;
  const kinds = devzoneKinds.filter((kind) => !planner.usedZoneNames.has(`${parent.short.zh}${kind.zh}`));
  if (kinds.length === 0) return undefined;
  const kind = random.weighted(kinds.map((item) => [item, item.weight] as const));
  const name = { zh: `${parent.short.zh}${kind.zh}`, en: `${parent.short.en} ${kind.en}` };
  planner.usedZoneNames.add(name.zh);
  const focus = zoneFocus[kind.slug] ?? random.sample([...(parent.city?.focus ?? []), ...random.sample(industryIds, 2)], 3);
  return {
    id: planner.uniqueId(`${slugify(parent.short.en)}-${kind.slug}`),
    level: 'devzone',
    name,
    short: { zh: `${parent.short.zh}${kind.short}`, en: `${parent.short.en} ${kind.enShort}` },
    parent,
    city: parent.city,
    center: near(random, parent.center, 0.12),
    focus: [...new Set(focus)],
    areaCode: parent.areaCode,
    office: officeFor('devzone', name),
  };
}

/** The nearest place name above a park: a park inside a development zone is named after the zone's host. */
function placeAbove(region: RegionInfo): Text {
  return region.level === 'devzone' && region.parent ? region.parent.short : region.short;
}

/**
 * A park name not used before: 东湖生物医药产业园 (landmark prefix) or 安平生物医药产业园 (place name).
 * When every combination tried is taken, a numbered zone is added: …产业园二区.
 */
function parkName(planner: Planner, parent: RegionInfo): { name: Text; short: Text; slug: string; industry: string } {
  const { random } = planner;
  const place = placeAbove(parent);
  const candidate = () => {
    const industryId = random.chance(0.8) && parent.focus.length > 0 ? random.pick(parent.focus) : random.pick(industryIds);
    const industry = industries.find((item) => item.slug === industryId)!;
    const prefix = random.chance(0.5) ? random.pick(parkPrefixes) : { ...place, slug: slugify(place.en) };
    return {
      name: { zh: `${prefix.zh}${industry.zh}产业园`, en: `${prefix.en} ${industry.en} Industrial Park` },
      short: { zh: `${prefix.zh}${industry.zh}产业园`, en: `${prefix.en} ${industry.en} Park` },
      slug: `${prefix.slug}-${industry.slug}-park`,
      industry: industryId,
    };
  };
  for (let attempt = 0; attempt < 30; attempt++) {
    const park = candidate();
    if (!planner.usedZoneNames.has(park.name.zh)) return park;
  }
  const park = candidate();
  for (let zone = 2; ; zone++) {
    const zh = `${park.name.zh}${chineseNumeral(zone)}区`;
    if (planner.usedZoneNames.has(zh)) continue;
    return { ...park, name: { zh, en: `${park.name.en}, Zone ${zone}` }, short: { zh, en: `${park.short.en} ${zone}` } };
  }
}

function makePark(planner: Planner, parent: RegionInfo): RegionInfo {
  const park = parkName(planner, parent);
  planner.usedZoneNames.add(park.name.zh);
  return {
    id: planner.uniqueId(park.slug),
    level: 'park',
    name: park.name,
    short: park.short,
    parent,
    city: parent.city,
    center: near(planner.random, parent.center, 0.08),
    focus: [park.industry],
    areaCode: parent.areaCode,
    office: officeFor('park', park.name),
  };
}

/** Every region of the guide, parents before children. */
export function planRegions(random: Random, total: number): RegionInfo[] {
  const planner: Planner = {
    random,
    nextName: createPlaceNames(random),
    uniqueId: createIdRegistry(),
    usedAreaCodes: new Set(),
    usedZoneNames: new Set(),
  };
  const counts = regionCounts(total);
  const province = makeProvince(planner);
  const cities = Array.from({ length: counts.cities }, () => makeCity(planner, province));
  // The first few go round the cities so that every city gets at least one district or county.
  const areas = Array.from({ length: counts.districtsAndCounties }, (_, index) =>
    makeDistrictOrCounty(planner, index < cities.length ? cities[index] : random.pick(cities)),
  );
  const devzones: RegionInfo[] = [];
  const parks: RegionInfo[] = [];
  for (let index = 0; index < counts.zones; index++) {
    const hostArea = random.chance(0.8) ? random.pick(areas) : random.pick(cities);
    const devzone = random.chance(0.45) ? makeDevzone(planner, hostArea) : undefined;
    if (devzone) devzones.push(devzone);
    else parks.push(makePark(planner, devzones.length > 0 && random.chance(0.3) ? random.pick(devzones) : hostArea));
  }
  return [province, ...cities, ...areas, ...devzones, ...parks];
}

// ---------------------------------------------------------------------------------------------
// Writing a region file
// ---------------------------------------------------------------------------------------------

interface FigureKind {
  label: Text;
  unit: RegionFigureUnit;
  scale: number;
  ranges: Partial<Record<RegionLevel, [number, number]>>;
}

type RegionFigureUnit = '亿元' | '万美元' | '万人' | '平方公里' | '家' | '%' | Text;

const figureKinds: FigureKind[] = [
  {
    label: { zh: '地区生产总值', en: 'GDP' },
    unit: '亿元',
    scale: 1,
    ranges: { province: [20000, 60000], city: [1500, 9000], district: [200, 1500], county: [80, 600], devzone: [100, 1500] },
  },
  {
    label: { zh: '常住人口', en: 'Resident population' },
    unit: '万人',
    scale: 1,
    ranges: { province: [2000, 8000], city: [200, 900], district: [30, 130], county: [20, 80] },
  },
  {
    label: { zh: '行政区域面积', en: 'Land area' },
    unit: '平方公里',
    scale: 0,
    ranges: { province: [100000, 200000], city: [8000, 25000], district: [300, 1500], county: [1500, 4000] },
  },
  {
    label: { zh: '规划面积', en: 'Planned area' },
    unit: '平方公里',
    scale: 2,
    ranges: { devzone: [20, 300], park: [2, 30] },
  },
  {
    label: { zh: '规上工业企业', en: 'Industrial firms above designated size' },
    unit: '家',
    scale: 0,
    ranges: { province: [5000, 20000], city: [600, 3000], district: [80, 500], county: [40, 200], devzone: [60, 600], park: [15, 120] },
  },
  {
    label: { zh: '高新技术企业', en: 'High-tech enterprises' },
    unit: '家',
    scale: 0,
    ranges: { province: [3000, 15000], city: [300, 2500], district: [30, 400], county: [10, 120], devzone: [50, 800], park: [5, 90] },
  },
  {
    label: { zh: '实际使用外资', en: 'Foreign investment actually used' },
    unit: '万美元',
    scale: 0,
    ranges: { province: [100000, 800000], city: [10000, 150000], district: [1000, 30000], devzone: [2000, 60000] },
  },
  {
    label: { zh: '固定资产投资增速', en: 'Growth in fixed-asset investment' },
    unit: '%',
    scale: 1,
    ranges: { province: [1, 8], city: [1, 10], district: [1, 12], county: [1, 12], devzone: [2, 15], park: [3, 20] },
  },
  {
    label: { zh: '规上工业总产值', en: 'Industrial output above designated size' },
    unit: '亿元',
    scale: 1,
    ranges: { district: [150, 2000], county: [60, 800], devzone: [200, 3000], park: [20, 400] },
  },
  {
    label: { zh: '一般公共预算收入', en: 'General public budget revenue' },
    unit: '亿元',
    scale: 2,
    ranges: { province: [1500, 5000], city: [100, 800], district: [10, 120], county: [5, 60] },
  },
  {
    label: { zh: '标准厂房', en: 'Standard factory space' },
    // A unit outside the closed list, written as { zh, en } the way the schema allows.
    unit: { zh: '万平方米', en: '10,000 m²' },
    scale: 1,
    ranges: { devzone: [20, 300], park: [5, 80] },
  },
];

function randomDecimal(random: Random, [min, max]: [number, number], scale: number): Decimal {
  return decimal(random.int(min * 10 ** scale, max * 10 ** scale), scale);
}

function figureSource(random: Random, region: RegionInfo, year: number) {
  const zones = region.level === 'devzone' || region.level === 'park';
  const title = zones
    ? { zh: `${region.name.zh}${year}年工作报告`, en: `${region.name.en} ${year} Work Report` }
    : {
        zh: `${region.name.zh}${year}年国民经济和社会发展统计公报`,
        en: `${region.name.en} Statistical Communiqué on ${year} Economic and Social Development`,
      };
  const date = `${year + 1}-0${zones ? 1 : 3}-${String(random.int(10, 28))}`;
  return { title, ...(random.chance(0.5) ? { url: `https://example.org/sources/${region.id}-${year}` } : {}), date };
}

function keyFigures(random: Random, region: RegionInfo): NonNullable<RegionData['keyFigures']> {
  const applicable = figureKinds.filter((kind) => kind.ranges[region.level] !== undefined);
  const year = random.chance(0.8) ? 2025 : 2024;
  // The figures of one region come from one yearly report, or are given without a source.
  const source = random.chance(0.7) ? figureSource(random, region, year) : undefined;
  return random.sample(applicable, random.int(3, 6)).map((kind) => ({
    label: kind.label,
    value: decimalNumber(randomDecimal(random, kind.ranges[region.level]!, kind.scale)),
    unit: kind.unit,
    year,
    ...(source ? { source } : {}),
  }));
}

// Carriers: land and floor space on offer ----------------------------------------------------

type CarrierKind = 'standard-land' | 'factory' | 'office' | 'warehouse';

const notes = {
  builtToSuit: { zh: '可按企业需求定制建设', en: 'Can be built to suit the investor' },
  heavyFloor: { zh: '层高8米，地面承重3吨/平方米', en: '8 m clear height; floor load 3 t/m²' },
  serviced: { zh: '已通水、电、路、气、网', en: 'Water, power, roads, gas and broadband connected' },
  phased: { zh: '可按投资强度分期供地', en: 'Can be supplied in phases to match investment intensity' },
  divisible: { zh: '可分割出租', en: 'Can be leased in parts' },
  halfRent: { zh: '前两年租金减半', en: 'Half rent for the first two years' },
  housing: { zh: '配套人才公寓和食堂', en: 'Staff apartments and canteen on site' },
  coldStore: { zh: '配套冷库', en: 'Cold storage available' },
};

/** Notes that make sense for each kind of carrier (no rent discount on land for sale). */
const carrierNotes: Record<CarrierKind, Text[]> = {
  'standard-land': [notes.serviced, notes.phased],
  factory: [notes.builtToSuit, notes.heavyFloor, notes.divisible, notes.halfRent],
  office: [notes.divisible, notes.halfRent, notes.housing],
  warehouse: [notes.heavyFloor, notes.divisible, notes.coldStore],
};
type Carrier = NonNullable<RegionData['carriers']>[number];

function carrierName(random: Random, region: RegionInfo, kind: CarrierKind): Text {
  const short = region.short;
  switch (kind) {
    case 'standard-land': {
      const plot = `${random.pick(['A', 'B', 'C', 'D', 'E'])}-${String(random.int(1, 40)).padStart(2, '0')}`;
      return { zh: `${short.zh}${plot}地块`, en: `Plot ${plot}, ${short.en}` };
    }
    case 'factory': {
      const phase = random.int(1, 4);
      return { zh: `${short.zh}标准厂房${'一二三四'[phase - 1]}期`, en: `${short.en} Standard Factories, Phase ${romanNumeral(phase)}` };
    }
    case 'office': {
      const building = random.pick([
        { zh: '科创大厦', en: 'Innovation Tower' },
        { zh: '总部基地', en: 'Headquarters Park' },
        { zh: '创业孵化大楼', en: 'Start-up Incubator' },
      ]);
      return { zh: `${short.zh}${building.zh}`, en: `${short.en} ${building.en}` };
    }
    case 'warehouse':
      return { zh: `${short.zh}智慧物流仓`, en: `${short.en} Smart Warehouse` };
  }
}

function carrierPrice(random: Random, kind: CarrierKind): Text {
  switch (kind) {
    case 'standard-land': {
      const perMu = decimal(random.int(80, 600), 1);
      return { zh: `工业用地挂牌价 ${decimalText(perMu)} 万元/亩`, en: `Industrial land listed at CNY ${wanToPlain(perMu)} per mu` };
    }
    case 'factory': {
      const rent = random.int(8, 30);
      return { zh: `租金 ${rent} 元/平方米·月`, en: `Rent CNY ${rent} per m² per month` };
    }
    case 'office': {
      const rent = decimal(random.int(60, 400), 2);
      return { zh: `租金 ${decimalText(rent)} 元/平方米·天`, en: `Rent CNY ${decimalText(rent)} per m² per day` };
    }
    case 'warehouse': {
      const rent = random.int(15, 45);
      return { zh: `租金 ${rent} 元/平方米·月`, en: `Rent CNY ${rent} per m² per month` };
    }
  }
}

function carrier(random: Random, region: RegionInfo): Carrier {
  const kind = random.weighted<CarrierKind>([
    ['standard-land', 4],
    ['factory', 3],
    ['office', 2],
    ['warehouse', 1],
  ]);
  const area =
    kind === 'standard-land'
      ? { value: decimalNumber(random.chance(0.3) ? decimal(random.int(300, 6000), 1) : decimal(random.int(30, 600))), unit: 'mu' }
      : { value: random.int(20, 800) * 100, unit: 'sqm' };
  return {
    kind,
    name: carrierName(random, region, kind),
    area,
    status: random.weighted([
      ['available', 6],
      ['building', 3],
      ['reserved', 1],
    ]),
    ...(random.chance(0.8) ? { price: carrierPrice(random, kind) } : {}),
    ...(random.chance(0.7) ? { location: near(random, region.center, 0.03, 6) } : {}),
    ...(random.chance(0.4) ? { note: random.pick(carrierNotes[kind]) } : {}),
  };
}

function carriers(random: Random, region: RegionInfo): Carrier[] {
  const count = {
    province: 0,
    city: 0,
    district: random.int(0, 2),
    county: random.int(0, 2),
    devzone: random.int(1, 4),
    park: random.int(1, 3),
  }[region.level];
  return Array.from({ length: count }, () => carrier(random, region));
}

// Infrastructure ------------------------------------------------------------------------------

type InfrastructureKind = 'power' | 'water' | 'gas' | 'heat' | 'rail' | 'road' | 'airport' | 'port' | 'logistics' | 'broadband';

function infrastructureText(random: Random, kind: InfrastructureKind, region: RegionInfo): Text {
  const city = region.city ?? region;
  switch (kind) {
    case 'power': {
      const substations = random.int(1, 4);
      const price = decimal(random.int(50, 68), 2);
      return {
        zh: `建有220千伏变电站${substations}座，双回路供电，大工业电价约${decimalText(price)}元/千瓦时`,
        en: `${substations} × 220 kV substation${substations > 1 ? 's' : ''}, dual-circuit supply; industrial power about CNY ${decimalText(price)}/kWh`,
      };
    }
    case 'water': {
      const supply = decimal(random.int(5, 60), 0);
      const sewage = decimal(random.int(2, 30), 0);
      return {
        zh: `日供水能力${decimalText(supply)}万吨，污水处理能力${decimalText(sewage)}万吨/日`,
        en: `Water supply ${wanToPlain(supply)} t/day; wastewater treatment ${wanToPlain(sewage)} t/day`,
      };
    }
    case 'gas': {
      const capacity = decimal(random.int(5, 80), 1);
      return {
        zh: `天然气管网全覆盖，年供气能力${decimalText(capacity)}亿立方米`,
        en: `Natural-gas network throughout; ${decimalText(rescale(capacity, -2), true)} million m³ a year`,
      };
    }
    case 'heat': {
      const area = random.int(3, 40);
      return { zh: `集中供热，蒸汽管网覆盖${area}平方公里`, en: `District heating; steam network covering ${area} km²` };
    }
    case 'rail': {
      const km = random.int(2, 40);
      return {
        zh: `距${city.short.zh}站${km}公里，铁路专用线直通园区`,
        en: `${km} km from ${city.short.en} Station; rail siding into the zone`,
      };
    }
    case 'road': {
      const km = random.int(1, 15);
      const expressway = `G${random.int(1, 99)}`;
      return { zh: `距${expressway}高速出入口${km}公里`, en: `${km} km from the ${expressway} expressway` };
    }
    case 'airport': {
      const km = random.int(15, 90);
      return { zh: `距${city.short.zh}国际机场${km}公里`, en: `${km} km from ${city.short.en} International Airport` };
    }
    case 'port': {
      const km = random.int(20, 300);
      return { zh: `距出海港口${km}公里，海铁联运直达`, en: `${km} km from the nearest seaport, with rail–sea intermodal links` };
    }
    case 'logistics': {
      const firms = random.int(5, 120);
      return {
        zh: `设有保税物流中心（B型），集聚物流企业${firms}家`,
        en: `Bonded logistics centre (type B); ${firms} logistics firms on site`,
      };
    }
    case 'broadband':
      return { zh: '5G网络全覆盖，千兆光纤入企', en: 'Full 5G coverage; gigabit fibre to every firm' };
  }
}

function infrastructure(random: Random, region: RegionInfo): NonNullable<RegionData['infrastructure']> {
  if (region.level === 'province') return [];
  const kinds: InfrastructureKind[] = ['power', 'water', 'gas', 'heat', 'rail', 'road', 'airport', 'port', 'logistics', 'broadband'];
  return random.sample(kinds, random.int(3, 6)).map((kind) => ({ kind, text: infrastructureText(random, kind, region) }));
}

// Prose ---------------------------------------------------------------------------------------

function focusText(region: RegionInfo): Text {
  const names = region.focus.map((id) => industries.find((industry) => industry.slug === id)!);
  const list = listText(names.map((name) => ({ zh: name.zh, en: inSentence(name.en) })));
  return list;
}

function summary(random: Random, region: RegionInfo, childCount: number): Text {
  const focus = focusText(region);
  const parent = region.parent?.name ?? { zh: '', en: '' };
  switch (region.level) {
    case 'province': {
      const direction = random.pick(compassDirections);
      return {
        zh: `${region.name.zh}地处我国${direction.zh}部，辖${childCount}个地级市，重点发展${focus.zh}等产业。`,
        en: `${region.name.en}, in the ${direction.en} of China, has ${childCount} prefecture-level cities and focuses on ${focus.en}.`,
      };
    }
    case 'city': {
      const direction = random.pick(compassDirections);
      return {
        zh: `${region.name.zh}是${parent.zh}${direction.zh}部中心城市，重点发展${focus.zh}产业。`,
        en: `${region.name.en} is the central city of ${direction.en} ${parent.en}, focusing on ${focus.en}.`,
      };
    }
    case 'district':
    case 'county':
      return {
        zh: `${region.name.zh}隶属${parent.zh}，${focus.zh}产业基础较好，土地和劳动力资源充足。`,
        en: `Part of ${parent.en}, ${region.name.en} has a solid base in ${focus.en}, and ample land and labour.`,
      };
    case 'devzone': {
      const founded = random.int(1992, 2018);
      const area = decimal(random.int(200, 3000), 1);
      return {
        zh: `${region.name.zh}设立于${founded}年，规划面积${decimalText(area)}平方公里，重点发展${focus.zh}产业。`,
        en: `Founded in ${founded}, ${region.name.en} covers ${decimalText(area)} km² and focuses on ${focus.en}.`,
      };
    }
    case 'park': {
      const firms = random.int(12, 260);
      return {
        zh: `${region.name.zh}是${parent.zh}的专业园区，现有入驻企业${firms}家，提供标准厂房和人才公寓。`,
        en: `A specialised park of ${parent.en} with ${firms} firms, offering standard factories and staff housing.`,
      };
    }
  }
}

function description(random: Random, region: RegionInfo): Text {
  const focus = focusText(region);
  const city = region.city ?? region;
  const km = random.int(5, 80);
  // 亿元, in steps of 10: a park aims lower than a city.
  const [low, high] = {
    province: [2000, 9000],
    city: [500, 3000],
    district: [30, 150],
    county: [20, 100],
    devzone: [30, 200],
    park: [3, 50],
  }[region.level];
  const target = decimal(random.int(low, high) * 10, 0);
  const targetEn = `CNY ${decimalText(rescale(target, 1), true)} billion`;
  const distanceZh = region.level === 'city' || region.level === 'province' ? '' : `距${city.name.zh}中心城区约${km}公里，`;
  const distanceEn = region.level === 'city' || region.level === 'province' ? '' : `About ${km} km from downtown ${city.short.en}; `;
  return {
    zh: [
      `${region.name.zh}聚焦${focus.zh}等产业，持续优化营商环境，推行“一网通办”“拿地即开工”等服务。`,
      '',
      `**区位交通**：${distanceZh}高速公路、铁路和航空网络通达全国主要城市。`,
      '',
      `**发展目标**：到2030年，主导产业规模突破${decimalText(target)}亿元。`,
      '',
    ].join('\n'),
    en: [
      `${region.name.en} concentrates on ${focus.en}, with one-stop online approvals and "construction on land delivery" for new projects.`,
      '',
      `**Location**: ${distanceEn}expressways, railways and flights reach all major Chinese cities.`,
      '',
      `**Target**: output of the leading industries above ${targetEn} by 2030.`,
      '',
    ].join('\n'),
  };
}

function contacts(random: Random, region: RegionInfo): NonNullable<RegionData['contacts']> {
  const address = streetAddress(random, region.name);
  const people = Array.from({ length: random.int(1, 2) }, () =>
    contactFor(random, { organization: region.office, areaCode: region.areaCode, emailPrefix: `invest.${region.id}`, address }),
  );
  const hotline = contactFor(random, {
    organization: region.office,
    areaCode: region.areaCode,
    emailPrefix: `invest.${region.id}`,
    desk: { zh: '招商服务热线', en: 'Investment hotline' },
  });
  return random.chance(0.3) ? [hotline, ...people] : people;
}

// Boundaries ----------------------------------------------------------------------------------

const boundaryRadius: Partial<Record<RegionLevel, number>> = { city: 0.35, district: 0.08, county: 0.22 };

/** A rough, irregular polygon around the centre: enough to draw and to test boundary handling. */
function boundaryGeoJson(random: Random, region: RegionInfo, radius: number): object {
  const corners = random.int(9, 14);
  const ring = Array.from({ length: corners }, (_, index) => {
    const angle = (2 * Math.PI * index) / corners;
    const reach = radius * (0.7 + 0.3 * random.next());
    return [round4(region.center.lng + 1.3 * reach * Math.cos(angle)), round4(region.center.lat + reach * Math.sin(angle))];
  });
  return {
    type: 'Feature',
    properties: { id: region.id, name: region.name.zh },
    geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] },
  };
}

/** The region's YAML file, and a boundary file for cities, districts and counties. */
export function regionFiles(random: Random, region: RegionInfo, leadingChains: ChainInfo[], childCount: number): ContentFile[] {
  const radius = boundaryRadius[region.level];
  const boundaryPath = radius === undefined ? undefined : `boundaries/${region.id}.geojson`;
  const data: RegionData = {
    name: region.name,
    level: region.level,
    ...(region.parent ? { parent: region.parent.id } : {}),
    center: region.center,
    ...(boundaryPath ? { boundary: boundaryPath } : {}),
    summary: summary(random, region, childCount),
    ...(random.chance(0.85) ? { description: description(random, region) } : {}),
    keyFigures: keyFigures(random, region),
    leadingChains: leadingChains.map((chain) => chain.id),
    carriers: carriers(random, region),
    infrastructure: infrastructure(random, region),
    contacts: contacts(random, region),
    updated: addDays('2025-09-01', random.int(0, 445)),
  };
  const files: ContentFile[] = [{ path: `regions/${region.id}.yaml`, data }];
  if (boundaryPath && radius !== undefined) files.push({ path: boundaryPath, data: boundaryGeoJson(random, region, radius) });
  return files;
}
