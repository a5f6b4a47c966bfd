/** Partial dates in Cypher: the same padding as graph/dates.ts firstDay, for a property that may be null. */
export const cypherFirstDay = (expression: string): string => `left(${expression} + '-01-01', 10)`;
