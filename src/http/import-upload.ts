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
import { canWrite, TokenVerifier, Viewer } from "../auth/verify-token";
import { ErrorCode, INTERNAL_ERROR_MESSAGE } from "../graphql/errors";
import { importSpreadsheet } from "../interchange/spreadsheet/import-sheet";
import { isTemplateName, TEMPLATE_NAMES } from "../interchange/spreadsheet/templates";
import { writeTemplate } from "../interchange/spreadsheet/write-template";

/** Excel's own limit is about a million rows; a register of 100,000 rows is a few MB. */
export const MAX_UPLOAD_BYTES = 32 * 1024 * 1024;

export function isImportPath(url: string | undefined): boolean {
  const path = (url ?? "").split("?", 1)[0];
  return path === "/import" || path === "/import/" || path.startsWith("/import/templates/");
}

const TEMPLATE_PATH = /^\/import\/templates\/([a-z]+)\.xlsx$/;

class RequestProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

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
      stream.on("limit", () => fail(new RequestProblem(413, ErrorCode.BAD_USER_INPUT, `The file is larger than ${maxBytes / 1024 / 1024} MB.`)));
      stream.on("end", () => (upload.file = { name: info.filename || "upload", bytes: Buffer.concat(chunks) }));
    });
    parser.on("error", () => fail(new RequestProblem(400, ErrorCode.BAD_USER_INPUT, "The multipart body could not be read.")));
    parser.on("close", () => {
      if (!failed) resolve(upload);
    });
    req.pipe(parser);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
}

const errorBody = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

export function importUpload(driver: Driver, verifyToken: TokenVerifier, logger: Logger, maxBytes = MAX_UPLOAD_BYTES): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      // The rest of a refused body may be unread: close the connection rather than drain it.
      if (!res.headersSent) res.setHeader("connection", "close");
      if (error instanceof RequestProblem) return sendJson(res, error.status, errorBody(error.code, error.message));
      const extensions = (error as { extensions?: { code?: string; http?: { status?: number } } }).extensions;
      if (extensions?.code === ErrorCode.UNAUTHENTICATED) return sendJson(res, 401, errorBody(ErrorCode.UNAUTHENTICATED, (error as Error).message));
      logger.error({ err: error }, "a spreadsheet upload failed");
      if (res.headersSent) return void res.destroy();
      sendJson(res, 500, errorBody(ErrorCode.INTERNAL_SERVER_ERROR, INTERNAL_ERROR_MESSAGE));
    });
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
    if (req.method !== "POST") {
      res.setHeader("allow", "POST");
      throw new RequestProblem(405, ErrorCode.BAD_USER_INPUT, "Send the sheet with POST.");
    }
    // Who asks is settled before the body is read: a reader's upload is not even parsed.
    const viewer: Viewer = await verifyToken(req.headers.authorization);
    if (!viewer.authenticated) throw new RequestProblem(401, ErrorCode.UNAUTHENTICATED, "Importing needs a bearer token with the editor role.");
    if (!canWrite(viewer)) throw new RequestProblem(403, ErrorCode.FORBIDDEN, "This token's roles do not allow importing: it needs the editor role.");
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
    });
    sendJson(res, report.ok ? 200 : 422, report);
  }
}
