import type { RequestHandler } from "express";

/**
 * Refuses to send a GraphQL answer over `maxBytes`: a query that slipped past the cost estimate
 * must not push tens of megabytes through the server's memory and the client's connection. The
 * body is complete when Apollo ends the response, so its size is known before it is sent.
 */
export function responseSizeCap(maxBytes: number): RequestHandler {
  return (_req, res, next) => {
    const end = res.end.bind(res) as (...args: unknown[]) => typeof res;
    res.end = ((...args: unknown[]) => {
      const [chunk] = args;
      const size = typeof chunk === "string" ? Buffer.byteLength(chunk) : Buffer.isBuffer(chunk) ? chunk.length : 0;
      if (size > maxBytes && !res.headersSent) {
        res.status(400);
        res.setHeader("content-type", "application/json; charset=utf-8");
        const body = JSON.stringify({
          errors: [
            {
              message: `The answer would be ${(size / 1048576).toFixed(1)} MB, over the limit of ${(maxBytes / 1048576).toFixed(0)} MB: ask for fewer fields or smaller lists`,
              extensions: { code: "RESPONSE_TOO_LARGE", bytes: size, maxBytes },
            },
          ],
        });
        res.removeHeader("content-length");
        return end(body);
      }
      return end(...args);
    }) as typeof res.end;
    next();
  };
}
