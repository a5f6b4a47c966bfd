import path from "node:path";
import express from "express";
import type { Driver } from "neo4j-driver";
import { checkHealth } from "../database/health";
import { ROOT } from "../paths";
import { IDE_DIR } from "./ide";

/** The explorer's static build (explorer/, built by Vite). */
const EXPLORER_DIR = path.join(ROOT, "dist", "explorer");

/** Everything but GraphQL requests: `/` (to the explorer), `/explorer`, `/ide` (GraphiQL) and `/health`. */
export function site(driver: Driver): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.get("/", (_req, res) => res.redirect("/explorer/"));
  app.use("/explorer", express.static(EXPLORER_DIR), (_req, res) => {
    res.status(404).type("text").send("The explorer is not built: run `npm run build:explorer` (npm start does it).");
  });
  app.get(["/graphql", "/graphql/"], (_req, res) => res.redirect("/ide/"));
  app.use("/ide", express.static(IDE_DIR), (_req, res) => {
    res.status(404).type("text").send("The GraphQL IDE is not built: run `npm run build:ide` (npm start does it).");
  });
  app.get("/health", async (_req, res) => {
    const health = await checkHealth(driver);
    res.status(health.status === "ok" ? 200 : 503).json(health);
  });
  return app;
}
