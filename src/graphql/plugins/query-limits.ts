/**
 * Limits against queries that would knock the server or the database over: depth, aliases, total
 * fields, an estimated cost, and page sizes. Checked on the resolved operation, before anything
 * executes; each refusal is a QUERY_TOO_COMPLEX (or, for a page size, BAD_USER_INPUT) error that
 * says which limit and by how much.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLNamedType,
  GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  valueFromASTUntyped,
} from "graphql";
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import { DEFAULT_LIMITS, Limits } from "../../config";
import { DocumentCache } from "../execution/document-cache";
import { MIN_PAGE, rangeMessage } from "../types/arguments";
import { ErrorCode, userError } from "../errors";

const PAGE_ARGUMENTS = new Set(["first", "limit"]);
/**
 * The field extension (set with type-graphql's @Extensions) of a field whose nested levels all come
 * from its root's one query, bounded by the root's own argument (orgTree's `children`, bounded by
 * `depth`): selecting it again adds fields, not depth.
 */
export const NESTS_IN_ONE_QUERY = "nestsInOneQuery";
/** The fields that open the schema's description (`__typename` is an ordinary scalar field). */
const INTROSPECTION_ROOTS = new Set(["__schema", "__type"]);

/** What measure() finds in an operation (exported, with measure and pageEstimator, for unit tests). */
export interface Shape {
  depth: number;
  aliases: number;
  fields: number;
  pageSizes: { field: string; argument: string; value: unknown }[];
  /** The variables the cost can depend on: those given to a page argument, @skip or @include. */
  costVariables: Set<string>;
}

/** Walks the operation once, following fragments; fragment cycles were already refused by validation. */
export function measure(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): Shape {
  const shape: Shape = { depth: 0, aliases: 0, fields: 0, pageSizes: [], costVariables: new Set() };
  // The type whose fields a selection set selects; unknown (undefined) only for a field that
  // validation would refuse, which then counts as any other.
  const typeOf = (name: string | undefined): GraphQLNamedType | undefined => (name === undefined ? undefined : schema.getType(name) ?? undefined);
  const visit = (set: SelectionSetNode, depth: number, parent: GraphQLNamedType | undefined): void => {
    for (const selection of set.selections) {
      for (const directive of selection.directives ?? []) {
        for (const argument of directive.arguments ?? []) if (argument.value.kind === Kind.VARIABLE) shape.costVariables.add(argument.value.name.value);
      }
      if (selection.kind === Kind.FIELD) {
        visitField(selection, depth, parent);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, depth, typeOf(selection.typeCondition?.name.value) ?? parent);
      } else {
        const fragment = fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet, depth, typeOf(fragment.typeCondition.name.value));
      }
    }
  };
  const visitField = (field: FieldNode, parentDepth: number, parent: GraphQLNamedType | undefined): void => {
    // Introspection is answered whatever the limits (graphql-js's own MaxIntrospectionDepthRule
    // bounds its nesting): tools such as GraphiQL and codegen send a query 15 levels deep. Its
    // root fields still count as fields and aliases, so a flood of them is refused as any other.
    if (INTROSPECTION_ROOTS.has(field.name.value)) {
      shape.fields += 1;
      if (field.alias) shape.aliases += 1;
      return;
    }
    const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[field.name.value] : undefined;
    // So all the levels orgTree documents (MAX_TREE_DEPTH) can be selected.
    const depth = definition?.extensions[NESTS_IN_ONE_QUERY] === true ? parentDepth : parentDepth + 1;
    shape.fields += 1;
    if (field.alias) shape.aliases += 1;
    shape.depth = Math.max(shape.depth, depth);
    for (const argument of field.arguments ?? []) {
      if (PAGE_ARGUMENTS.has(argument.name.value)) {
        if (argument.value.kind === Kind.VARIABLE) shape.costVariables.add(argument.value.name.value);
        shape.pageSizes.push({ field: field.name.value, argument: argument.name.value, value: valueFromASTUntyped(argument.value, variables) });
      }
    }
    if (field.selectionSet) visit(field.selectionSet, depth, definition && getNamedType(definition.type));
  };
  visit(operation.selectionSet, 0, schema.getRootType(operation.operation) ?? undefined);
  return shape;
}

/** A list field costs its children times the page it asks for, or the assumed size when it does not say. */
export function pageEstimator(assumedListSize: number): ComplexityEstimator {
  return ({ args, childComplexity, field, type }) => {
    // Introspection costs nothing here (see measure): tools must always be able to read the schema.
    if (INTROSPECTION_ROOTS.has(field.name) || type.name.startsWith("__")) return 0;
    const page = [args.first, args.limit].find((v): v is number => typeof v === "number");
    const isList = /\[/.test(String(field.type));
    const items = page ?? (isList ? assumedListSize : 1);
    return 1 + childComplexity * Math.max(items, 1);
  };
}

/** The estimated cost, or undefined when the variables do not fit the operation: execution then refuses them with BAD_USER_INPUT. */
export function estimateCost(schema: GraphQLSchema, query: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>, limits: Limits): number | undefined {
  try {
    return getComplexity({
      schema,
      query,
      operationName,
      variables,
      // A field may state its own cost (as OrgTreeNode.children does); otherwise pages and lists decide.
      estimators: [fieldExtensionsEstimator(), pageEstimator(limits.assumedListSize), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch {
    return undefined;
  }
}

/** Enough to keep every page-size combination a client really sends; a client cycling through more only misses. */
const COSTS_KEPT_PER_DOCUMENT = 64;

/**
 * The cost, computed once per document and values of its cost variables. Estimating walks the
 * whole operation against the schema (0.15 ms a request here, as much as the rest of Apollo's
 * pipeline), and the cost reads no other variable, so a request that differs only in ids or dates
 * reuses it. A failed estimate is not kept: other variables could make the same key fit.
 */
function costCache(schema: GraphQLSchema, limits: Limits) {
  const costs = new DocumentCache<number>(COSTS_KEPT_PER_DOCUMENT);
  return (document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>, costVariables: Set<string>): number | undefined => {
    // An absent variable takes its default, a null one does not: the key tells them apart.
    const given = [...costVariables].sort().map((name) => [name, name in variables, variables[name] ?? null]);
    const key = JSON.stringify([operationName ?? null, given]);
    return costs.get(document, key, () => estimateCost(schema, document, operationName, variables, limits));
  };
}

const tooComplex = (message: string, limit: string, value: number, max: number) =>
  userError(ErrorCode.QUERY_TOO_COMPLEX, message, { limit, value, max, http: { status: 400 } });

export function queryLimits(schema: GraphQLSchema, limits: Limits = DEFAULT_LIMITS): ApolloServerPlugin {
  const costOf = costCache(schema, limits);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const variables = request.variables ?? {};
          const shape = measure(schema, operation, fragments, variables);
          if (shape.depth > limits.maxDepth) {
            throw tooComplex(`The query is ${shape.depth} levels deep; at most ${limits.maxDepth} are allowed.`, "depth", shape.depth, limits.maxDepth);
          }
          if (shape.aliases > limits.maxAliases) {
            throw tooComplex(`The query uses ${shape.aliases} aliases; at most ${limits.maxAliases} are allowed.`, "aliases", shape.aliases, limits.maxAliases);
          }
          if (shape.fields > limits.maxFields) {
            throw tooComplex(`The query selects ${shape.fields} fields; at most ${limits.maxFields} are allowed.`, "fields", shape.fields, limits.maxFields);
          }
          for (const { field, argument, value } of shape.pageSizes) {
            if (typeof value === "number" && (value > limits.maxPageSize || value < MIN_PAGE)) {
              throw userError(ErrorCode.BAD_USER_INPUT, rangeMessage(argument, value, MIN_PAGE, limits.maxPageSize), {
                argument,
                field,
                http: { status: 400 },
              });
            }
          }
          const cost = costOf(document, operation.name?.value, variables, shape.costVariables) ?? 0;
          if (cost > limits.maxCost) {
            throw tooComplex(
              `The query's estimated cost is ${cost}; at most ${limits.maxCost} is allowed. Ask for smaller pages (first/limit) or fewer nested lists.`,
              "cost",
              cost,
              limits.maxCost,
            );
          }
        },
      };
    },
  };
}
