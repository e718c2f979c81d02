/**
 * The Chinese name of each schema field, for the browser editor's labels (the English JSDoc line
 * of the field is shown under it as the hint). A unit test fails when a schema field has no name
 * here, so a new field cannot reach the editor unnamed.
 */
export const chineseFieldNames: Record<string, string> = {
  name: '名称', tagline: '标语', agency: '发布机构', intro: '简介', url: '网址', contacts: '联系人',
  role: '职务', organization: '单位', phone: '电话', email: '邮箱', wechat: '微信号', address: '地址', industries: '产业',
  id: '编号', keyFigures: '关键数据', label: '指标', value: '数值', unit: '单位', year: '年份', source: '来源',
  title: '标题', date: '日期', map: '地图', provider: '底图', center: '中心点', lat: '纬度', lng: '经度',
  crs: '坐标系', zoom: '缩放级别', pmtiles: '矢量底图文件', reviewNumber: '审图号', exchangeRate: '汇率', cnyPerUsd: '人民币/美元', asOf: '汇率日期', kiosk: '展会模式',
  slides: '轮播页面', intervalSeconds: '每页秒数', idleSeconds: '空闲秒数', countdownSeconds: '倒计时秒数',
  defaultLanguage: '默认语言', updated: '更新日期', level: '级别', parent: '上级地区', boundary: '边界文件',
  summary: '简介', description: '详细介绍', leadingChains: '主导产业链', carriers: '载体', kind: '类型', area: '面积',
  status: '状态', price: '价格', location: '位置', note: '说明', infrastructure: '基础设施', text: '内容',
  sources: '资料来源', industry: '所属产业', regions: '地区', stages: '环节阶段', stage: '阶段', nodes: '环节',
  strategy: '策略', enterprises: '本地企业', leader: '链主企业', listed: '上市企业', specialized: '专精特新',
  region: '所在地区', targets: '招引目标', reason: '理由', edges: '连线', from: '起点环节', to: '终点环节',
  chain: '产业链', node: '产业链环节', investment: '总投资', amount: '金额', cooperation: '合作方式',
  content: '建设内容', land: '用地', use: '用途', preparation: '前期工作', notes: '说明', returns: '预期效益',
  contact: '联系人', batch: '批次', published: '发布日期', validUntil: '有效期至', featured: '重点推荐',
  issuer: '发文机关', documentNumber: '文号', issued: '发布日期', effective: '生效日期', expires: '失效日期',
  chains: '产业链', firmTypes: '企业类型', measures: '政策措施', category: '类别', benefit: '优惠内容',
  rate: '比例（%）', cap: '上限', threshold: '条件', howToApply: '申请方式', negotiable: '面议（金额待定）',
  brand: '品牌', logo: '标志', primary: '主色', accent: '强调色', images: '图片', cover: '封面图',
  gallery: '图集', src: '图片文件', alt: '图片说明（替代文字）', caption: '图注', credit: '作者与许可',
  traditionalChinese: '繁体中文版', build: '生成繁体中文版', standard: '转换标准',
  costs: '营商成本', indicator: '指标项', place: '到达地点', illustrative: '示例数字（非公开数据）',
  milestones: '项目进程', signedAmount: '签约金额', fundsInPlace: '到位资金',
};

/** Names that mean something else inside a particular object. */
export const chineseFieldNamesIn: Record<string, string> = {
  'opportunities.title': '项目名称',
  'opportunities.preparation.level': '前期工作进展',
  'opportunities.milestones.stage': '达到的阶段',
  'opportunities.milestones.date': '日期',
  'opportunities.fundsInPlace.date': '到位日期',
  'policies.title': '文件标题',
  'regions.name': '地区名称',
  'chains.name': '产业链名称',
};
