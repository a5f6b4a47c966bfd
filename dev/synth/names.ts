/**
 * Chinese names for the synthetic city, built from two-character stems the way real place and
 * unit names are (春晖社区, 明德小学, 华信科技有限公司). About 3,000 stems per list keep full-text hits
 * for a stem in the tens even in a large city, as a real search for a place name would find.
 */
import type { Random } from "./random";

const PLACE_CHARS = "春晖明德华兴和平安康福寿永宁长乐泰丰瑞祥东西南北新城金玉翠竹松柏桃李梅兰清河湖山岭泉溪滨江海阳光月星辉文昌盛隆嘉禾云锦绣秀美富民仁义礼信";
const FIRM_CHARS = "华信中科宏远恒通鼎盛联创智达天成合众广汇博瑞鑫源卓越伟业振兴宝丰金石方正佳和";
const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";

function stem(random: Random, chars: string): string {
  return chars[random.int(0, chars.length - 1)] + chars[random.int(0, chars.length - 1)];
}

export const placeStem = (random: Random): string => stem(random, PLACE_CHARS);
export const firmStem = (random: Random): string => stem(random, FIRM_CHARS);
export const surname = (random: Random): string => SURNAMES[random.int(0, SURNAMES.length - 1)];

/** How each sector's units are named: a stem goes in front. */
export const UNIT_SUFFIXES: Record<string, readonly string[]> = {
  government: ["区市场监督管理局", "区税务局", "区司法局", "区住房和城乡建设局", "区民政局"],
  institution: ["区疾病预防控制中心", "区图书馆", "区公证处", "区社会福利院"],
  enterprise: ["科技有限公司", "建设集团有限公司", "商贸有限公司", "物业服务有限公司", "制造股份有限公司"],
  university: ["职业技术学院", "学院"],
  research: ["研究院", "设计研究所"],
  finance: ["农村商业银行支行", "银行支行", "保险公司营业部"],
  service: ["供电中心", "燃气公司服务站", "人民医院", "中医院"],
  school: ["小学", "实验中学", "幼儿园"],
  social: ["志愿者协会", "社会工作服务中心", "商会"],
  other: ["服务中心", "合作社"],
};

export const STATION_KINDS = ["红帆驿站", "党群服务中心", "工作站", "新时代文明实践站"] as const;
export const INITIATIVE_NAMES = ["四红", "三级联动", "双报到", "双红双提升", "红色物业", "街乡吹哨 部门报到"] as const;
export const PROJECT_NAMES = ["共建项目", "书记突破项目", "创投之家", "微心愿认领", "老旧小区改造", "护苗行动"] as const;
export const ACTIVITY_NAMES = ["主题党日", "志愿服务", "政策宣讲", "义诊", "环境整治", "文艺汇演", "助老服务"] as const;
/** Reported figures: the name, and the unit the value is in. */
export const RESULT_KINDS: readonly (readonly [string, string])[] = [
  ["解决群众急难愁盼问题", "个"],
  ["服务群众", "名"],
  ["开展活动", "次"],
  ["投入资金", "万元"],
  ["认领微心愿", "个"],
  ["群众满意率", "%"],
];
export const PUBLICATIONS = ["日报", "晚报", "党建网", "融媒体中心", "组工信息"] as const;

/**
 * 三张清单: what communities ask for and units offer, by the categories of contract section 4.2, with
 * names of the kind the lists carry. A need and a resource of one category can be matched.
 */
export const NEED_NAMES: Record<string, readonly string[]> = {
  education: ["青少年课业辅导", "家长课堂", "社区学堂"],
  elderly_care: ["老人助餐", "居家养老上门服务", "高龄老人探访", "适老化改造"],
  childcare: ["课后托管", "暑期托管", "婴幼儿照护指导"],
  health: ["义诊", "慢病健康管理", "心理疏导"],
  employment: ["就业技能培训", "灵活就业岗位对接"],
  culture: ["文艺活动场地", "社区图书角", "节日文化活动"],
  environment: ["老旧小区环境整治", "垃圾分类宣传", "楼道清理"],
  safety: ["消防安全检查", "防诈骗宣传", "电动车充电设施"],
  legal: ["法律咨询", "矛盾纠纷调解"],
  finance: ["金融知识普及", "小微商户融资对接"],
  volunteering: ["志愿者招募", "微心愿认领"],
  property: ["物业服务提升", "停车位改造"],
  other: ["便民服务", "爱心捐赠"],
};
export const RESOURCE_NAMES: Record<string, readonly string[]> = {
  education: ["专业教师志愿服务", "课业辅导", "科普讲座"],
  elderly_care: ["助餐", "助老上门服务", "食堂开放"],
  childcare: ["四点半课堂", "托管场地"],
  health: ["义诊团队", "健康讲座", "心理咨询师"],
  employment: ["就业岗位", "职业技能培训"],
  culture: ["活动场地", "文艺团队", "图书捐赠"],
  environment: ["环境整治志愿队", "绿化养护"],
  safety: ["消防演练", "反诈宣讲", "安全检查"],
  legal: ["律师服务", "法律援助", "普法宣讲"],
  finance: ["金融知识讲座", "普惠贷款"],
  volunteering: ["党员志愿服务队", "爱心认领"],
  property: ["物业维修", "停车场错时开放"],
  other: ["便民服务", "物资捐赠"],
};
/** Which categories a unit of each sector tends to offer. */
export const SECTOR_OFFERS: Record<string, Readonly<Record<string, number>>> = {
  government: { legal: 3, safety: 3, employment: 2, volunteering: 2 },
  institution: { health: 3, culture: 3, legal: 2, elderly_care: 2 },
  enterprise: { employment: 3, volunteering: 3, property: 2, other: 2, finance: 1 },
  university: { education: 4, culture: 2, volunteering: 2 },
  research: { education: 3, environment: 2 },
  finance: { finance: 5, safety: 1 },
  service: { health: 3, elderly_care: 3, safety: 1 },
  school: { education: 3, childcare: 4, culture: 1 },
  social: { elderly_care: 3, volunteering: 3, childcare: 1 },
  other: { elderly_care: 2, other: 3 },
};
/** How often each category comes up in a community's list: the articles' lists lean to the elderly and children. */
export const NEED_WEIGHTS: Readonly<Record<string, number>> = {
  elderly_care: 18, childcare: 12, health: 10, education: 8, employment: 8, culture: 8, environment: 9,
  safety: 7, legal: 5, finance: 3, volunteering: 4, property: 6, other: 2,
};
