/**
 * `npm run token -- editor|viewer [--expires 12h] [--subject NAME] [--areas A,B]`: prints a bearer
 * token signed with JWT_SECRET. `--subject` is who history names; `--areas` limits an editor to the
 * nodes at or below those Area ids.
 */
import { loadConfig } from "../config";
import type { Role } from "../auth/verify-token";
import { mintToken } from "../auth/mint-token";
import { ID_PATTERN } from "../graph/model";
import { readArgs, usageError } from "./args";
import { runCli } from "./run";

const USAGE = "usage: npm run token -- editor|viewer [--expires 12h] [--subject NAME] [--areas AREA_ID,AREA_ID]";
const ROLES: readonly Role[] = ["editor", "viewer"];

runCli(async () => {
  const { values, positionals } = readArgs(USAGE, {
    options: { expires: { type: "string", default: "12h" }, subject: { type: "string", default: "local" }, areas: { type: "string" } },
    allowPositionals: true,
  });
  const [role, ...extra] = positionals as [Role | undefined, ...string[]];
  if (!role || !ROLES.includes(role) || extra.length) throw usageError(USAGE, role ? `Unknown role '${positionals.join(" ")}'.` : undefined);
  const areas = values.areas
    ?.split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  const malformed = areas?.find((a) => !ID_PATTERN.test(a));
  if (malformed !== undefined) throw usageError(USAGE, `--areas: "${malformed}" is not a well-formed id.`);
  if (areas && !areas.length) throw usageError(USAGE, "--areas needs at least one Area id.");
  console.log(await mintToken(loadConfig().jwtSecret, [role], values.expires, values.subject, areas));
});
