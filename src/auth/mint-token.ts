import { SignJWT } from "jose";
import type { Role } from "./verify-token";

/**
 * Signs an HS256 token with JWT_SECRET, for local use and tests; production tokens come from your
 * identity provider. `areas` limits an editor to the nodes at or below those Area ids (auth/area-scope.ts).
 */
export function mintToken(secret: string, roles: Role[], expiresIn = "12h", subject = "local", areas?: string[]): Promise<string> {
  return new SignJWT({ roles, ...(areas ? { areas } : {}) })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
