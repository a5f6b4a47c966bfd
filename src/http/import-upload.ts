/**
 * `POST /import`: a spreadsheet register sent by an editor (multipart/form-data, parsed by busboy),
 * answered with the same report `npm run import` prints, as JSON. Fields: `file` (the .xlsx or .csv),
 * `template` (pairings, members, needs, resources), optional `createMissing` ("true") and `area`.
 * 200: imported; 422: refused, with every bad row, nothing written; 400/401/403/413: the request itself.
 * `GET /import/templates/NAME.xlsx` serves the empty register `npm run template` writes, to anyone.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import busboy from "busboy";
import type { Driver } from "neo4j-driver";
import type { Logger } from "pino";
import type { TokenVerifier } from "../auth/verify-token";
import { ErrorCode } from "../graphql/errors";
import { importSpreadsheet } from "../interchange/spreadsheet/import-sheet";
import { isTemplateName, TEMPLATE_NAMES } from "../interchange/spreadsheet/templates";
import { writeTemplate } from "../interchange/spreadsheet/write-template";
import { editorPosting, RequestProblem, sendFailure, sendJson, sizeLabel } from "./refusals";

/** Excel's own limit is about a million rows; a register of 100,000 rows is a few MB. */
export const MAX_UPLOAD_BYTES = 32 * 1024 * 1024;

/**
 * Rows one upload may hold. The server runs with a 256 MB heap (package.json's server_node_flags),
 * and a sheet is read, checked and written in memory: a 100,000-row pairings register (300,001
 * records) went in through POST /import at a peak of 359 MB RSS, while 32 MB of XLSX can hold over a
 * million rows and would end the process. Larger registers go through `npm run import`.
 */
export const MAX_UPLOAD_ROWS = 100_000;

export function isImportPath(url: string | undefined): boolean {
  const path = (url ?? "").split("?", 1)[0];
  return path === "/import" || path === "/import/" || path.startsWith("/import/templates/");
}

const TEMPLATE_PATH = /^\/import\/templates\/([a-z]+)\.xlsx$/;

interface Upload {
  fields: Record<string, string>;
  file?: { name: string; bytes: Buffer };
}

/** Reads the form: one file, a few short fields; too large a file is refused, not truncated. */
function readForm(req: IncomingMessage, maxBytes: number): Promise<Upload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      // Browsers send a file name as raw UTF-8; busboy would read it as Latin-1 (台账.csv as å°è´¦.csv).
      parser = busboy({ headers: req.headers, defParamCharset: "utf8", limits: { files: 1, fields: 10, fieldSize: 1024, fileSize: maxBytes } });
    } catch {
      return reject(new RequestProblem(400, ErrorCode.BAD_USER_INPUT, "Send the sheet as multipart/form-data, with the file in the field `file`."));
    }
    const upload: Upload = { fields: {} };
    let failed = false;
    const fail = (problem: RequestProblem): void => {
      failed = true;
      reject(problem);
    };
    parser.on("field", (name, value) => (upload.fields[name] = value));
    parser.on("file", (name, stream, info) => {
      if (name !== "file") return void stream.resume();
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () => fail(new RequestProblem(413, ErrorCode.BAD_USER_INPUT, `The file is larger than ${sizeLabel(maxBytes)}.`)));
      stream.on("end", () => (upload.file = { name: info.filename || "upload", bytes: Buffer.concat(chunks) }));
    });
    parser.on("error", () => fail(new RequestProblem(400, ErrorCode.BAD_USER_INPUT, "The multipart body could not be read.")));
    parser.on("close", () => {
      if (!failed) resolve(upload);
    });
    req.pipe(parser);
  });
}

export function importUpload(
  driver: Driver,
  verifyToken: TokenVerifier,
  logger: Logger,
  { maxBytes = MAX_UPLOAD_BYTES, maxRows = MAX_UPLOAD_ROWS }: { maxBytes?: number; maxRows?: number } = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(req, res).catch((error: unknown) => sendFailure(req, res, error, logger, "a spreadsheet upload"));
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "").split("?", 1)[0];
    if (path.startsWith("/import/templates/")) {
      const name = TEMPLATE_PATH.exec(path)?.[1];
      if (req.method !== "GET" || !isTemplateName(name)) throw new RequestProblem(404, ErrorCode.NOT_FOUND, `No such template: GET /import/templates/{${TEMPLATE_NAMES.join(",")}}.xlsx`);
      const bytes = await writeTemplate(name);
      res.writeHead(200, {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename="${name}.xlsx"`,
        "content-length": bytes.length,
      });
      return void res.end(bytes);
    }
    const viewer = await editorPosting(req, res, verifyToken, { sends: "the sheet", doing: "Importing" });
    const { fields, file } = await readForm(req, maxBytes);
    if (!file) throw new RequestProblem(400, ErrorCode.BAD_USER_INPUT, "No file: send the sheet in the form field `file`.");
    if (!isTemplateName(fields.template)) throw new RequestProblem(400, ErrorCode.BAD_USER_INPUT, `The field \`template\` must be one of ${TEMPLATE_NAMES.join(", ")}.`);
    const subject = typeof viewer.jwt?.sub === "string" ? viewer.jwt.sub : "editor";
    const report = await importSpreadsheet(driver, file.bytes, {
      template: fields.template,
      fileName: file.name,
      importedBy: subject,
      createMissing: /^(true|1|on|yes)$/i.test(fields.createMissing ?? ""),
      area: fields.area || undefined,
      maxRows,
    });
    sendJson(res, report.ok ? 200 : 422, report);
  }
}
