import { AsyncLocalStorage } from "node:async_hooks";
import type { Logger as TypeOrmLogger } from "typeorm";
import type { Logger } from "pino";

/** Counts the SQL statements that one HTTP request causes, so tests and benchmarks can see N+1. */
export interface SqlCounter {
  statements: number;
}

export const sqlCounterStorage = new AsyncLocalStorage<SqlCounter>();

/** A request with this header is not counted (the bench's load runs measure the app without counting). */
export const SQL_COUNT_OPT_OUT = "x-sql-count-off";

/** TypeORM logger that counts every statement and forwards slow queries and errors to pino. */
export class CountingLogger implements TypeOrmLogger {
  constructor(private readonly pino: Logger) {}

  logQuery(): void {
    const counter = sqlCounterStorage.getStore();
    if (counter) counter.statements += 1;
  }

  logQueryError(error: string | Error, query: string): void {
    this.pino.warn({ err: error, query }, "query failed");
  }

  logQuerySlow(time: number, query: string): void {
    this.pino.warn({ durationMs: time, query: query.slice(0, 2000) }, "slow query");
  }

  logSchemaBuild(message: string): void {
    this.pino.debug(message);
  }

  logMigration(message: string): void {
    this.pino.info(message);
  }

  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") this.pino.warn(String(message));
    else this.pino.debug(String(message));
  }
}
