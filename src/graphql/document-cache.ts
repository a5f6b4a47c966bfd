import type { DocumentNode } from "graphql";

/**
 * Values worked out once per parsed document and a key within it (an operation name, variables).
 * Apollo hands back the same DocumentNode for the same query text (its document store), so the
 * values live as long as Apollo keeps the document. An undefined value is never kept: it means
 * "could not be worked out", and the next request tries again.
 */
export class DocumentCache<T> {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, T>>();

  /** @param perDocument how many keys one document keeps; beyond that its keys start over. */
  constructor(private readonly perDocument = Infinity) {}

  get(document: DocumentNode, key: string, compute: () => T): T;
  get(document: DocumentNode, key: string, compute: () => T | undefined): T | undefined;
  get(document: DocumentNode, key: string, compute: () => T | undefined): T | undefined {
    let values = this.byDocument.get(document);
    if (!values) this.byDocument.set(document, (values = new Map()));
    const known = values.get(key);
    if (known !== undefined) return known;
    const value = compute();
    if (value === undefined) return undefined;
    if (values.size >= this.perDocument) values.clear();
    values.set(key, value);
    return value;
  }
}
