/** The export formats (contract 4.5) and how each is written to its outputs. */
import type { Writable } from "node:stream";
import type { Driver } from "neo4j-driver";
import { exportGraph, ExportCounts } from "./export";
import { csvWriter } from "./export-csv";
import { exportFlat } from "./export-flat";
import { gexfWriter } from "./export-gexf";
import { graphmlWriter } from "./export-graphml";
import type { SliceOptions } from "./graph-slice";
import { writeTo } from "./sink";

export const EXPORT_FORMATS = ["ndjson", "graphml", "gexf", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const isExportFormat = (value: unknown): value is ExportFormat => (EXPORT_FORMATS as readonly unknown[]).includes(value);

/** What each single-file format is served as, and the file extension it is saved with. */
export const MEDIA: Record<Exclude<ExportFormat, "csv">, { type: string; extension: string }> = {
  ndjson: { type: "application/x-ndjson; charset=utf-8", extension: "ndjson" },
  graphml: { type: "application/graphml+xml; charset=utf-8", extension: "graphml" },
  gexf: { type: "application/gexf+xml; charset=utf-8", extension: "gexf" },
};

/** Writes one single-file format to `out`. */
export function exportTo(driver: Driver, format: Exclude<ExportFormat, "csv">, out: Writable, options: SliceOptions): Promise<ExportCounts> {
  switch (format) {
    case "ndjson":
      return exportGraph(driver, out, options);
    case "graphml":
      return exportFlat(driver, graphmlWriter(writeTo(out)), options);
    case "gexf":
      return exportFlat(driver, gexfWriter(writeTo(out)), options);
  }
}

/** Writes the CSV tables: both to a folder, or one of them alone (over HTTP). */
export function exportCsv(driver: Driver, out: { nodes?: Writable; links?: Writable }, options: SliceOptions): Promise<ExportCounts> {
  return exportFlat(driver, csvWriter({ nodes: out.nodes && writeTo(out.nodes), links: out.links && writeTo(out.links) }), options);
}
