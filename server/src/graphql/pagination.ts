import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { IsOptional, Max, Min, MaxLength } from "class-validator";
import { BadUserInputError } from "./errors";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** Relay-style paging arguments; `first` is capped so one request cannot ask for the whole table. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 0 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})` })
  @IsOptional()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge of the previous page" })
  @IsOptional()
  @MaxLength(200)
  after?: string;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** A number, or a promise that is only started when a client asks for totalCount. */
  totalCount: number | Promise<number>;
}

export interface PageWindow {
  offset: number;
  limit: number;
}

/** Cursors are opaque to clients; they encode the position in the ordered result. */
export function encodeCursor(position: number): string {
  return Buffer.from(`pos:${position}`, "utf8").toString("base64url");
}

export function pageWindow(args: { first?: number | null; after?: string | null }): PageWindow {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!args.after) return { offset: 0, limit };
  const decoded = Buffer.from(args.after, "base64url").toString("utf8");
  const match = /^pos:(\d{1,9})$/.exec(decoded);
  if (!match)
    throw new BadUserInputError("Invalid cursor", [{ field: "after", message: "is not a cursor of this list" }]);
  return { offset: Number(match[1]) + 1, limit };
}

/**
 * A page from `limit + 1` fetched rows (the extra row tells whether there is a next page); the
 * total is counted lazily: the getter runs only when a client selects totalCount.
 */
export function toLazyPage<T>(rows: T[], window: PageWindow, count: () => Promise<number>): Page<T> {
  const nodes = rows.slice(0, window.limit);
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(window.offset + index), node }));
  let counted: Promise<number> | null = null;
  return {
    edges,
    get totalCount() {
      return (counted ??= count());
    },
    pageInfo: {
      hasNextPage: rows.length > window.limit,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

export function toPage<T>(nodes: T[], window: PageWindow, totalCount: number): Page<T> {
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(window.offset + index), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: window.offset + nodes.length < totalCount,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Declares `<Name>Edge` and `<Name>Connection` object types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection implements Page<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number | Promise<number>;
  }
  return Connection;
}
