/** Child process of the bench: one autocannon run (see children.ts), away from the servers' CPU and memory. */
import autocannon from "autocannon";
import { answerOneJob, type LoadJob, type LoadReply } from "./children";
import { SQL_COUNT_OPT_OUT } from "../../server/src/db/sql-counter";

async function load(job: LoadJob): Promise<LoadReply> {
  const result = await autocannon({
    url: job.url,
    method: "POST",
    // JSON: Apollo's CSRF prevention refuses other POSTs. Uncounted: the probe counted the statements,
    // the load measures the app as production runs it (PostGraphile ignores the header).
    headers: { "content-type": "application/json", [SQL_COUNT_OPT_OUT]: "1" },
    body: job.body,
    connections: job.connections,
    duration: job.duration,
    timeout: 30,
  });
  return {
    kind: "loaded",
    summary: {
      requestsPerSecond: result.requests.average,
      requestsTotal: result.requests.total,
      latencyMs: {
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        average: result.latency.average,
        max: result.latency.max,
      },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      ok2xx: result["2xx"],
      durationSeconds: result.duration,
    },
  };
}

answerOneJob(load);
