import type { EntityManager } from "typeorm";
import type { RequestContext } from "./context";

/**
 * Declares a module's per-request loaders: `perRequest(createXLoaders)` returns a getter that builds
 * them on first use for a request and hands back the same instance for the rest of it. They hang off
 * the request context object (a WeakMap entry dies with the request), so DataLoader caches are never
 * shared between users, and the context needs to know no module.
 */
export function perRequest<T>(factory: (db: EntityManager) => T): (ctx: RequestContext) => T {
  const byRequest = new WeakMap<RequestContext, T>();
  return (ctx) => {
    let loaders = byRequest.get(ctx);
    if (!loaders) {
      loaders = factory(ctx.db);
      byRequest.set(ctx, loaders);
    }
    return loaders;
  };
}
