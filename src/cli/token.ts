/** `npm run token -- editor|viewer [--expires 12h]`: prints a bearer token signed with JWT_SECRET. */
import { loadConfig } from "../config";
import type { Role } from "../auth/verify-token";
import { mintToken } from "../auth/mint-token";
import { runCli } from "./run";

runCli(async () => {
  const args = process.argv.slice(2);
  const role = args[0] as Role | undefined;
  if (role !== "editor" && role !== "viewer") throw new Error("usage: npm run token -- editor|viewer [--expires 12h]");
  const expiresAt = args.indexOf("--expires");
  const expires = expiresAt >= 0 ? args[expiresAt + 1] : "12h";
  console.log(await mintToken(loadConfig().jwtSecret, [role], expires));
});
