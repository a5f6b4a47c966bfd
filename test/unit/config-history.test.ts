import "reflect-metadata";
import { ConfigError, DEFAULT_TERM_YEARS, loadConfig } from "../../src/config";
import { checkWithin } from "../../src/graphql/operations/terms-due";

describe("settings for terms and rate limits", () => {
  it("reads TERM_YEARS over the defaults, and refuses what it cannot read", () => {
    expect(loadConfig({}).termYears).toEqual(DEFAULT_TERM_YEARS);
    expect(loadConfig({ TERM_YEARS: "committee=4, branch=2" }).termYears).toEqual({ ...DEFAULT_TERM_YEARS, committee: 4, branch: 2 });
    expect(() => loadConfig({ TERM_YEARS: "committee:4" })).toThrow(ConfigError);
    expect(() => loadConfig({ TERM_YEARS: "branch=0" })).toThrow(ConfigError);
  });

  it("reads the rate limit, 0 switching it off", () => {
    expect(loadConfig({ RATE_LIMIT_POINTS: "0", RATE_LIMIT_TRUST_PROXY: "true" }).rateLimit).toEqual({ points: 0, windowSeconds: 60, trustProxy: true });
    expect(() => loadConfig({ RATE_LIMIT_POINTS: "-1" })).toThrow(ConfigError);
    expect(() => loadConfig({ RATE_LIMIT_WINDOW_SECONDS: "0" })).toThrow(ConfigError);
  });

  it("takes a window as an ISO 8601 duration only", () => {
    for (const ok of ["P6M", "P90D", "P1Y6M", "P2W"]) expect(checkWithin(ok)).toBe(ok);
    for (const bad of ["P", "6M", "P1H", "PT1H", "P-1D", "P6M; MATCH"]) expect(() => checkWithin(bad)).toThrow(/ISO 8601/);
  });
});
