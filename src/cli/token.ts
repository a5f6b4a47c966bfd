/**
 * `npm run token -- editor|viewer [--expires 12h] [--subject NAME] [--areas A,B]`: prints a bearer
 * token signed with JWT_SECRET. `--subject` is who history names; `--areas` limits an editor to the
 * nodes at or below those Area ids.
 */
import { loadConfig } from "../config";
import type { Role } from "../auth/verify-token";
import { mintToken } from "../auth/mint-token";
import { ID_PATTERN } from "../graph/model";
import { runCli } from "./run";

const USAGE = "usage: npm run token -- editor|viewer [--expires 12h] [--subject NAME] [--areas AREA_ID,AREA_ID]";

runCli(async () => {
  const args = process.argv.slice(2);
  const role = args[0] as Role | undefined;
  if (role !== "editor" && role !== "viewer") throw new Error(USAGE);
  const option = (name: string): string | undefined => {
    const at = args.indexOf(name);
    if (at < 0) return undefined;
    const value = args[at + 1];
    if (value === undefined || value.startsWith("--")) throw new Error(`${name} needs a value; ${USAGE}`);
    return value;
  };
  const areas = option("--areas")
    ?.split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  const malformed = areas?.find((a) => !ID_PATTERN.test(a));
  if (malformed !== undefined) throw new Error(`--areas: "${malformed}" is not a well-formed id`);
  if (areas && !areas.length) throw new Error(`--areas needs at least one Area id; ${USAGE}`);
  console.log(await mintToken(loadConfig().jwtSecret, [role], option("--expires") ?? "12h", option("--subject") ?? "local", areas));
});
