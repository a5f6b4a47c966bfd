/** A fault the user can act on; its message is one line that names the cause. */
export class LauncherError extends Error {}

/** Every launcher fault ends with the way around the launcher altogether. */
export const WAY_AROUND = "or set NEO4J_URI to use a Neo4j 5 you already run";
