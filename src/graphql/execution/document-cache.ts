import type { ASTNode } from "graphql";

/**
 * Values worked out once per parsed document, or per node of one (a field), and a key within it
 * (an operation name, variables). Apollo hands back the same DocumentNode for the same query text
 * (its document store), so the values live as long as Apollo keeps the document. An undefined
 * value is never kept: it means "could not be worked out", and the next request tries again.
 */
export class DocumentCache<T> {
  private readonly byNode = new WeakMap<ASTNode, Map<string, T>>();

  /** @param perNode how many keys one document (or node) keeps; beyond that its keys start over. */
  constructor(private readonly perNode = Infinity) {}

  get(node: ASTNode, key: string, compute: () => T): T;
  get(node: ASTNode, key: string, compute: () => T | undefined): T | undefined;
  get(node: ASTNode, key: string, compute: () => T | undefined): T | undefined {
    let values = this.byNode.get(node);
    if (!values) this.byNode.set(node, (values = new Map()));
    const known = values.get(key);
    if (known !== undefined) return known;
    const value = compute();
    if (value === undefined) return undefined;
    if (values.size >= this.perNode) values.clear();
    values.set(key, value);
    return value;
  }
}
