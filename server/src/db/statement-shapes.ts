/** A statement's SQL text with positional parameters, and the name each position stands for. */
export interface CompiledStatement {
  readonly text: string;
  readonly parameterNames: readonly string[];
}

const SENTINEL = "\u0000album-parameter:";

/**
 * Statements built once per shape instead of once per request.
 *
 * Why: the read planner's statements are several KB of SQL; building one through TypeORM's
 * QueryBuilder (alias replacement over the whole text, parameter escaping, the clone for a count)
 * cost about a tenth of a small directory request's CPU, to produce the same text every time. The
 * builder still writes the statement, once, with a sentinel for each named parameter; the sentinels'
 * places in its positional parameters say which value goes where on later requests.
 *
 * The plan and the shape must determine the text: everything that changes the SQL (filters present,
 * order, the plan) is in them, and parameter values never are.
 */
export class StatementShapes {
  /** By plan text first: a request's plan is the cached string itself, whose hash V8 keeps. */
  private readonly byPlan = new Map<string, Map<string, CompiledStatement>>();
  private size = 0;

  /** `maxShapes` bounds the cache; a key space larger than that only costs rebuilding. */
  constructor(private readonly maxShapes = 500) {}

  /**
   * The statement for `plan` (e.g. the planner's SQL) in `shape` (everything else the text depends
   * on), built by `build` the first time from sentinels standing for `parameterNames`.
   */
  get(
    plan: string,
    shape: string,
    parameterNames: readonly string[],
    build: (sentinels: Readonly<Record<string, string>>) => readonly [string, readonly unknown[]],
  ): CompiledStatement {
    const known = this.byPlan.get(plan)?.get(shape);
    if (known) return known;
    const sentinels = Object.fromEntries(parameterNames.map((name) => [name, `${SENTINEL}${name}`]));
    const [text, values] = build(sentinels);
    const compiled: CompiledStatement = {
      text,
      parameterNames: values.map((value) => {
        if (typeof value !== "string" || !value.startsWith(SENTINEL))
          throw new Error(`statement shape ${shape}: a positional parameter is not one of the named ones`);
        return value.slice(SENTINEL.length);
      }),
    };
    if (this.size >= this.maxShapes) {
      this.byPlan.clear();
      this.size = 0;
    }
    let shapes = this.byPlan.get(plan);
    if (!shapes) this.byPlan.set(plan, (shapes = new Map()));
    shapes.set(shape, compiled);
    this.size += 1;
    return compiled;
  }
}

/** The positional values of a compiled statement, from the request's named ones. */
export function statementValues(
  statement: CompiledStatement,
  parameters: Readonly<Record<string, unknown>>,
): unknown[] {
  return statement.parameterNames.map((name) => {
    if (!(name in parameters)) throw new Error(`statement parameter ${name} has no value`);
    return parameters[name];
  });
}
