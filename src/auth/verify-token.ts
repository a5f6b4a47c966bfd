/**
 * Who is asking. A bearer token is verified with JWT_SECRET (HS256) or, when JWKS_URL is set, against
 * that key set (RS256); its `roles` claim decides what the caller may do. No token means an anonymous
 * reader. A token that is present but forged, expired or malformed is refused outright rather than
 * downgraded to anonymous, so a client learns at once that its token is wrong.
 */
import { createRemoteJWKSet, errors as joseErrors, JWTPayload, jwtVerify } from "jose";
import { ErrorCode, userError } from "../graphql/errors";

export type Role = "viewer" | "editor";

export interface Viewer {
  authenticated: boolean;
  roles: string[];
  /** The token's `sub`: whom history names as the author of a write, and whose request budget is spent. */
  subject?: string;
  /**
   * The token's `areas` claim: the Area ids an editor may write at or below (auth/area-scope.ts).
   * Absent: anywhere.
   */
  areas?: string[];
  /** The verified payload, handed to @neo4j/graphql for its @authentication rules. */
  jwt?: JWTPayload;
}

export const ANONYMOUS: Viewer = { authenticated: false, roles: [] };

export interface AuthSettings {
  jwtSecret: string;
  jwksUrl?: string;
}

export type TokenVerifier = (authorization: string | undefined) => Promise<Viewer>;

const unauthenticated = (reason: string) =>
  userError(ErrorCode.UNAUTHENTICATED, `The bearer token was refused: ${reason}.`, { http: { status: 401 } });

export function createTokenVerifier({ jwtSecret, jwksUrl }: AuthSettings): TokenVerifier {
  const key = jwksUrl ? createRemoteJWKSet(new URL(jwksUrl)) : new TextEncoder().encode(jwtSecret);
  const algorithms = jwksUrl ? ["RS256"] : ["HS256"];
  return async (authorization) => {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated('expected "Authorization: Bearer <token>"');
    try {
      // jose's overloads split the key kinds; both verify the same way.
      const { payload } = await jwtVerify(match[1], key as Uint8Array, { algorithms });
      const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === "string") : [];
      const areas = Array.isArray(payload.areas) ? payload.areas.filter((a): a is string => typeof a === "string") : undefined;
      const subject = typeof payload.sub === "string" ? payload.sub : undefined;
      return { authenticated: true, roles, subject, ...(areas ? { areas } : {}), jwt: { ...payload, roles } };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated("it has expired");
      if (error instanceof joseErrors.JWSSignatureVerificationFailed) throw unauthenticated("its signature does not verify");
      throw unauthenticated("it is not a valid token");
    }
  };
}

export const canWrite = (viewer: Viewer): boolean => viewer.roles.includes("editor");
