import { ErrorCode, userError } from "../graphql/errors";

/** Neo4j's bookmarks are short opaque tokens (e.g. "FB:kcwQ…"); anything else is refused, not passed to the database. */
const BOOKMARK = /^[A-Za-z0-9:+/=_.-]{1,512}$/;
const MAX_BOOKMARKS = 16;

/**
 * The bookmarks a request carries in its bookmark header (comma-separated, as a mutation's
 * response gives them), checked: a malformed one is the client's error, never a database error.
 */
export function bookmarksOf(header: string | string[] | undefined): string[] {
  if (header === undefined) return [];
  const bookmarks = (Array.isArray(header) ? header.join(",") : header)
    .split(",")
    .map((b) => b.trim())
    .filter(Boolean);
  if (bookmarks.length > MAX_BOOKMARKS || bookmarks.some((b) => !BOOKMARK.test(b))) {
    throw userError(ErrorCode.BAD_USER_INPUT, `The bookmark header must hold at most ${MAX_BOOKMARKS} bookmarks as a mutation's response gave them.`, {
      http: { status: 400 },
    });
  }
  return bookmarks;
}
