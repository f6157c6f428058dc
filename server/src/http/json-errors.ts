import type { ErrorRequestHandler } from "express";
import type { Logger } from "pino";

/** What body-parser and the other middleware put on the errors they pass on. */
interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

/** Error codes by body-parser's `type`, so clients can tell a too-large body from bad JSON. */
const CODES_BY_TYPE: Record<string, string> = {
  "entity.too.large": "PAYLOAD_TOO_LARGE",
  "entity.parse.failed": "BAD_REQUEST",
  "encoding.unsupported": "UNSUPPORTED_ENCODING",
  "charset.unsupported": "UNSUPPORTED_CHARSET",
  "request.aborted": "BAD_REQUEST",
  "request.size.invalid": "BAD_REQUEST",
  "stream.encoding.set": "INTERNAL_SERVER_ERROR",
  "parameters.too.many": "PAYLOAD_TOO_LARGE",
};

const MESSAGES_BY_CODE: Record<string, string> = {
  PAYLOAD_TOO_LARGE: "The request body is too large.",
  BAD_REQUEST: "The request body is not valid JSON.",
  UNSUPPORTED_ENCODING: "The request body's content encoding is not supported.",
  UNSUPPORTED_CHARSET: "The request body's charset is not supported; send UTF-8.",
};

/**
 * The last error handler: every error that reaches express is answered in the GraphQL error shape
 * (`{ errors: [{ message, extensions: { code } }] }`), never as express's HTML page with a stack.
 */
export function jsonErrorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const httpError = (typeof error === "object" && error !== null ? error : {}) as HttpError;
    const status = httpError.status ?? httpError.statusCode ?? 500;
    const clientError = status >= 400 && status < 500;
    const code =
      (httpError.type && CODES_BY_TYPE[httpError.type]) ?? (clientError ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR");
    if (!clientError) log.error({ err: error }, "unexpected HTTP error");
    const message =
      MESSAGES_BY_CODE[code] ?? (clientError ? "The request was not understood." : "Internal server error.");
    res.status(clientError ? status : 500).json({ errors: [{ message, extensions: { code } }] });
  };
}
