import path from "node:path";
import express from "express";
import type { Driver } from "neo4j-driver";
import { checkHealth } from "../database/health";
import { ROOT } from "../paths";
import { IDE_DIR } from "./ide";
import { unpairedCsv } from "./planner-csv";

/** The explorer's static build (explorer/, built by Vite). */
const EXPLORER_DIR = path.join(ROOT, "dist", "explorer");

export interface SiteOptions {
  /** The data are synthetic (npm run demo): /site.json says so, and the explorer on every page. */
  demo: boolean;
}

/** Everything but GraphQL requests: `/` (to the explorer), `/explorer`, `/ide` (GraphiQL), `/site.json`, `/health` and the planner's downloads. */
export function site(driver: Driver, options: SiteOptions = { demo: false }): express.Express {
  const app = express();
  app.disable("x-powered-by");
  // What the explorer must tell its reader about the data it shows, whichever view they open first.
  app.get("/site.json", (_req, res) => {
    res.json({ demo: options.demo, data: options.demo ? "synthetic" : "sources" });
  });
  app.get("/", (_req, res) => res.redirect("/explorer/"));
  app.use("/explorer", express.static(EXPLORER_DIR), (_req, res) => {
    res.status(404).type("text").send("The explorer is not built: run `npm run build:explorer` (npm start does it).");
  });
  app.get(["/graphql", "/graphql/"], (_req, res) => res.redirect("/ide/"));
  app.use("/ide", express.static(IDE_DIR), (_req, res) => {
    res.status(404).type("text").send("The GraphQL IDE is not built: run `npm run build:ide` (npm start does it).");
  });
  // Express 5 passes a rejected promise (the database down) to its error handler.
  app.get("/planner/unpaired.csv", unpairedCsv(driver));
  app.get("/health", async (_req, res) => {
    const health = await checkHealth(driver);
    res.status(health.status === "ok" ? 200 : 503).json(health);
  });
  return app;
}
