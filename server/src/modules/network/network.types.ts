import { Field, Float, Int, ObjectType } from "type-graphql";
import { NetworkEdgeType } from "./network.enums";
import { Organisation } from "./organisation.entity";
import { ConnectionType } from "../../graphql/pagination";
import { DateOnlyScalar } from "../../graphql/scalars";

@ObjectType()
export class NetworkNode {
  @Field(() => Organisation)
  organisation!: Organisation;

  @Field(() => Int, { description: "Number of distinct organisations linked to this one" })
  degree!: number;

  @Field(() => Float, { nullable: true, description: "Normalised betweenness centrality; null above 2,000 nodes" })
  betweenness!: number | null;

  @Field(() => Int, { description: "Community (Louvain), stable for the same data" })
  community!: number;

  @Field(() => Float, {
    nullable: true,
    description: "Layout position (ForceAtlas2, the same for the same data); null above 2,000 nodes",
  })
  x!: number | null;

  @Field(() => Float, { nullable: true, description: "Layout position, see x" })
  y!: number | null;
}

@ObjectType()
export class NetworkEdge {
  @Field(() => String, { description: "Organisation id" })
  source!: string;

  @Field(() => String, { description: "Organisation id" })
  target!: string;

  @Field(() => NetworkEdgeType)
  type!: NetworkEdgeType;

  @Field(() => Float, { description: "1 for a relation; number of joint projects for JOINT_PROJECT" })
  weight!: number;

  @Field(() => DateOnlyScalar, {
    nullable: true,
    description: "Since when the link exists (a relation's since; a joint project's first start); null when unknown",
  })
  since!: string | null;

  @Field(() => DateOnlyScalar, {
    nullable: true,
    description: "Until when it existed (a relation's until; a joint project's last end); null when open or unknown",
  })
  until!: string | null;
}

@ObjectType()
export class NetworkGraph {
  @Field(() => [NetworkNode])
  nodes!: NetworkNode[];

  @Field(() => [NetworkEdge])
  edges!: NetworkEdge[];

  @Field(() => Float)
  density!: number;

  @Field(() => Int)
  communityCount!: number;
}

export const OrganisationConnection = ConnectionType(Organisation, "Organisation");
