/** Each pattern family on short sentences of our own (no database). */
import { findDates } from "../../src/extract/dates";
import { findFigures } from "../../src/extract/figures";
import { chineseNumber } from "../../src/extract/numbers";
import { findOrganizations } from "../../src/extract/organizations";
import { findPairingCues } from "../../src/extract/pairings";
import { normalize, sentences } from "../../src/extract/paragraphs";

const sentence = (text: string) => sentences(normalize(text))[0];
const figures = (text: string, date?: string) => findFigures(sentence(text), date);
const one = (text: string, date?: string) => {
  const found = figures(text, date);
  expect(found).toHaveLength(1);
  return found[0];
};
const orgs = (text: string) => findOrganizations(sentence(text)).map((m) => [m.name, m.type]);

describe("figures: number, unit and qualifier", () => {
  it("reads 余, 多, 近 and 约", () => {
    expect(one("全街道共有2300余名党员参加。")).toMatchObject({ value: 2300, unit: "名", approx: "over" });
    expect(one("汇聚了160多个创新主体。")).toMatchObject({ value: 160, unit: "个", approx: "over" });
    expect(one("全年开展活动近30次。")).toMatchObject({ value: 30, unit: "次", approx: "nearly", measure: "activities" });
    expect(one("投入资金约5万元。")).toMatchObject({ value: 5, unit: "万元", approx: "about", measure: "funds_cny" });
    expect(one("打造近万平方米的服务中心。")).toMatchObject({ value: 10000, unit: "平方米", approx: "nearly" });
  });

  it("counts people in 名 whether the text says 人 or 名", () => {
    expect(one("共有260余人参加会议。")).toMatchObject({ value: 260, unit: "名", approx: "over" });
  });

  it("keeps a range's lower end and notes the upper", () => {
    const f = one("每个小区配备10-20名志愿者。");
    expect(f).toMatchObject({ value: 10, upTo: 20, approx: "at_least", measure: "volunteers" });
    expect(f.doubts.join()).toContain("range");
  });

  it("reads percentages and 万元", () => {
    expect(one("覆盖率达到85%。")).toMatchObject({ value: 85, unit: "%" });
    expect(one("办理创业担保贷款融资450万元。")).toMatchObject({ value: 450, unit: "万元", measure: "loans_cny" });
  });

  it("takes 由成立之初的12家发展到目前的27家 as a founding figure and a report figure", () => {
    const [from, to] = figures("联盟成员由成立之初的12家发展到目前的27家。");
    expect(from).toMatchObject({ value: 12, unit: "家", dateBasis: "founding", measure: "member_units" });
    expect(to).toMatchObject({ value: 27, unit: "家", dateBasis: "report" });
  });

  it("marks targets and plans (确保, 力争, 计划)", () => {
    expect(one("确保年底前小区党组织覆盖率达到100%。")).toMatchObject({ value: 100, unit: "%", status: "target" });
    expect(one("力争年内新建驿站20处。")).toMatchObject({ value: 20, status: "target" });
    expect(one("计划明年培训党员300名。")).toMatchObject({ value: 300, status: "planned" });
    expect(one("确保年底至少50%的小区建成驿站。")).toMatchObject({ value: 50, approx: "at_least", status: "target" });
  });

  it("dates a figure by the date before it, and by 截至目前 as of the report", () => {
    expect(one("2024年5月,已有30家单位报到。")).toMatchObject({ date: "2024-05", dateBasis: "date" });
    expect(one("截至目前,已有30家单位报到。", "2024-06-01")).toMatchObject({ dateBasis: "report" });
  });

  it("takes a figure without a date or a word for when as of the article, and says so", () => {
    const f = one("社区共有志愿者45名。", "2024-06");
    expect(f).toMatchObject({ dateBasis: "report" });
    expect(f.date).toBeUndefined();
    expect(f.doubts.join()).toContain("undated");
  });

  it("counts since a date (以来, 至今) as of the article, not at that date", () => {
    const f = one("自今年3月以来,累计有600余名党员参加志愿服务。", "2024-09");
    expect(f).toMatchObject({ value: 600, approx: "over", dateBasis: "report" });
    expect(f.date).toBeUndefined();
    expect(f.doubts.join()).toContain("since 2024-03");
    expect(one("今年3月,街道新建驿站8处。", "2024-09")).toMatchObject({ dateBasis: "date", date: "2024-03" });
  });

  it("lets a target with a figure of its own cover the steps its sentence lists, not the steps already done", () => {
    const [steps, services, goal] = figures("计划先行,即建立三项工作制度、配齐两支服务队伍,确保年底前80%的楼栋建成议事点。");
    expect(steps).toMatchObject({ value: 3, status: "target" });
    expect(services).toMatchObject({ value: 2, status: "target" });
    expect(goal).toMatchObject({ value: 80, unit: "%", status: "target" });
    expect(steps.doubts.join()).toContain("in its sentence");
    // a purpose clause without a figure is no target; a clause that says done keeps its figure achieved
    expect(one("对照认领的六项任务逐一记录,确保工作实效。")).toMatchObject({ value: 6, status: "achieved" });
    expect(figures("已建成驿站12处,确保年底前再建5处。").map((f) => f.status)).toEqual(["achieved", "target"]);
  });

  it("counts companies in 家 where the text counts them in 个", () => {
    const f = one("辖区三个子公司职工参加了培训。");
    expect(f).toMatchObject({ value: 3, unit: "家" });
    expect(f.doubts.join()).toContain("counted in 家");
    expect(one("全区12个社区参加。")).toMatchObject({ value: 12, unit: "个" });
  });

  it("reads Chinese numerals but not dates, ordinals, slogans or quoted names", () => {
    expect(one("前后仅用了十天完成改造。")).toMatchObject({ value: 10, unit: "天" });
    expect(one("活动包括三项内容。")).toMatchObject({ value: 3, unit: "项" });
    expect(figures("8月18日召开第五次会议。")).toEqual([]);
    expect(figures("推行“1+5+5”工作模式和“365天服务不打烊”制度。")).toEqual([]);
    expect(figures("坚持一村一品,每半年召开一次联席会议。")).toEqual([]);
    expect(figures("打通服务群众最后100米。")).toEqual([]);
  });

  it("counts 一 in a list of counts, not in idiom", () => {
    expect(figures("完善一个组织架构,建立五项管理制度。").map((f) => f.value)).toEqual([1, 5]);
    expect(figures("每栋楼选出了一名楼长。")).toEqual([]);
  });

  it("parses Chinese numbers", () => {
    expect(chineseNumber("三十五")).toBe(35);
    expect(chineseNumber("两百")).toBe(200);
    expect(chineseNumber("十")).toBe(10);
    expect(chineseNumber("万")).toBe(10000);
  });
});

describe("dates", () => {
  it("reads year, month and day, and year-less dates with the source's year", () => {
    expect(findDates("2024年5月召开").map((d) => d.date)).toEqual(["2024-05"]);
    expect(findDates("2024年5月12日召开").map((d) => d.date)).toEqual(["2024-05-12"]);
    expect(findDates("8月18日召开", "2023-08-22").map((d) => d.date)).toEqual(["2023-08-18"]);
    expect(findDates("自今年5月份以来", "2019-10").map((d) => d.date)).toEqual(["2019-05"]);
  });

  it("does not guess a year the text does not give", () => {
    expect(findDates("8月18日召开")).toEqual([]);
  });
});

describe("organizations by suffix", () => {
  it("types party organizations, areas, communities, units and alliances", () => {
    expect(orgs("洸河街道党工委召开会议。")).toEqual([["洸河街道", "Area"], ["洸河街道党工委", "PartyOrganization"]]);
    expect(orgs("走访黄庄社区和府河村。")).toEqual([["黄庄社区", "Community"], ["府河村", "Community"]]);
    expect(orgs("济宁银河水务有限公司举办活动。")).toEqual([["济宁银河水务有限公司", "Unit"]]);
    expect(orgs("济宁创新谷集团组建济宁创新谷青春党建联盟。")).toEqual([["济宁创新谷集团", "Unit"], ["济宁创新谷青春党建联盟", "Alliance"]]);
    expect(orgs("辖区企业内建设56处红帆驿站。")).toEqual([["红帆驿站", "ServiceStation"]]);
  });

  it("takes compounds listed after their street without a suffix", () => {
    expect(orgs("打造柳行街道方圆悦居、欧隆盛源等示范点。")).toEqual([["柳行街道", "Area"], ["方圆悦居", "Community"], ["欧隆盛源", "Community"]]);
  });

  it("marks a name that begins with the level alone, and shares it along a list", () => {
    const found = findOrganizations(sentence("区党工委、管委会领导班子成员,区检察院检察长参加。"));
    expect(found.map((m) => [m.name, m.bareLevel])).toEqual([["区党工委", "区"], ["区管委会", "区"], ["区检察院", "区"]]);
  });

  it("reads names and figures in quoted speech, not in a quoted name or slogan", () => {
    expect(orgs("“今天也了解到了孔子国际学校的做法,回去后学到的都用上。”她说。")).toEqual([["孔子国际学校", "Unit"]]);
    expect(one("“我们社区今年已经开展活动30余次,大家都很满意。”")).toMatchObject({ value: 30, approx: "over" });
  });

  it("finds no name in generic words, common words or quotations", () => {
    expect(orgs("各社区与城市社区开展活动。")).toEqual([]);
    expect(orgs("科学合理的选址布局,服务全市城市居民。")).toEqual([]);
    expect(orgs("推进“红帆驿站”建设。")).toEqual([]);
  });
});

describe("pairing cues", () => {
  it("finds 共驻共建, 结对, 双报到 and 签订协议 with their kinds", () => {
    const kinds = (text: string) => findPairingCues(sentence(text)).map((c) => c.kind);
    expect(kinds("社区与驻区单位开展共驻共建。")).toEqual(["co_building"]);
    expect(kinds("170个单位与12个社区结对共建。")).toEqual(["co_building"]);
    expect(kinds("深化“双报到”工作。")).toEqual(["dual_registration"]);
    expect(kinds("双方签订协议。")).toEqual(["co_building"]);
    expect(kinds("召开会议。")).toEqual([]);
  });
});
