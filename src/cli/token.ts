/** `npm run token -- editor|viewer [--expires 12h]`: prints a bearer token signed with JWT_SECRET. */
import { loadConfig } from "../config";
import type { Role } from "../auth/verify-token";
import { mintToken } from "../auth/mint-token";
import { readArgs, usageError } from "./args";
import { runCli } from "./run";

const USAGE = "usage: npm run token -- editor|viewer [--expires 12h]";
const ROLES: readonly Role[] = ["editor", "viewer"];

runCli(async () => {
  const { values, positionals } = readArgs(USAGE, { options: { expires: { type: "string", default: "12h" } }, allowPositionals: true });
  const [role, ...extra] = positionals as [Role | undefined, ...string[]];
  if (!role || !ROLES.includes(role) || extra.length) throw usageError(USAGE, role ? `Unknown role '${positionals.join(" ")}'.` : undefined);
  console.log(await mintToken(loadConfig().jwtSecret, [role], values.expires));
});
