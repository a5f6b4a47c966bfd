/**
 * @neo4j/graphql leaves its Query and Mutation fields undescribed, so an IDE showed 26 of 33 Query
 * fields bare (issue 19). Each is named after its node type (`areas`, `areasConnection`,
 * `createAreas`...), so one sentence per kind of field says what it does, with the node type's own
 * description. Set on the freshly generated schema, which nothing else holds yet.
 */
import { getNamedType, GraphQLInterfaceType, GraphQLObjectType, GraphQLSchema } from "graphql";

const FEDERATION: Record<string, string> = {
  _entities: "Apollo Federation: the entities a gateway asks for by their keys (every node type, keyed by id).",
  _service: "Apollo Federation: this subgraph's schema, for a gateway.",
};

const lowerFirst = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

export function describeGeneratedFields(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (!query) return schema;
  const fields = query.getFields();
  /** The node type a list field such as `areas` returns, with its description. */
  const nodeOf = (listField: string): GraphQLObjectType | GraphQLInterfaceType | undefined => {
    const type = fields[listField] && getNamedType(fields[listField].type);
    return type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType ? type : undefined;
  };
  const about = (type: GraphQLObjectType | GraphQLInterfaceType): string => (type.description ? ` ${type.name}: ${type.description.trim()}` : "");
  for (const field of Object.values(fields)) {
    if (field.description) continue;
    if (FEDERATION[field.name]) {
      field.description = FEDERATION[field.name];
      continue;
    }
    const connection = field.name.endsWith("Connection");
    const type = nodeOf(connection ? field.name.slice(0, -"Connection".length) : field.name);
    if (!type) continue;
    field.description = connection
      ? `${type.name} nodes as a Relay connection: pages of \`first\` after the cursor \`after\`, with totalCount; filtered by \`where\`, ordered by \`sort\` (generated CRUD API).${about(type)}`
      : `${type.name} nodes, filtered by \`where\`, ordered and paged by \`sort\`, \`limit\` and \`offset\` (generated CRUD API).${about(type)}`;
  }
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const match = /^(create|update|delete)(\w+)$/.exec(field.name);
    const type = match && nodeOf(lowerFirst(match[2]));
    if (field.description || !match || !type) continue;
    const verb = { create: "Creates", update: "Updates", delete: "Deletes" }[match[1] as "create" | "update" | "delete"];
    field.description = `${verb} ${type.name} nodes (generated CRUD API; needs a token that may write). Links are connected and disconnected, never created nested.`;
  }
  return schema;
}
