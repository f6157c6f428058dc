/**
 * Micro-benchmark of the matching engine on a seeded 10,000-organisation instance (3,500 MOs ×
 * 3,500 EIs ≈ 12 M pairs, the rest of the network being neither). Prints p50/p90 in ms.
 *
 *   npx tsx tests/bench/matching-bench.ts [--samples 15] [--seed 42]
 *
 * (tsx compiles modules with getter-based exports, a little slower than the tsc build that
 * production runs; `tsc -p tests/bench` emits tests/bench/dist/tests/bench/matching-bench.js.)
 *
 * "cold" = a fresh context object each run (prepareMatching included); "warm" = the same context
 * object (the prepared structure is cached per context).
 */
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import {
  DEFAULT_WEIGHTS,
  planTandems,
  rankSuggestions,
  type MatchContext,
  type ScoringOptions,
} from "../../server/src/modules/matching/engine";
import { NETWORK_SHAPE, randomInstance } from "../server/matching-engine/fixtures";

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Wall time and process CPU time (the latter is less distorted when other processes compete). */
function measure(label: string, samples: number, run: (i: number) => unknown): void {
  for (let i = 0; i < 3; i++) run(-1 - i); // warm-up (JIT)
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    const c0 = cpuMs();
    run(i);
    cpu.push(cpuMs() - c0);
    wall.push(performance.now() - t0);
  }
  const f = (x: number) => x.toFixed(1).padStart(7);
  console.log(
    `${label.padEnd(50)} wall p50 ${f(percentile(wall, 0.5))} ms  p90 ${f(percentile(wall, 0.9))} ms | cpu p50 ${f(percentile(cpu, 0.5))} ms`,
  );
}

function main(): void {
  const { values } = parseArgs({
    options: { samples: { type: "string", default: "15" }, seed: { type: "string", default: "42" } },
  });
  const samples = Number(values.samples);
  const seed = Number(values.seed);
  const ctx = randomInstance(seed, NETWORK_SHAPE);
  const fresh = (): MatchContext => ({ ...ctx });
  const options: ScoringOptions = { weights: DEFAULT_WEIGHTS, preferNovelty: false };
  const fair: ScoringOptions = { weights: { ...DEFAULT_WEIGHTS, fairness: 0.1 }, preferNovelty: false };
  const orgIds = [...ctx.migrantOrganisations, ...ctx.educationalInstitutions].map((o) => o.id);
  const plan = { tandems: 25, maxTandemsPerOrganisation: 2, fixedPairs: [], fairnessMode: false };
  console.log(
    `matching engine, ${ctx.migrantOrganisations.length} MOs × ${ctx.educationalInstitutions.length} EIs, seed ${seed}, ${samples} samples`,
  );

  measure("rankSuggestions first 20 (warm)", samples, () => rankSuggestions(ctx, options, { first: 20 }));
  measure("rankSuggestions first 20 (cold: + prepare)", samples, () =>
    rankSuggestions(fresh(), options, { first: 20 }),
  );
  measure("rankSuggestions first 20 forOrganisationId (warm)", samples, (i) =>
    rankSuggestions(ctx, options, { first: 20, forOrganisationId: orgIds[(i + 10) * 97]! }),
  );
  measure("rankSuggestions first 20 forOrganisationId (cold)", samples, (i) =>
    rankSuggestions(fresh(), options, { first: 20, forOrganisationId: orgIds[(i + 10) * 97]! }),
  );
  measure("planTandems k=25 b=2 (warm)", samples, () => planTandems(ctx, options, plan));
  measure("planTandems k=25 b=2 (cold)", samples, () => planTandems(fresh(), options, plan));
  measure("planTandems k=25 b=2 fairness mode+weight (cold)", samples, () =>
    planTandems(fresh(), fair, { ...plan, fairnessMode: true }),
  );
  measure("rankSuggestions first 20, preferNovelty (cold)", samples, () =>
    rankSuggestions(fresh(), { ...options, preferNovelty: true }, { first: 20 }),
  );
  const top = rankSuggestions(ctx, options, { first: 20 });
  const result = planTandems(ctx, options, plan);
  console.log(
    `top score ${top[0]?.score.toFixed(4)}, 20th ${top[19]?.score.toFixed(4)}; plan total ${result.totalScore.toFixed(4)}, worst ${result.tandems.at(-1)?.score.toFixed(4)}`,
  );
}

main();
