/**
 * GraphiQL, built into dist/ide with the project (npm run build:ide) and served by the API itself at
 * GET /graphql (in a browser) and /ide: no CDN, so it works offline and where Apollo's is unreachable.
 * It sends requests to the same origin's /graphql and keeps the editor's tabs in local storage.
 */
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import "graphiql/graphiql.css";
import { createElement } from "react";
import { createRoot } from "react-dom/client";

const fetcher = createGraphiQLFetcher({ url: `${location.origin}/graphql` });

const EXAMPLE = `# The contract's operations, e.g. who is paired with whom as of a date:
query Partners {
  partners(orgId: "comm-fangyuan-yueju", asOf: "2024-06") {
    partner { id name type }
    pairing { id kind since until }
  }
}
`;

createRoot(document.getElementById("ide")!).render(createElement(GraphiQL, { fetcher, defaultQuery: EXAMPLE }));
