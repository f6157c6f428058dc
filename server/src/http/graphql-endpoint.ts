import type http from "node:http";
import type { Express, ErrorRequestHandler, Request, RequestHandler, Response } from "express";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import type { Logger } from "pino";

/**
 * `/graphql` served straight from Node's HTTP server, beside express rather than inside it.
 *
 * Why: measured per request on the directory's first page (CPU of the server process, 10
 * connections), the express stack in front of Apollo cost more than Apollo, the planner, the SQL
 * and the answer together: ~0.34 ms of ~0.9 ms. Two routers (the app's and the mounted GraphQL app's),
 * helmet's twelve middlewares, pino-http's per-request child logger and listeners even with request
 * logs off, compression's wrapper around every response, and `res.send`'s checks. None of it is
 * needed per request here: the security headers are the same for every answer (helmet computes them
 * once), the request log is one line when it is on, and compression only matters for answers big
 * enough to gain from it.
 *
 * What stays the same: express's request and response objects (so `req.ip` follows `trust proxy` and
 * `res.cookie` sets the session cookie as before), body-parser's JSON parsing with its limit, the
 * cookie parser, the JSON error bodies of `http/json-errors.ts`, the `compression` middleware for
 * answers of 1 KB and more, the response size cap, and Apollo's own HTTP handling (CSRF prevention,
 * GET queries, methods, status codes).
 */
export interface GraphQLEndpointOptions<Context extends BaseContext> {
  /** The app whose request and response prototypes (and settings, e.g. trust proxy) requests get. */
  app: Express;
  apollo: ApolloServer<Context>;
  context: (req: Request, res: Response) => Promise<Context>;
  /** Run for every request before anything else (e.g. the SQL counter's AsyncLocalStorage). */
  around?: (req: http.IncomingMessage, handle: () => void) => void;
  /** Headers every answer carries (see `headersOf`). */
  headers: ReadonlyArray<readonly [string, string | number | readonly string[]]>;
  parseBody: RequestHandler;
  parseCookies: RequestHandler;
  compress: RequestHandler;
  onError: ErrorRequestHandler;
  maxResponseBytes: number;
  log: Logger;
}

/** Below this an answer goes out uncompressed (compression's own default threshold). */
const COMPRESSION_THRESHOLD_BYTES = 1024;

/** Whether a request URL is the GraphQL endpoint's: the path `/graphql`, with or without a query string. */
export function isGraphQLPath(url: string | undefined): boolean {
  if (!url?.startsWith("/graphql")) return false;
  return url.length === 8 || url[8] === "?";
}

/**
 * The headers a middleware that only sets headers (helmet) sets, computed once. Throws if it did
 * anything else, e.g. depended on the request or called on asynchronously.
 */
export function headersOf(middleware: RequestHandler): [string, string | number | readonly string[]][] {
  const headers = new Map<string, [string, string | number | readonly string[]]>();
  const response = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.set(name.toLowerCase(), [name, value]);
    },
    removeHeader(name: string) {
      headers.delete(name.toLowerCase());
    },
  };
  let passedOn = false;
  let failure: unknown;
  middleware({ headers: {} } as Request, response as unknown as Response, (error?: unknown) => {
    passedOn = true;
    failure = error;
  });
  if (!passedOn || failure) throw new Error("the header middleware did not pass the request on at once");
  return [...headers.values()];
}

export function graphqlEndpoint<Context extends BaseContext>(
  options: GraphQLEndpointOptions<Context>,
): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  const { app, apollo, headers, log } = options;
  let requestIds = 0;

  const fail = (error: unknown, req: Request, res: Response) => {
    options.onError(error, req, res, (unhandled?: unknown) => {
      log.error({ err: unhandled }, "GraphQL request failed after its answer began");
      res.destroy();
    });
  };

  const answer = async (req: Request, res: Response) => {
    const headerMap = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headerMap.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const queryStart = req.url.indexOf("?");
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method.toUpperCase(),
        headers: headerMap,
        search: queryStart < 0 ? "" : req.url.slice(queryStart),
        body: req.body as unknown,
      },
      context: () => options.context(req, res),
    });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === "chunked") {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
      return;
    }
    send(req, res, result.body.string);
  };

  const send = (req: Request, res: Response, answered: string) => {
    let body = answered;
    let size = Buffer.byteLength(body);
    if (size > options.maxResponseBytes) {
      res.statusCode = 400;
      res.setHeader("content-type", "application/json; charset=utf-8");
      body = JSON.stringify({
        errors: [
          {
            message: `The answer would be ${(size / 1048576).toFixed(1)} MB, over the limit of ${(options.maxResponseBytes / 1048576).toFixed(0)} MB: ask for fewer fields or smaller lists`,
            extensions: { code: "RESPONSE_TOO_LARGE", bytes: size, maxBytes: options.maxResponseBytes },
          },
        ],
      });
      size = Buffer.byteLength(body);
    }
    res.setHeader("content-length", size);
    if (size < COMPRESSION_THRESHOLD_BYTES || !req.headers["accept-encoding"]) {
      res.end(body);
      return;
    }
    // compression negotiates the encoding, drops Content-Length and compresses what `end` is given.
    options.compress(req, res, (error?: unknown) => (error ? fail(error, req, res) : res.end(body)));
  };

  const logRequest = (req: Request, res: Response, id: number) => {
    const started = process.hrtime.bigint();
    const line = (event: string) => ({
      req: { id, method: req.method, path: req.url.split("?")[0] },
      res: { statusCode: res.statusCode },
      responseTime: Number((process.hrtime.bigint() - started) / 1_000_000n),
      msg: event,
    });
    res.once("finish", () => {
      const entry = line("request completed");
      if (res.statusCode >= 500) log.error(entry);
      else log.info(entry);
    });
    res.once("close", () => {
      if (!res.writableFinished) log.warn(line("request aborted"));
    });
  };

  const handle = (incoming: http.IncomingMessage, outgoing: http.ServerResponse) => {
    // What express's app.handle does before routing: its request and response objects.
    const req = Object.setPrototypeOf(incoming, app.request) as Request;
    const res = Object.setPrototypeOf(outgoing, app.response) as Response;
    (req as { res?: Response }).res = res;
    (res as { req?: Request }).req = req;
    res.locals = Object.create(null) as Record<string, unknown>;
    for (const [name, value] of headers) res.setHeader(name, value);
    if (log.isLevelEnabled("info")) logRequest(req, res, ++requestIds);
    options.parseCookies(req, res, () => {
      options.parseBody(req, res, (error?: unknown) => {
        if (error) {
          fail(error, req, res);
          return;
        }
        answer(req, res).catch((failure: unknown) => fail(failure, req, res));
      });
    });
  };

  return (req, res) => (options.around ? options.around(req, () => handle(req, res)) : handle(req, res));
}
