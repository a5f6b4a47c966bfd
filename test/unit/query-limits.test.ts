import {
  buildSchema,
  FragmentDefinitionNode,
  GraphQLID,
  GraphQLList,
  GraphQLObjectType,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  parse,
} from "graphql";
import { DEFAULT_LIMITS } from "../../src/config";
import { estimateCost, measure, NESTS_IN_ONE_QUERY } from "../../src/graphql/plugins/query-limits";

/** orgTree's shape in small: a tree node whose `children` carry the extension, and a plain nested list. */
const Ref: GraphQLObjectType = new GraphQLObjectType({ name: "Ref", fields: { id: { type: GraphQLID } } });
const TreeNode: GraphQLObjectType = new GraphQLObjectType({
  name: "TreeNode",
  fields: () => ({ node: { type: Ref }, children: { type: new GraphQLList(TreeNode), extensions: { [NESTS_IN_ONE_QUERY]: true } } }),
});
const Area: GraphQLObjectType = new GraphQLObjectType({ name: "Area", fields: () => ({ id: { type: GraphQLID }, children: { type: new GraphQLList(Area) } }) });
const TREE_SCHEMA = new GraphQLSchema({
  query: new GraphQLObjectType({ name: "Query", fields: { orgTree: { type: TreeNode, args: { rootId: { type: GraphQLID } } }, areas: { type: new GraphQLList(Area) } } }),
});

/** The arithmetic of the query limits (src/graphql/plugins/query-limits.ts), on documents and a small schema. */
describe("query limits: measuring an operation", () => {
  const shapeOf = (text: string, variables: Record<string, unknown> = {}) => {
    const document = parse(text);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const fragments = Object.fromEntries(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
    );
    return measure(TREE_SCHEMA, operation, fragments, variables);
  };

  it("counts depth in fields, fragments adding none", () => {
    expect(shapeOf("{ a }").depth).toBe(1);
    expect(shapeOf("{ a { b { c } } }").depth).toBe(3);
    expect(shapeOf("{ a { ... on T { b { ...F } } } } fragment F on T { c { d } }").depth).toBe(4);
    expect(shapeOf("{ a { b } x { y { z { w } } } }").depth).toBe(4); // the deepest branch
  });

  it("counts every field and alias, through fragments, as often as they are spread", () => {
    const shape = shapeOf("{ one: a { id } two: a { id } ...F ...F } fragment F on Query { b c: d }");
    expect(shape.fields).toBe(4 + 2 * 2);
    expect(shape.aliases).toBe(2 + 2 * 1);
  });

  it("lets introspection and orgTree's nested levels add no depth, but counts __typename's aliases", () => {
    expect(shapeOf("{ __schema { types { fields { type { ofType { ofType { name } } } } } } }").depth).toBe(0);
    expect(shapeOf("{ orgTree(rootId: 1) { children { children { children { node { id } } } } } }").depth).toBe(3); // orgTree, node, id
    expect(shapeOf("{ orgTree(rootId: 1) { ...Levels } } fragment Levels on TreeNode { children { children { node { id } } } }").depth).toBe(3);
    expect(shapeOf("{ areas { children { children { id } } } }").depth).toBe(4); // a field named children is not enough: the extension is
    const flood = shapeOf(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(" ")} }`);
    expect(flood.aliases).toBe(31);
  });

  it("reads page sizes from literals and variables, and notes the variables the cost depends on", () => {
    const shape = shapeOf(
      "query ($n: Int, $deep: Boolean!, $id: ID) { areas(limit: 5) { subAreas(first: $n) @include(if: $deep) { id } } area(id: $id) { id } }",
      { n: 1000, deep: true, id: "x" },
    );
    expect(shape.pageSizes).toEqual([
      { field: "areas", argument: "limit", value: 5 },
      { field: "subAreas", argument: "first", value: 1000 },
    ]);
    // Not $id: a request that differs only in ids reuses the cost.
    expect([...shape.costVariables].sort()).toEqual(["deep", "n"]);
  });

  it("leaves a page size it is not given as undefined (the field's default applies)", () => {
    expect(shapeOf("query ($n: Int) { areas(limit: $n) { id } }").pageSizes).toEqual([{ field: "areas", argument: "limit", value: undefined }]);
  });
});

describe("query limits: the estimated cost", () => {
  const schema = buildSchema(`
    type Query { areas(limit: Int, first: Int): [Area!]!  area(id: ID): Area  count: Int }
    type Area { id: ID  name: String  subAreas(limit: Int): [Area!]! }
  `);
  const cost = (text: string, variables: Record<string, unknown> = {}) => estimateCost(schema, parse(text), undefined, variables, DEFAULT_LIMITS);
  const assumed = DEFAULT_LIMITS.assumedListSize;

  it("costs a scalar 1, and an object its fields plus one", () => {
    expect(cost("{ count }")).toBe(1);
    expect(cost('{ area(id: "x") { id name } }')).toBe(1 + 2);
  });

  it("multiplies a list's children by its page, or by the assumed list size", () => {
    expect(cost("{ areas(limit: 7) { id name } }")).toBe(1 + 2 * 7);
    expect(cost("{ areas(first: 7) { id } }")).toBe(1 + 7);
    expect(cost("{ areas { id } }")).toBe(1 + assumed);
    // A page of 0 still costs its children once: the request is checked, not free.
    expect(cost("{ areas(limit: 0) { id } }")).toBe(2);
  });

  it("multiplies nested pages", () => {
    expect(cost("{ areas(limit: 1000) { subAreas(limit: 1000) { id } } }")).toBe(1 + 1000 * (1 + 1000));
    expect(cost("{ areas(limit: 1000) { subAreas(limit: 1000) { id } } }")!).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    expect(cost("{ areas(limit: 10) { subAreas(limit: 10) { id } } }")!).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
  });

  it("reads pages from variables, and gives up (undefined) when the variables do not fit", () => {
    expect(cost("query ($n: Int) { areas(limit: $n) { id } }", { n: 5 })).toBe(6);
    expect(cost("query ($n: Int) { areas(limit: $n) { id } }", { n: "five" })).toBeUndefined();
  });
});
