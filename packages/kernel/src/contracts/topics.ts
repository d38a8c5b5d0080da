// The gov.cn 主题分类 topic tree (as of ~2021; ../shared/domain/cn-domain-facts.md §2.4).
// Codes are two-digit top level + two-digit child ("02" 综合政务, "0201" 政务公开).
export interface Topic { code: string; name: string; path: string; children?: Topic[] }

export const topicTree: Topic[] = [
  { code: '01', name: '国务院组织机构', path: '国务院组织机构', children: [
    { code: '0101', name: '国务院', path: '国务院组织机构\\国务院' },
    { code: '0102', name: '国务院办公厅', path: '国务院组织机构\\国务院办公厅' },
    { code: '0103', name: '组成部门', path: '国务院组织机构\\组成部门' },
    { code: '0104', name: '直属特设机构', path: '国务院组织机构\\直属特设机构' },
    { code: '0105', name: '直属机构', path: '国务院组织机构\\直属机构' },
    { code: '0106', name: '办事机构', path: '国务院组织机构\\办事机构' },
    { code: '0107', name: '直属事业单位', path: '国务院组织机构\\直属事业单位' },
    { code: '0108', name: '部委管理的国家局', path: '国务院组织机构\\部委管理的国家局' },
    { code: '0109', name: '议事协调机构', path: '国务院组织机构\\议事协调机构' },
    { code: '0110', name: '其他', path: '国务院组织机构\\其他' },
  ] },
  { code: '02', name: '综合政务', path: '综合政务', children: [
    { code: '0201', name: '政务公开', path: '综合政务\\政务公开' },
    { code: '0202', name: '政务督查', path: '综合政务\\政务督查' },
    { code: '0203', name: '应急管理', path: '综合政务\\应急管理' },
    { code: '0204', name: '电子政务', path: '综合政务\\电子政务' },
    { code: '0205', name: '文秘工作', path: '综合政务\\文秘工作' },
    { code: '0206', name: '保密工作', path: '综合政务\\保密工作' },
    { code: '0207', name: '信访', path: '综合政务\\信访' },
    { code: '0208', name: '参事、文史', path: '综合政务\\参事、文史' },
    { code: '0209', name: '其他', path: '综合政务\\其他' },
  ] },
  { code: '03', name: '国民经济管理、国有资产监管', path: '国民经济管理、国有资产监管', children: [
    { code: '0301', name: '宏观经济', path: '国民经济管理、国有资产监管\\宏观经济' },
    { code: '0302', name: '经济体制改革', path: '国民经济管理、国有资产监管\\经济体制改革' },
    { code: '0303', name: '统计', path: '国民经济管理、国有资产监管\\统计' },
    { code: '0304', name: '物价', path: '国民经济管理、国有资产监管\\物价' },
    { code: '0305', name: '国有资产监管', path: '国民经济管理、国有资产监管\\国有资产监管' },
    { code: '0306', name: '重大建设项目', path: '国民经济管理、国有资产监管\\重大建设项目' },
    { code: '0307', name: '其他', path: '国民经济管理、国有资产监管\\其他' },
  ] },
  { code: '04', name: '财政、金融、审计', path: '财政、金融、审计', children: [
    { code: '0401', name: '财政', path: '财政、金融、审计\\财政' },
    { code: '0402', name: '税务', path: '财政、金融、审计\\税务' },
    { code: '0403', name: '银行', path: '财政、金融、审计\\银行' },
    { code: '0404', name: '货币（含外汇）', path: '财政、金融、审计\\货币（含外汇）' },
    { code: '0405', name: '证券', path: '财政、金融、审计\\证券' },
    { code: '0406', name: '保险', path: '财政、金融、审计\\保险' },
    { code: '0407', name: '社会信用体系建设', path: '财政、金融、审计\\社会信用体系建设' },
    { code: '0408', name: '审计', path: '财政、金融、审计\\审计' },
    { code: '0409', name: '其他', path: '财政、金融、审计\\其他' },
  ] },
  { code: '05', name: '国土资源、能源', path: '国土资源、能源', children: [
    { code: '0501', name: '土地', path: '国土资源、能源\\土地' },
    { code: '0502', name: '矿产', path: '国土资源、能源\\矿产' },
    { code: '0503', name: '水资源', path: '国土资源、能源\\水资源' },
    { code: '0504', name: '海洋', path: '国土资源、能源\\海洋' },
    { code: '0505', name: '煤炭', path: '国土资源、能源\\煤炭' },
    { code: '0506', name: '石油与天然气', path: '国土资源、能源\\石油与天然气' },
    { code: '0507', name: '电力', path: '国土资源、能源\\电力' },
    { code: '0508', name: '其他', path: '国土资源、能源\\其他' },
  ] },
  { code: '06', name: '农业、林业、水利', path: '农业、林业、水利', children: [
    { code: '0601', name: '农业、畜牧业、渔业', path: '农业、林业、水利\\农业、畜牧业、渔业' },
    { code: '0602', name: '林业', path: '农业、林业、水利\\林业' },
    { code: '0603', name: '水利', path: '农业、林业、水利\\水利' },
    { code: '0604', name: '其他', path: '农业、林业、水利\\其他' },
  ] },
  { code: '07', name: '工业、交通', path: '工业、交通', children: [
    { code: '0701', name: '机械制造与重工业', path: '工业、交通\\机械制造与重工业' },
    { code: '0702', name: '轻工纺织', path: '工业、交通\\轻工纺织' },
    { code: '0703', name: '化工', path: '工业、交通\\化工' },
    { code: '0704', name: '国防工业', path: '工业、交通\\国防工业' },
    { code: '0705', name: '航天、航空', path: '工业、交通\\航天、航空' },
    { code: '0706', name: '信息产业（含电信）', path: '工业、交通\\信息产业（含电信）' },
    { code: '0707', name: '公路', path: '工业、交通\\公路' },
    { code: '0708', name: '水运', path: '工业、交通\\水运' },
    { code: '0709', name: '铁路', path: '工业、交通\\铁路' },
    { code: '0710', name: '民航', path: '工业、交通\\民航' },
    { code: '0711', name: '邮政', path: '工业、交通\\邮政' },
    { code: '0712', name: '其他', path: '工业、交通\\其他' },
  ] },
  { code: '08', name: '商贸、海关、旅游', path: '商贸、海关、旅游', children: [
    { code: '0801', name: '对外经贸合作', path: '商贸、海关、旅游\\对外经贸合作' },
    { code: '0802', name: '国内贸易（含供销）', path: '商贸、海关、旅游\\国内贸易（含供销）' },
    { code: '0803', name: '海关', path: '商贸、海关、旅游\\海关' },
    { code: '0804', name: '检验、检疫', path: '商贸、海关、旅游\\检验、检疫' },
    { code: '0805', name: '旅游', path: '商贸、海关、旅游\\旅游' },
    { code: '0806', name: '其他', path: '商贸、海关、旅游\\其他' },
  ] },
  { code: '09', name: '市场监管、安全生产监管', path: '市场监管、安全生产监管', children: [
    { code: '0901', name: '工商', path: '市场监管、安全生产监管\\工商' },
    { code: '0902', name: '质量监督', path: '市场监管、安全生产监管\\质量监督' },
    { code: '0903', name: '标准', path: '市场监管、安全生产监管\\标准' },
    { code: '0904', name: '食品药品监管', path: '市场监管、安全生产监管\\食品药品监管' },
    { code: '0905', name: '安全生产监管', path: '市场监管、安全生产监管\\安全生产监管' },
    { code: '0906', name: '其他', path: '市场监管、安全生产监管\\其他' },
  ] },
  { code: '10', name: '城乡建设、环境保护', path: '城乡建设、环境保护', children: [
    { code: '1001', name: '城市规划', path: '城乡建设、环境保护\\城市规划' },
    { code: '1002', name: '城乡建设（含住房）', path: '城乡建设、环境保护\\城乡建设（含住房）' },
    { code: '1003', name: '环境监测、保护与治理', path: '城乡建设、环境保护\\环境监测、保护与治理' },
    { code: '1004', name: '节能与资源综合利用', path: '城乡建设、环境保护\\节能与资源综合利用' },
    { code: '1005', name: '气象、水文、测绘、地震', path: '城乡建设、环境保护\\气象、水文、测绘、地震' },
    { code: '1006', name: '其他', path: '城乡建设、环境保护\\其他' },
  ] },
  { code: '11', name: '科技、教育', path: '科技、教育', children: [
    { code: '1101', name: '科技', path: '科技、教育\\科技' },
    { code: '1102', name: '教育', path: '科技、教育\\教育' },
    { code: '1103', name: '知识产权', path: '科技、教育\\知识产权' },
    { code: '1104', name: '其他', path: '科技、教育\\其他' },
  ] },
  { code: '12', name: '文化、广电、新闻出版', path: '文化、广电、新闻出版', children: [
    { code: '1201', name: '文化', path: '文化、广电、新闻出版\\文化' },
    { code: '1202', name: '文物', path: '文化、广电、新闻出版\\文物' },
    { code: '1203', name: '新闻出版', path: '文化、广电、新闻出版\\新闻出版' },
    { code: '1204', name: '广播、电影、电视', path: '文化、广电、新闻出版\\广播、电影、电视' },
    { code: '1205', name: '其他', path: '文化、广电、新闻出版\\其他' },
  ] },
  { code: '13', name: '卫生、体育', path: '卫生、体育', children: [
    { code: '1301', name: '卫生', path: '卫生、体育\\卫生' },
    { code: '1302', name: '医药管理', path: '卫生、体育\\医药管理' },
    { code: '1303', name: '体育', path: '卫生、体育\\体育' },
    { code: '1304', name: '其他', path: '卫生、体育\\其他' },
  ] },
  { code: '14', name: '人口与计划生育、妇女儿童工作', path: '人口与计划生育、妇女儿童工作', children: [
    { code: '1401', name: '人口与计划生育', path: '人口与计划生育、妇女儿童工作\\人口与计划生育' },
    { code: '1402', name: '妇女儿童', path: '人口与计划生育、妇女儿童工作\\妇女儿童' },
    { code: '1403', name: '其他', path: '人口与计划生育、妇女儿童工作\\其他' },
  ] },
  { code: '15', name: '劳动、人事、监察', path: '劳动、人事、监察', children: [
    { code: '1501', name: '劳动就业', path: '劳动、人事、监察\\劳动就业' },
    { code: '1502', name: '社会保障', path: '劳动、人事、监察\\社会保障' },
    { code: '1503', name: '人事工作', path: '劳动、人事、监察\\人事工作' },
    { code: '1504', name: '军转安置', path: '劳动、人事、监察\\军转安置' },
    { code: '1505', name: '监察', path: '劳动、人事、监察\\监察' },
    { code: '1506', name: '纠正行业不正之风', path: '劳动、人事、监察\\纠正行业不正之风' },
    { code: '1507', name: '其他', path: '劳动、人事、监察\\其他' },
  ] },
  { code: '16', name: '公安、安全、司法', path: '公安、安全、司法', children: [
    { code: '1601', name: '公安', path: '公安、安全、司法\\公安' },
    { code: '1602', name: '国家安全', path: '公安、安全、司法\\国家安全' },
    { code: '1603', name: '司法', path: '公安、安全、司法\\司法' },
    { code: '1604', name: '其他', path: '公安、安全、司法\\其他' },
  ] },
  { code: '17', name: '民政、扶贫、救灾', path: '民政、扶贫、救灾', children: [
    { code: '1701', name: '减灾救灾', path: '民政、扶贫、救灾\\减灾救灾' },
    { code: '1702', name: '优抚安置', path: '民政、扶贫、救灾\\优抚安置' },
    { code: '1703', name: '社会福利', path: '民政、扶贫、救灾\\社会福利' },
    { code: '1704', name: '行政区划与地名', path: '民政、扶贫、救灾\\行政区划与地名' },
    { code: '1705', name: '社团管理', path: '民政、扶贫、救灾\\社团管理' },
    { code: '1706', name: '扶贫', path: '民政、扶贫、救灾\\扶贫' },
    { code: '1707', name: '其他', path: '民政、扶贫、救灾\\其他' },
  ] },
  { code: '18', name: '民族、宗教', path: '民族、宗教', children: [
    { code: '1801', name: '民族事务', path: '民族、宗教\\民族事务' },
    { code: '1802', name: '宗教事务', path: '民族、宗教\\宗教事务' },
  ] },
  { code: '19', name: '对外事务', path: '对外事务', children: [
    { code: '1901', name: '外交、外事', path: '对外事务\\外交、外事' },
    { code: '1902', name: '国际条约、国际组织', path: '对外事务\\国际条约、国际组织' },
    { code: '1903', name: '其他', path: '对外事务\\其他' },
  ] },
  { code: '20', name: '港澳台侨工作', path: '港澳台侨工作', children: [
    { code: '2001', name: '港澳工作', path: '港澳台侨工作\\港澳工作' },
    { code: '2002', name: '对台工作', path: '港澳台侨工作\\对台工作' },
    { code: '2003', name: '侨务工作', path: '港澳台侨工作\\侨务工作' },
  ] },
  { code: '21', name: '国防', path: '国防', children: [
    { code: '2101', name: '国防建设', path: '国防\\国防建设' },
    { code: '2102', name: '国防动员', path: '国防\\国防动员' },
  ] },
  { code: '22', name: '其他', path: '其他', children: [
  ] },
];

const byCode = new Map<string, Topic>();
for (const t of topicTree) { byCode.set(t.code, t); for (const c of t.children ?? []) byCode.set(c.code, c); }

export function findTopic(code: string): Topic | undefined { return byCode.get(code); }
/** Leaf topics, or a top level without children (其他). Items are classified at a leaf. */
export function isLeafTopic(code: string): boolean { const t = byCode.get(code); return !!t && !(t.children && t.children.length); }
export const allTopicCodes = [...byCode.keys()];
