/**
 * The connection finder on the synthetic network (`--only path`, and part of the full run):
 * `connectionPaths` between fixed pseudo-random pairs of organisations, sequentially, warm (the
 * walk's graph cached for the network revision) and cold (the first request after a write).
 */
import type { DataSource } from "typeorm";
import { CONNECTION_LIMITS } from "@album/shared";
import { assertOk, median, percentile, post, round, table } from "./http";

const PATHS_QUERY = `query($from: ID!, $to: ID!, $avoid: [ID!], $paths: Int, $depth: Int) {
  connectionPaths(fromId: $from, toId: $to, avoid: $avoid, maxPaths: $paths, maxDepth: $depth) {
    onlyThroughAvoided
    paths { length steps { from { id name } to { id name } links { type direction since until projects } } }
  }
}`;

export interface PathVariantTiming {
  variant: string;
  requests: number;
  p50Ms: number;
  p90Ms: number;
  maxMs: number;
  found: number;
  meanPaths: number;
  meanLength: number;
  onlyThroughAvoided: number;
  sqlStatements: number | null;
}

export interface PathTiming {
  pairs: number;
  hubs: string[];
  coldMs: number[];
  variants: PathVariantTiming[];
}

interface Reply {
  connectionPaths: { onlyThroughAvoided: boolean; paths: { length: number }[] };
}

export async function measurePaths(url: string, dataSource: DataSource, pairCount: number): Promise<PathTiming> {
  // Fixed pairs for a given seed: organisations in the order of their ids' hashes.
  const rows = (await dataSource.query(
    `SELECT id FROM organisation WHERE archived_at IS NULL ORDER BY md5(id::text) LIMIT $1`,
    [pairCount * 2],
  )) as { id: string }[];
  const pairs = Array.from({ length: Math.floor(rows.length / 2) }, (_, index) => ({
    from: rows[index * 2]!.id,
    to: rows[index * 2 + 1]!.id,
  }));
  const hubsReply = await post(url, `{ networkHubs(first: 3) { id name } }`);
  assertOk("networkHubs", hubsReply);
  const hubs = (hubsReply.data as { networkHubs: { id: string; name: string }[] }).networkHubs;

  // Cold: every write bumps the network revision; the next search rebuilds the walk's graph.
  const coldMs: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    await dataSource.query(`SELECT nextval('network_revision')`);
    const reply = await post(url, PATHS_QUERY, { ...pairs[run % pairs.length] });
    assertOk("connectionPaths (cold)", reply);
    coldMs.push(round(reply.ms, 1));
  }

  const variants: { variant: string; variables: (pair: { from: string; to: string }) => Record<string, unknown> }[] = [
    {
      variant: `default (${CONNECTION_LIMITS.paths.default} paths, depth ${CONNECTION_LIMITS.depth.default})`,
      variables: (pair) => pair,
    },
    {
      variant: `${CONNECTION_LIMITS.paths.max} paths, depth ${CONNECTION_LIMITS.depth.max}`,
      variables: (pair) => ({ ...pair, paths: CONNECTION_LIMITS.paths.max, depth: CONNECTION_LIMITS.depth.max }),
    },
    {
      variant: `${CONNECTION_LIMITS.paths.max} paths avoiding the 3 best-linked hubs`,
      variables: (pair) => ({
        ...pair,
        paths: CONNECTION_LIMITS.paths.max,
        avoid: hubs.map((hub) => hub.id).filter((id) => id !== pair.from && id !== pair.to),
      }),
    },
  ];
  const timings: PathVariantTiming[] = [];
  for (const { variant, variables } of variants) {
    assertOk(`connectionPaths ${variant} (warm-up)`, await post(url, PATHS_QUERY, variables(pairs[0]!)));
    const times: number[] = [];
    let found = 0;
    let paths = 0;
    let steps = 0;
    let onlyThroughAvoided = 0;
    let sqlStatements: number | null = null;
    for (const pair of pairs) {
      const reply = await post(url, PATHS_QUERY, variables(pair));
      assertOk(`connectionPaths ${variant}`, reply);
      times.push(reply.ms);
      sqlStatements = Math.max(sqlStatements ?? 0, reply.sqlStatements ?? 0);
      const answer = (reply.data as Reply).connectionPaths;
      if (answer.paths.length > 0) found += 1;
      if (answer.onlyThroughAvoided) onlyThroughAvoided += 1;
      paths += answer.paths.length;
      steps += answer.paths.reduce((sum, path) => sum + path.length, 0);
    }
    timings.push({
      variant,
      requests: times.length,
      p50Ms: round(median(times), 1),
      p90Ms: round(percentile(times, 0.9), 1),
      maxMs: round(Math.max(...times), 1),
      found,
      meanPaths: round(paths / Math.max(1, found), 1),
      meanLength: round(steps / Math.max(1, paths), 2),
      onlyThroughAvoided,
      sqlStatements,
    });
  }
  return { pairs: pairs.length, hubs: hubs.map((hub) => hub.name), coldMs, variants: timings };
}

export function printPaths(timing: PathTiming): void {
  console.log(
    `\nConnection finder (connectionPaths), ${timing.pairs} fixed pairs, sequential; hubs avoided: ${timing.hubs.join(", ")}`,
  );
  console.log(`  cold (first request after a network write, graph rebuilt): ${timing.coldMs.join(" / ")} ms`);
  console.log(
    table(
      [
        "variant",
        "requests",
        "p50 ms",
        "p90 ms",
        "max ms",
        "SQL/request (max)",
        "pairs linked",
        "paths/pair",
        "steps/path",
        "only through avoided",
      ],
      timing.variants.map((row) => [
        row.variant,
        row.requests,
        row.p50Ms,
        row.p90Ms,
        row.maxMs,
        row.sqlStatements ?? "?",
        row.found,
        row.meanPaths,
        row.meanLength,
        row.onlyThroughAvoided,
      ]),
    ),
  );
}
