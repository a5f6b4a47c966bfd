import type { ObjectTypeOptions } from "type-graphql";

/**
 * The options of every object type the operations answer with. Their fields are plain properties
 * of what the Cypher returns, and no type-graphql middleware or auth checker is in use, so
 * graphql-js's default resolver can read them. Without `simpleResolvers`, type-graphql gives each
 * field of each object its own resolver that runs the (empty) middleware chain: thousands of calls
 * for one large org tree. Fields with a @FieldResolver keep theirs.
 */
export const answerType = (description?: string): ObjectTypeOptions => ({ description, simpleResolvers: true });
