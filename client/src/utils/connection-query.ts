import type { LocationQuery, LocationQueryRaw } from "vue-router";
import { CONNECTION_LIMITS } from "@album/shared";

/** A search of the connection finder as the URL keeps it: ?from=…&to=…&avoid=a,b&paths=5&depth=4. */
export interface ConnectionRequest {
  fromId: string;
  toId: string;
  avoid: string[];
  maxPaths: number;
  maxDepth: number;
}

const first = (value: LocationQuery[string] | undefined): string => {
  const raw = Array.isArray(value) ? value[0] : value;
  return typeof raw === "string" ? raw.trim() : "";
};

function bounded(value: LocationQuery[string] | undefined, limits: { default: number; max: number }): number {
  const parsed = Number(first(value));
  return Number.isInteger(parsed) && parsed >= 1 && parsed <= limits.max ? parsed : limits.default;
}

/** The request a URL asks for, or null without both ends; out-of-range numbers fall back to the defaults. */
export function parseConnectionQuery(query: LocationQuery): ConnectionRequest | null {
  const fromId = first(query.from);
  const toId = first(query.to);
  if (!fromId || !toId) return null;
  const avoid = [
    ...new Set(
      first(query.avoid)
        .split(",")
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ].slice(0, CONNECTION_LIMITS.avoid.max);
  return {
    fromId,
    toId,
    avoid,
    maxPaths: bounded(query.paths, CONNECTION_LIMITS.paths),
    maxDepth: bounded(query.depth, CONNECTION_LIMITS.depth),
  };
}

/** The URL query of a request; defaults are left out so that links stay short. */
export function connectionQuery(request: ConnectionRequest): LocationQueryRaw {
  const query: LocationQueryRaw = { from: request.fromId, to: request.toId };
  if (request.avoid.length > 0) query.avoid = request.avoid.join(",");
  if (request.maxPaths !== CONNECTION_LIMITS.paths.default) query.paths = String(request.maxPaths);
  if (request.maxDepth !== CONNECTION_LIMITS.depth.default) query.depth = String(request.maxDepth);
  return query;
}
