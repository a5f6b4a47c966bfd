/** Which stories of a page the figures are drafted from (no database); articles of our own. */
import { extractDraft } from "../../src/extract/draft";
import { paragraphs } from "../../src/extract/paragraphs";
import { draftedParagraphs, isHeadline, stories } from "../../src/extract/stories";

const PAGE = [
  "东湖街道 党建引领 共建美好家园", // 1 headline
  "本报讯 近日,东湖街道党工委组织辖区单位与社区开展共驻共建,已有35家单位到社区报到。", // 2
  "西岭市 举办农产品展销会", // 3 headline of another city's story
  "本报讯 近日,西岭市举办农产品展销会,共有120家商户参展,吸引游客8000余人。", // 4
  "东湖街道 居民运动会开幕", // 5 headline of a local story without the party
  "东湖街道举办居民运动会,设置项目12个。", // 6
  "近日,南川县举办青年歌手大赛,共有60名选手参赛。", // 7 a photo's caption
  "李四 摄", // 8 its credit
].join("\n");

const figureParas = (article: string): number[] =>
  extractDraft(article, { prefix: "t-", date: "2024-05" })
    .lines.filter((l) => l.record.type === "Result")
    .map((l) => Number(String((l.record.sources as { locator: string }[])[0].locator).slice(5)));

describe("stories of a page", () => {
  const paras = paragraphs(PAGE);

  it("starts a story at each run of headline lines, and makes a caption a story with its credit", () => {
    expect(isHeadline(paras[0])).toBe(true);
    expect(isHeadline(paras[1])).toBe(false);
    expect(stories(paras).map((s) => s.map((p) => p.n))).toEqual([[1, 2], [3, 4], [5, 6], [7, 8]]);
  });

  it("drafts the party-building stories and the local ones, not another city's news or caption", () => {
    expect([...draftedParagraphs(paras)].sort((a, b) => a - b)).toEqual([1, 2, 5, 6]);
    expect(figureParas(PAGE)).toEqual([2, 6]);
  });

  it("drafts every story of a page that never names party-building", () => {
    expect(figureParas("北山市 志愿服务月\n北山市各社区组织志愿者1200余名。\n南岭县 春耕\n南岭县完成播种3万亩,投入资金500万元。")).toEqual([2, 4]);
  });

  it("keeps every figure of an article that is one story", () => {
    expect(figureParas("西岭市 社区党建\n西岭市共有党员3000余名,社区45个。")).toEqual([2, 2]);
  });
});
