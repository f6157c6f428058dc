import type { NetworkQuery } from "../../gql/graphql";

export type NetworkNodeData = NetworkQuery["network"]["nodes"][number];
export type NetworkEdgeData = NetworkQuery["network"]["edges"][number];
