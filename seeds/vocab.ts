/**
 * Name pools for the content generator. Everything here is fictional: place names are built from
 * syllables, companies from brand syllables and trade words, so no generated entry describes a
 * real locality or firm.
 *
 * Bilingual pairs are written "中文|English" (and optionally "|slug") to keep the tables compact;
 * `pair()` splits them.
 */
import type { ChainStage } from '../src/lib/vocabulary.ts';

export interface Text {
  zh: string;
  en: string;
}

/** A bilingual term with the slug used when it becomes (part of) an id. */
export interface Term extends Text {
  slug: string;
}

/** Just the two languages: a Term's slug must not leak into a strict schema object. */
export function toText(term: Text): Text {
  return { zh: term.zh, en: term.en };
}

/** Lowercase words joined by hyphens; apostrophes (Xi'an) simply disappear. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Splits "中文|English|slug"; without a slug, the first four words of the English make one. */
export function pair(packed: string): Term {
  const [zh, en, slug] = packed.split('|');
  if (!zh || !en) throw new Error(`vocabulary entry needs "zh|en": ${packed}`);
  return { zh, en, slug: slug ?? slugify(en.split(/\s+/).slice(0, 4).join(' ')) };
}

const pairs = (list: readonly string[]): Term[] => list.map(pair);

// ---------------------------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------------------------

/** A Chinese syllable with its pinyin (no tone marks, as in English place names). */
export interface Syllable {
  zh: string;
  pinyin: string;
}

const syllables = (packed: string): Syllable[] =>
  packed.split(' ').map((item) => {
    const [zh, pinyin] = item.split(':');
    return { zh, pinyin };
  });

/** First syllables of place names. */
export const placeHeads = syllables(
  '江:jiang 临:lin 安:an 永:yong 丰:feng 宁:ning 兴:xing 华:hua 德:de 长:chang 龙:long 云:yun 松:song 金:jin 宝:bao 瑞:rui 嘉:jia 泰:tai 海:hai 青:qing 白:bai 清:qing 明:ming 昌:chang 富:fu 通:tong 武:wu 文:wen 鹤:he 凤:feng 平:ping 新:xin 东:dong 西:xi 南:nan 北:bei 柳:liu 桂:gui 梅:mei 蓝:lan 洛:luo 汉:han 吉:ji 广:guang 建:jian 双:shuang 石:shi 乐:le',
);

/** Second syllables of place names. */
export const placeTails = syllables(
  '州:zhou 阳:yang 安:an 平:ping 宁:ning 丰:feng 川:chuan 山:shan 河:he 源:yuan 泉:quan 兴:xing 城:cheng 林:lin 江:jiang 湖:hu 台:tai 原:yuan 庄:zhuang 乐:le 昌:chang 水:shui 德:de 化:hua 口:kou 岭:ling 桥:qiao 溪:xi 峰:feng 都:du 陵:ling 沙:sha 塘:tang 浦:pu 港:gang 春:chun 谷:gu 洲:zhou 丘:qiu 门:men',
);

/** Prefixes of park names (东湖生物医药产业园 …). */
export const parkPrefixes = pairs([
  '高新|Gaoxin',
  '临港|Lingang',
  '东湖|Donghu',
  '新城|Xincheng',
  '空港|Konggang',
  '滨江|Binjiang',
  '北湖|Beihu',
  '南湖|Nanhu',
  '西部|Xibu',
  '科创|Kechuang',
  '智谷|Zhigu',
  '双创|Shuangchuang',
  '光谷|Guanggu',
  '云谷|Yungu',
  '金港|Jingang',
  '中关|Zhongguan',
  '未来|Weilai',
  '绿谷|Lvgu',
]);

/** Kinds of development zone: names, id suffix, and how common each kind is (weight). */
export const devzoneKinds = [
  { zh: '经济技术开发区', short: '经开区', en: 'Economic and Technological Development Zone', enShort: 'ETDZ', slug: 'etdz', weight: 30 },
  { zh: '高新技术产业开发区', short: '高新区', en: 'High-tech Industrial Development Zone', enShort: 'Hi-tech Zone', slug: 'hitech-zone', weight: 25 },
  { zh: '综合保税区', short: '综保区', en: 'Comprehensive Bonded Zone', enShort: 'Bonded Zone', slug: 'bonded-zone', weight: 10 },
  { zh: '临空经济区', short: '临空区', en: 'Airport Economic Zone', enShort: 'Airport Zone', slug: 'airport-zone', weight: 8 },
  { zh: '化工园区', short: '化工园', en: 'Chemical Industry Zone', enShort: 'Chemical Zone', slug: 'chemical-zone', weight: 12 },
  { zh: '现代农业产业园', short: '农业园', en: 'Modern Agriculture Industrial Park', enShort: 'Agri-park', slug: 'agripark', weight: 15 },
] as const;

export const streets = pairs([
  '人民大街|Renmin Street',
  '科技路|Keji Road',
  '创新大道|Chuangxin Avenue',
  '滨河路|Binhe Road',
  '世纪大道|Shiji Avenue',
  '长江路|Changjiang Road',
  '迎宾路|Yingbin Road',
  '工业大街|Gongye Street',
  '兴业路|Xingye Road',
  '建设街|Jianshe Street',
  '发展大道|Fazhan Avenue',
  '东环路|Donghuan Road',
  '学府路|Xuefu Road',
  '开元大街|Kaiyuan Street',
]);

export const compassDirections = pairs([
  '东|east',
  '西|west',
  '南|south',
  '北|north',
  '中|centre',
  '东北|north-east',
  '东南|south-east',
  '西北|north-west',
  '西南|south-west',
]);

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

export const surnames = syllables(
  '王:Wang 李:Li 张:Zhang 刘:Liu 陈:Chen 杨:Yang 赵:Zhao 黄:Huang 周:Zhou 吴:Wu 徐:Xu 孙:Sun 马:Ma 朱:Zhu 胡:Hu 郭:Guo 何:He 林:Lin 高:Gao 罗:Luo 郑:Zheng 梁:Liang 谢:Xie 宋:Song 唐:Tang 韩:Han 冯:Feng 于:Yu 董:Dong 程:Cheng',
);

export const givenNames = syllables(
  '磊:Lei 敏:Min 静:Jing 伟:Wei 芳:Fang 强:Qiang 军:Jun 洋:Yang 勇:Yong 艳:Yan 杰:Jie 涛:Tao 明:Ming 超:Chao 秀英:Xiuying 建华:Jianhua 志强:Zhiqiang 海燕:Haiyan 晓东:Xiaodong 丽娟:Lijuan 国庆:Guoqing 文博:Wenbo 思远:Siyuan 佳怡:Jiayi 子涵:Zihan 宇航:Yuhang 雪梅:Xuemei 俊杰:Junjie 红霞:Hongxia 振宇:Zhenyu',
);

export const contactRoles = pairs([
  '招商科科长|Head, Investment Promotion Section',
  '招商专员|Investment Promotion Officer',
  '主任|Director',
  '副局长|Deputy Director-General',
  '项目经理|Project Manager',
  '招商部部长|Head of Investment Attraction',
  '企业服务专员|Business Services Officer',
]);

// ---------------------------------------------------------------------------------------------
// Companies
// ---------------------------------------------------------------------------------------------

/** Syllables of fictional brand names (华通, 恒远 …). */
export const brandSyllables = syllables(
  '华:hua 通:tong 恒:heng 创:chuang 远:yuan 达:da 信:xin 博:bo 瑞:rui 康:kang 泽:ze 鑫:xin 晟:sheng 宏:hong 启:qi 蓝:lan 天:tian 海:hai 智:zhi 联:lian 嘉:jia 润:run 益:yi 科:ke 正:zheng 源:yuan 凯:kai 旭:xu 磊:lei 辰:chen 峰:feng 盛:sheng 新:xin 和:he 安:an',
);

export const companySuffixes = [
  { zh: '有限公司', en: 'Co., Ltd.' },
  { zh: '股份有限公司', en: 'Co., Ltd.' },
  { zh: '集团有限公司', en: 'Group Co., Ltd.' },
  { zh: '科技有限公司', en: 'Technology Co., Ltd.' },
] as const;

// ---------------------------------------------------------------------------------------------
// Industries and chains
// ---------------------------------------------------------------------------------------------

/** The industries of site.yaml; ids are used by chains, opportunities and policies. */
export const industries = pairs([
  '生物医药|Biomedicine|biomedicine',
  '汽车|Automotive|automotive',
  '新能源|New Energy|new-energy',
  '新材料|New Materials|new-materials',
  '电子信息|Electronics and ICT|electronics',
  '高端装备|Advanced Equipment|equipment',
  '数字经济|Digital Economy|digital-economy',
  '农产品加工|Agri-food Processing|agri-food',
  '精细化工|Fine Chemicals|chemicals',
  '现代物流|Modern Logistics|logistics',
  '文化旅游|Culture and Tourism|tourism',
  '现代服务业|Modern Services|services',
  '健康养老|Health and Elderly Care|health-care',
]);

export interface ChainTemplate {
  slug: string;
  industry: string;
  name: Text;
  /** Trade words that go into enterprise names (华通 + 医药设备 + 有限公司). */
  trades: Term[];
  /** Nodes specific to this chain, per stage; `services` nodes come from a shared pool. */
  stages: Record<Exclude<ChainStage, 'services'>, Term[]>;
  /** A service chain (logistics, tourism, care …): its projects build facilities, not production lines. */
  services: boolean;
}

/** Chains whose nodes are services or venues rather than products. */
const serviceChains = new Set([
  'computing-power',
  'software',
  'cold-chain',
  'cross-border-ecommerce',
  'ice-snow',
  'cultural-creative',
  'elderly-care',
  'business-services',
]);

function template(
  slug: string,
  industry: string,
  name: string,
  trades: string[],
  upstream: string[],
  midstream: string[],
  downstream: string[],
): ChainTemplate {
  return {
    slug,
    industry,
    name: pair(name),
    trades: pairs(trades),
    stages: { upstream: pairs(upstream), midstream: pairs(midstream), downstream: pairs(downstream) },
    services: serviceChains.has(slug),
  };
}

/** Service nodes any chain may add (配套服务). */
export const serviceNodes = pairs([
  '研发设计|R&D and design|rd-design',
  '检验检测|testing and certification|testing',
  '中试熟化|pilot-scale production|pilot',
  '工业互联网平台|industrial internet platform|industrial-internet',
  '供应链金融|supply-chain finance|supply-chain-finance',
  '知识产权服务|intellectual property services|ip-services',
  '人才培训|skills training|training',
  '仓储物流|warehousing and logistics|warehousing',
  '技术转移|technology transfer|tech-transfer',
  '展览展示|exhibitions and trade fairs|exhibitions',
  '产业基金|industry investment funds|industry-funds',
  '标准与认证|standards and certification|standards',
]);

/**
 * Generic links a manufacturing chain may add after its own, so that the largest chains reach
 * 40 nodes as big real chain maps do.
 */
export const sharedManufacturingNodes: Record<Exclude<ChainStage, 'services'>, Term[]> = {
  upstream: pairs([
    '专用设备|specialised equipment|special-equipment',
    '模具|moulds and dies|moulds',
    '包装材料|packaging materials|packaging-materials',
    '工业气体|industrial gases|industrial-gases',
    '关键零部件|key components|key-components',
  ]),
  midstream: pairs([
    '代工制造|contract manufacturing',
    '智能化改造|smart retrofits',
    '绿色制造|green manufacturing',
    '精密加工|precision machining|precision-machining',
    '表面处理|surface treatment|surface-treatment',
  ]),
  downstream: pairs([
    '出口贸易|export trade|export',
    '品牌营销|branding and marketing|marketing',
    '回收利用|recycling and reuse|recycling',
    '售后服务|after-sales service|after-sales',
    '跨境电商|cross-border e-commerce|cross-border-ecommerce',
  ]),
};

export const chainTemplates: ChainTemplate[] = [
  template(
    'chemical-drugs',
    'biomedicine',
    '化学药|chemical drugs',
    ['药业|Pharmaceutical', '制药|Pharma', '医药化工|Pharmaceutical Chemicals'],
    [
      '医药中间体|pharmaceutical intermediates|intermediates',
      '原料药|active pharmaceutical ingredients|api',
      '药用辅料|pharmaceutical excipients|excipients',
      '药包材|pharmaceutical packaging|drug-packaging',
      '制药用水设备|pharmaceutical water systems|pharma-water',
      '制药装备|pharmaceutical machinery|pharma-machinery',
    ],
    [
      '仿制药|generic drugs|generics',
      '创新药|innovative drugs|innovative-drugs',
      '缓控释制剂|controlled-release formulations|controlled-release',
      '注射剂|injectables',
      '口服固体制剂|oral solid dosage forms|oral-solids',
      'CDMO|CDMO services|cdmo',
    ],
    [
      '医药流通|pharmaceutical distribution|pharma-distribution',
      '医药电商|online pharmacies|online-pharmacy',
      '零售药房|retail pharmacies|retail-pharmacy',
      '医疗机构|hospitals and clinics|hospitals',
    ],
  ),
  template(
    'biologics',
    'biomedicine',
    '生物药|biologics',
    ['生物科技|Biotechnology', '生物制药|Biopharmaceutical', '基因科技|Gene Technology'],
    [
      '细胞培养基|cell culture media|culture-media',
      '生物反应器|bioreactors',
      '层析填料|chromatography resins|chromatography',
      '实验动物|laboratory animals|lab-animals',
      '一次性耗材|single-use consumables|single-use',
    ],
    [
      '疫苗|vaccines',
      '单克隆抗体|monoclonal antibodies|antibodies',
      '重组蛋白|recombinant proteins|proteins',
      '细胞治疗|cell therapy',
      '基因治疗|gene therapy',
      '血液制品|blood products',
    ],
    [
      '冷链配送|cold-chain distribution|cold-distribution',
      '临床试验服务|clinical trial services|clinical-trials',
      '精准医疗|precision medicine',
    ],
  ),
  template(
    'modern-tcm',
    'biomedicine',
    '现代中药|modern traditional Chinese medicine',
    ['中药|TCM', '药业|Pharmaceutical', '本草|Herbal'],
    [
      '中药材种植|medicinal herb cultivation|herb-farming',
      '道地药材|authentic regional herbs|authentic-herbs',
      '种子种苗|seeds and seedlings|seedlings',
      '中药饮片|decoction pieces',
    ],
    [
      '中药提取物|herbal extracts',
      '中成药|Chinese patent medicines|patent-medicines',
      '配方颗粒|dispensing granules|granules',
      '中药注射剂|TCM injections|tcm-injections',
    ],
    [
      '大健康产品|health products',
      '药膳食品|medicinal foods',
      '中医药康养|TCM wellness|tcm-wellness',
      '中药材交易|herb trading markets|herb-trading',
    ],
  ),
  template(
    'medical-devices',
    'biomedicine',
    '医疗器械|medical devices',
    ['医疗器械|Medical Devices', '医疗设备|Medical Equipment', '医学影像|Medical Imaging'],
    ['医用高分子材料|medical polymers', '精密零部件|precision components', '传感器|sensors', '医用电子元件|medical electronics'],
    [
      '体外诊断试剂|in-vitro diagnostic reagents|ivd',
      '医学影像设备|imaging equipment|imaging',
      '植介入器械|implants and interventional devices|implants',
      '康复器械|rehabilitation devices|rehabilitation',
      '医用耗材|medical consumables|consumables',
      '手术机器人|surgical robots',
    ],
    [
      '医院集采|hospital procurement|hospital-procurement',
      '第三方医学检验|independent clinical laboratories|clinical-labs',
      '家用医疗|home medical devices|home-medical',
    ],
  ),
  template(
    'new-energy-vehicles',
    'automotive',
    '新能源汽车|new energy vehicles',
    ['汽车|Automotive', '汽车科技|Auto Technology', '新能源汽车|New Energy Vehicle'],
    [
      '动力电池|traction batteries|batteries',
      '驱动电机|drive motors|motors',
      '电控系统|electronic control units|ecu',
      '车规级芯片|automotive-grade chips|auto-chips',
      '轻量化材料|lightweight materials',
    ],
    [
      '整车制造|vehicle assembly',
      '专用车|special-purpose vehicles|special-vehicles',
      '智能座舱|smart cockpits',
      '自动驾驶系统|autonomous driving systems|autonomous-driving',
    ],
    [
      '充换电设施|charging and battery swapping|charging',
      '汽车后市场|aftermarket services|aftermarket',
      '电池回收|battery recycling',
      '汽车金融|auto finance',
      '整车物流|vehicle logistics',
    ],
  ),
  template(
    'auto-parts',
    'automotive',
    '汽车零部件|auto parts',
    ['汽车零部件|Auto Parts', '精密机械|Precision Machinery', '汽车电子|Automotive Electronics'],
    ['特种钢材|special steels', '铝合金铸件|aluminium castings', '工程塑料|engineering plastics', '橡胶制品|rubber products'],
    [
      '底盘系统|chassis systems|chassis',
      '车身覆盖件|body panels',
      '内外饰|interior and exterior trim|trim',
      '座椅|seating systems|seating',
      '热管理系统|thermal management',
      '汽车线束|wiring harnesses',
      '制动系统|braking systems|brakes',
    ],
    ['主机厂配套|OEM supply|oem-supply', '汽车改装|vehicle customisation|customisation', '再制造|remanufacturing'],
  ),
  template(
    'photovoltaics',
    'new-energy',
    '光伏|photovoltaics',
    ['光伏|Solar', '新能源|New Energy', '光电|Photoelectric'],
    ['工业硅|metallurgical silicon|silicon', '多晶硅|polysilicon', '光伏玻璃|solar glass', '光伏银浆|silver paste'],
    ['硅片|wafers', '电池片|solar cells|cells', '光伏组件|PV modules|modules', '逆变器|inverters', '支架|mounting systems|mounting'],
    ['光伏电站|solar farms', '分布式光伏|rooftop solar|rooftop-solar', '光伏运维|solar O&M|solar-om', '组件回收|module recycling'],
  ),
  template(
    'wind-power',
    'new-energy',
    '风电装备|wind power equipment',
    ['风电|Wind Power', '重工|Heavy Industry', '能源装备|Energy Equipment'],
    ['叶片材料|blade materials', '轴承|bearings', '铸锻件|castings and forgings|castings', '发电机|generators'],
    ['风电叶片|wind turbine blades|blades', '齿轮箱|gearboxes', '塔筒|towers', '整机制造|turbine assembly|turbines', '变流器|converters'],
    ['风电场开发|wind farm development|wind-farms', '风电运维|wind O&M|wind-om', '海上风电施工|offshore installation|offshore'],
  ),
  template(
    'hydrogen',
    'new-energy',
    '氢能|hydrogen',
    ['氢能|Hydrogen Energy', '能源科技|Energy Technology', '气体|Gases'],
    [
      '电解水制氢|water electrolysis|electrolysis',
      '工业副产氢|by-product hydrogen|byproduct-hydrogen',
      '储氢材料|hydrogen storage materials|storage-materials',
      '质子交换膜|proton exchange membranes|pem',
    ],
    [
      '储运装备|storage and transport equipment|storage-transport',
      '加氢站设备|refuelling station equipment|refuelling-equipment',
      '燃料电池电堆|fuel cell stacks|fuel-cells',
      '膜电极|membrane electrode assemblies|mea',
    ],
    [
      '氢燃料电池汽车|fuel cell vehicles|fcev',
      '加氢站运营|refuelling stations|refuelling',
      '氢能冶金|hydrogen metallurgy',
      '绿氨绿醇|green ammonia and methanol|green-ammonia',
    ],
  ),
  template(
    'energy-storage',
    'new-energy',
    '新型储能|new energy storage',
    ['储能|Energy Storage', '电力科技|Power Technology', '电气|Electric'],
    ['正极材料|cathode materials|cathode', '负极材料|anode materials|anode', '电解液|electrolytes', '隔膜|separators'],
    [
      '储能电芯|storage cells|cells',
      '电池管理系统|battery management systems|bms',
      '储能变流器|power conversion systems|pcs',
      '液流电池|flow batteries',
      '储能集成|system integration|integration',
    ],
    ['电网侧储能|grid-side storage|grid-storage', '工商业储能|commercial storage|commercial-storage', '虚拟电厂|virtual power plants|vpp'],
  ),
  template(
    'carbon-fiber',
    'new-materials',
    '碳纤维及复合材料|carbon fibre and composites',
    ['碳纤维|Carbon Fibre', '新材料|New Materials', '复合材料|Composites'],
    ['丙烯腈|acrylonitrile', '原丝|precursor fibre|precursor', '上浆剂|sizing agents|sizing'],
    ['碳化|carbonisation', '碳纤维织物|carbon fabrics|fabrics', '预浸料|prepregs', '复合材料制品|composite parts|composite-parts'],
    [
      '航空航天部件|aerospace components|aerospace',
      '风电叶片|wind turbine blades|blades',
      '体育用品|sporting goods',
      '轨道交通部件|rail components|rail-parts',
      '压力容器|pressure vessels',
    ],
  ),
  template(
    'advanced-metals',
    'new-materials',
    '先进金属材料|advanced metal materials',
    ['金属材料|Metal Materials', '合金|Alloys', '特钢|Special Steel'],
    ['铝土矿|bauxite', '镁合金原料|magnesium feedstock|magnesium', '稀土|rare earths', '钛材|titanium'],
    [
      '高性能铝材|high-performance aluminium|aluminium',
      '特种钢|special steel',
      '高温合金|superalloys',
      '金属粉末|metal powders',
      '精密带材|precision strip',
    ],
    ['汽车轻量化|vehicle lightweighting|lightweighting', '航空结构件|aircraft structures', '3D打印|additive manufacturing|3d-printing'],
  ),
  template(
    'integrated-circuits',
    'electronics',
    '集成电路|integrated circuits',
    ['微电子|Microelectronics', '半导体|Semiconductor', '芯片|Chip'],
    [
      '电子特气|electronic specialty gases|specialty-gases',
      '光刻胶|photoresists',
      '硅片|silicon wafers|wafers',
      '靶材|sputtering targets|targets',
      '半导体设备|semiconductor equipment|equipment',
    ],
    [
      '芯片设计|IC design|ic-design',
      '晶圆制造|wafer fabrication|fab',
      '封装测试|packaging and testing|packaging',
      '功率半导体|power semiconductors|power-chips',
    ],
    ['消费电子|consumer electronics', '工业控制|industrial control', '汽车电子|automotive electronics|auto-electronics'],
  ),
  template(
    'optoelectronics',
    'electronics',
    '光电子信息|optoelectronics',
    ['光电|Optoelectronics', '光学|Optics', '激光|Laser'],
    ['光学玻璃|optical glass', '晶体材料|crystal materials|crystals', '光电芯片|photonic chips'],
    [
      '激光器|lasers',
      '光纤光缆|optical fibre and cable|optical-fibre',
      '显示面板|display panels|displays',
      'LED器件|LED devices|led',
      '红外探测器|infrared detectors|infrared',
    ],
    ['激光加工|laser processing', '卫星遥感|satellite remote sensing|remote-sensing', '智能安防|smart security|security'],
  ),
  template(
    'smart-terminals',
    'electronics',
    '智能终端|smart devices',
    ['智能科技|Smart Technology', '电子|Electronics', '通讯|Communications'],
    [
      '印制电路板|printed circuit boards|pcb',
      '电子元器件|electronic components|components',
      '结构件|housings and structural parts|housings',
      '模组|modules',
    ],
    [
      '智能手机|smartphones',
      '可穿戴设备|wearables',
      '智能家居|smart home devices|smart-home',
      '服务器|servers',
      '工业终端|industrial terminals',
    ],
    ['电商渠道|e-commerce channels|ecommerce', '售后维修|repair services|repair', '电子回收|e-waste recycling|ewaste'],
  ),
  template(
    'rail-equipment',
    'equipment',
    '轨道交通装备|rail transit equipment',
    ['轨道装备|Rail Equipment', '机车|Rolling Stock', '轨道交通|Rail Transit'],
    ['铝合金型材|aluminium profiles', '转向架|bogies', '牵引电机|traction motors', '制动装置|braking units|brakes'],
    ['动车组|high-speed trains|emu', '城轨车辆|metro cars', '信号系统|signalling systems|signalling', '车辆内饰|interiors'],
    ['检修维保|maintenance and overhaul|maintenance', '车辆改造|refurbishment', '轨道运营|rail operations'],
  ),
  template(
    'robotics',
    'equipment',
    '机器人及智能装备|robots and smart equipment',
    ['机器人|Robotics', '智能装备|Intelligent Equipment', '自动化|Automation'],
    ['减速器|precision reducers|reducers', '伺服电机|servo motors|servos', '控制器|controllers', '机器视觉|machine vision|vision'],
    [
      '工业机器人|industrial robots',
      '服务机器人|service robots',
      '协作机器人|collaborative robots|cobots',
      '数控机床|CNC machine tools|cnc',
      '智能产线|smart production lines|production-lines',
    ],
    [
      '系统集成|system integration|integration',
      '智能工厂改造|smart factory retrofits|smart-factory',
      '租赁运维|leasing and maintenance|leasing',
    ],
  ),
  template(
    'agricultural-machinery',
    'equipment',
    '农机装备|agricultural machinery',
    ['农业装备|Agricultural Equipment', '农机|Farm Machinery', '重工|Heavy Industry'],
    [
      '发动机|engines',
      '液压件|hydraulic components|hydraulics',
      '农机钢材|machinery steel|steel',
      '北斗终端|BeiDou navigation units|beidou',
    ],
    [
      '拖拉机|tractors',
      '收获机械|harvesters',
      '植保无人机|crop-spraying drones|drones',
      '播种机械|seeders',
      '烘干设备|grain dryers|dryers',
    ],
    ['农机合作社|machinery cooperatives|cooperatives', '农机维修|machinery repair|repair', '智慧农场|smart farms'],
  ),
  template(
    'general-aviation',
    'equipment',
    '通用航空|general aviation',
    ['航空|Aviation', '航空科技|Aerospace Technology', '飞行器|Aircraft'],
    ['航空材料|aerospace materials|materials', '航电设备|avionics', '航空发动机零部件|aero-engine parts|engine-parts'],
    ['通用飞机|light aircraft|aircraft', '无人机|unmanned aircraft|uav', '直升机|helicopters', '航空维修|aircraft maintenance|mro'],
    ['飞行培训|flight training', '低空旅游|low-altitude tourism|air-tourism', '航空物流|air logistics', '应急救援|emergency rescue|rescue'],
  ),
  template(
    'computing-power',
    'digital-economy',
    '算力与数据中心|computing and data centres',
    ['数据科技|Data Technology', '云计算|Cloud Computing', '信息技术|Information Technology'],
    ['服务器整机|servers', 'AI芯片|AI chips|ai-chips', '液冷设备|liquid cooling', '绿色电力|green power'],
    [
      '数据中心|data centres',
      '智算中心|AI computing centres|ai-computing',
      '云服务|cloud services|cloud',
      '数据标注|data labelling|labelling',
    ],
    ['行业大模型|industry AI models|ai-models', '政务数据|government data services|gov-data', '灾备服务|disaster recovery'],
  ),
  template(
    'software',
    'digital-economy',
    '软件和信息服务|software and IT services',
    ['软件|Software', '信息技术|Information Technology', '数字科技|Digital Technology'],
    ['操作系统|operating systems', '数据库|databases', '开发工具|developer tools'],
    [
      '工业软件|industrial software',
      '信息安全|information security|security',
      '行业应用软件|vertical software|vertical-software',
      '信创适配|IT localisation|it-localisation',
    ],
    [
      'IT外包|IT outsourcing|outsourcing',
      '数字化转型服务|digital transformation services|digital-transformation',
      '软件测评|software testing',
    ],
  ),
  template(
    'corn-processing',
    'agri-food',
    '玉米深加工|corn processing',
    ['生化|Biochemical', '粮油|Grain and Oil', '农业科技|Agricultural Technology'],
    ['玉米种植|corn growing|corn', '粮食收储|grain storage', '优质种业|seed breeding|seeds'],
    [
      '淀粉及糖|starch and sweeteners|starch',
      '燃料乙醇|fuel ethanol|ethanol',
      '氨基酸|amino acids',
      '聚乳酸|polylactic acid|pla',
      '饲料|animal feed|feed',
    ],
    ['食品加工|food manufacturing|food', '生物基材料|bio-based materials|bio-materials', '粮食物流|grain logistics'],
  ),
  template(
    'beef-cattle',
    'agri-food',
    '肉牛|beef cattle',
    ['牧业|Animal Husbandry', '食品|Foods', '农牧|Agriculture and Livestock'],
    ['良种繁育|breeding stock|breeding', '饲草种植|forage growing|forage', '兽药疫苗|veterinary medicines|vet-medicines'],
    ['规模养殖|large-scale farming|farming', '屠宰分割|slaughter and cutting|slaughter', '牛肉精深加工|processed beef|processed-beef'],
    [
      '冷链配送|cold-chain delivery|cold-chain',
      '餐饮连锁|restaurant chains|restaurants',
      '皮革加工|leather',
      '有机肥|organic fertiliser|fertiliser',
    ],
  ),
  template(
    'dairy',
    'agri-food',
    '乳制品|dairy',
    ['乳业|Dairy', '食品|Foods', '牧场|Ranch'],
    ['奶牛养殖|dairy farming|dairy-farms', '青贮饲料|silage', '乳品设备|dairy equipment'],
    ['液态奶|liquid milk', '奶粉|milk powder', '奶酪|cheese', '乳清蛋白|whey protein|whey'],
    ['冷链物流|cold-chain logistics|cold-chain', '商超渠道|retail channels|retail', '乳品包装|dairy packaging|packaging'],
  ),
  template(
    'fine-chemicals',
    'chemicals',
    '精细化工|fine chemicals',
    ['化工|Chemical', '化学|Chemistry', '新材料|New Materials'],
    ['基础化工原料|basic chemicals', '煤化工|coal chemicals', '石化原料|petrochemical feedstock|petrochemicals'],
    [
      '电子化学品|electronic chemicals',
      '涂料|coatings',
      '催化剂|catalysts',
      '表面活性剂|surfactants',
      '农药中间体|agrochemical intermediates|agro-intermediates',
    ],
    ['日化产品|household chemicals|household', '功能材料|functional materials', '危化品物流|hazardous goods logistics|hazmat-logistics'],
  ),
  template(
    'cold-chain',
    'logistics',
    '冷链物流|cold-chain logistics',
    ['物流|Logistics', '供应链|Supply Chain', '冷链|Cold Chain'],
    [
      '冷库建设|cold storage construction|cold-storage',
      '冷藏车辆|refrigerated vehicles|reefer-trucks',
      '制冷设备|refrigeration equipment|refrigeration',
    ],
    [
      '产地预冷|field pre-cooling|pre-cooling',
      '冷链仓储|cold warehousing|cold-warehousing',
      '冷链干线运输|cold-chain trunk transport|trunk-transport',
      '城市冷链配送|urban cold-chain delivery|urban-delivery',
    ],
    ['生鲜电商|fresh-food e-commerce|fresh-ecommerce', '中央厨房|central kitchens', '进口冷链|imported cold-chain goods|imported-goods'],
  ),
  template(
    'cross-border-ecommerce',
    'logistics',
    '跨境电商|cross-border e-commerce',
    ['国际贸易|International Trade', '供应链|Supply Chain', '电子商务|E-commerce'],
    ['产业带货源|regional product clusters|product-clusters', '品牌孵化|brand incubation', '跨境支付|cross-border payments|payments'],
    [
      '海外仓|overseas warehouses',
      '保税仓储|bonded warehousing',
      '国际快递|international express|express',
      '中欧班列|China-Europe rail freight|rail-freight',
    ],
    [
      '直播电商|livestream commerce|livestreaming',
      '外贸综合服务|foreign trade services|trade-services',
      '报关报检|customs brokerage|customs',
    ],
  ),
  template(
    'ice-snow',
    'tourism',
    '冰雪旅游|ice and snow tourism',
    ['文旅|Culture and Tourism', '体育|Sports', '度假|Resorts'],
    ['造雪设备|snowmaking equipment|snowmaking', '冰雪装备|winter sports equipment|winter-gear', '索道|ropeways'],
    [
      '滑雪场|ski resorts',
      '冰雪主题乐园|ice and snow parks|snow-parks',
      '冰雪赛事|winter sports events|events',
      '度假酒店|resort hotels|hotels',
    ],
    ['冰雪研学|winter study tours|study-tours', '冰雪培训|ski schools', '旅游演艺|live shows'],
  ),
  template(
    'cultural-creative',
    'tourism',
    '文化创意|cultural and creative industries',
    ['文化|Culture', '传媒|Media', '创意|Creative'],
    ['数字内容|digital content', 'IP授权|IP licensing|ip-licensing', '非遗资源|intangible heritage|heritage'],
    [
      '影视制作|film and TV production|film',
      '动漫游戏|animation and games|games',
      '文创产品|cultural products|creative-products',
      '演艺|performing arts',
    ],
    ['文旅街区|heritage streets', '沉浸式体验|immersive experiences|immersive', '会展|conventions and exhibitions|conventions'],
  ),
  template(
    'elderly-care',
    'health-care',
    '康养|health and elderly care',
    ['康养|Wellness', '健康|Health', '医养|Care'],
    ['康复辅具|assistive devices', '适老化产品|age-friendly products|age-friendly', '智慧养老设备|smart elderly-care devices|smart-care'],
    [
      '医养结合机构|integrated care homes|care-homes',
      '社区养老|community elderly care|community-care',
      '康复医院|rehabilitation hospitals|rehab-hospitals',
      '候鸟式康养|seasonal wellness stays|seasonal-stays',
    ],
    ['健康管理|health management', '养老金融|retirement finance', '护理培训|caregiver training|caregiver-training'],
  ),
  template(
    'business-services',
    'services',
    '生产性服务业|producer services',
    ['咨询|Consulting', '服务|Services', '商务|Business Services'],
    ['总部经济|regional headquarters|headquarters', '人力资源|human resources|hr', '法律服务|legal services'],
    [
      '会计审计|accounting and audit|accounting',
      '工程设计|engineering design',
      '融资租赁|finance leasing|leasing',
      '检验认证|inspection and certification|inspection',
    ],
    ['服务外包|business process outsourcing|bpo', '商务会展|business events', '数字营销|digital marketing'],
  ),
];

/** Projects that belong to no chain: infrastructure, tourism, commerce. */
export const standaloneProjects = [
  {
    industry: 'tourism',
    land: 'tourism',
    slug: 'tourism-complex',
    title: pair('文旅综合体项目|Cultural Tourism Complex'),
    what: pair('文旅综合体|a cultural tourism complex'),
  },
  {
    industry: 'tourism',
    land: 'tourism',
    slug: 'scenic-area',
    title: pair('景区提质升级项目|Scenic Area Upgrade'),
    what: pair('景区配套设施|new facilities for a scenic area'),
  },
  {
    industry: 'logistics',
    land: 'infrastructure',
    slug: 'logistics-hub',
    title: pair('综合物流园项目|Integrated Logistics Park'),
    what: pair('综合物流园|an integrated logistics park'),
  },
  {
    industry: 'services',
    land: 'commercial',
    slug: 'business-district',
    title: pair('商务中心区开发项目|Central Business District Development'),
    what: pair('商务中心区|a central business district'),
  },
  {
    industry: 'services',
    land: 'mixed',
    slug: 'standard-factories',
    title: pair('标准化厂房建设项目|Standard Factory Buildings'),
    what: pair('标准化厂房|standard factory buildings'),
  },
  {
    industry: 'health-care',
    land: 'mixed',
    slug: 'wellness-town',
    title: pair('康养小镇项目|Wellness Town'),
    what: pair('康养小镇|a wellness town'),
  },
  {
    industry: 'agri-food',
    land: 'agricultural',
    slug: 'modern-farm',
    title: pair('现代农业示范园项目|Modern Agriculture Demonstration Park'),
    what: pair('现代农业示范园|a modern agriculture demonstration park'),
  },
  {
    industry: 'services',
    land: 'infrastructure',
    slug: 'sewage-ppp',
    title: pair('污水处理厂PPP项目|Wastewater Treatment Plant (PPP)'),
    what: pair('污水处理厂|a wastewater treatment plant'),
  },
] as const;
