import { SignJWT } from "jose";
import type { Role } from "./verify-token";

/** Signs an HS256 token with JWT_SECRET, for local use and tests; production tokens come from your identity provider. */
export function mintToken(secret: string, roles: Role[], expiresIn = "12h", subject = "local"): Promise<string> {
  return new SignJWT({ roles })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
