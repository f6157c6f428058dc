import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { NetworkEdgeType } from "./network.enums";
import { Organisation } from "./organisation.entity";
import { DateOnlyScalar } from "../../graphql/scalars";

export enum ConnectionDirection {
  /** Stored from the step's first organisation to its second (A funds B). */
  FORWARD = "FORWARD",
  /** Stored the other way round (B funds A). */
  BACKWARD = "BACKWARD",
  /** A type without direction (cooperation, strategic partnership, joint project). */
  MUTUAL = "MUTUAL",
}
registerEnumType(ConnectionDirection, {
  name: "ConnectionDirection",
  description: "How a link reads along a step of a path",
});

@ObjectType({ description: "A relation or the joint projects linking the two organisations of a step" })
export class ConnectionLink {
  @Field(() => NetworkEdgeType)
  type!: NetworkEdgeType;

  @Field(() => ConnectionDirection)
  direction!: ConnectionDirection;

  @Field(() => DateOnlyScalar, { nullable: true })
  since!: string | null;

  @Field(() => DateOnlyScalar, { nullable: true })
  until!: string | null;

  @Field(() => Int, { nullable: true, description: "Number of joint projects; null for a stored relation" })
  projects!: number | null;
}

@ObjectType()
export class ConnectionStep {
  @Field(() => Organisation)
  from!: Organisation;

  @Field(() => Organisation)
  to!: Organisation;

  @Field(() => [ConnectionLink], { description: "Every link between the two, relations first" })
  links!: ConnectionLink[];
}

@ObjectType()
export class ConnectionPath {
  @Field(() => Int, { description: "Number of steps" })
  length!: number;

  @Field(() => [Organisation])
  organisations!: Organisation[];

  @Field(() => [ConnectionStep])
  steps!: ConnectionStep[];
}

@ObjectType()
export class ConnectionSearch {
  @Field(() => Organisation)
  from!: Organisation;

  @Field(() => Organisation)
  to!: Organisation;

  @Field(() => [Organisation], { description: "The organisations the paths avoid" })
  avoided!: Organisation[];

  @Field(() => Int)
  maxDepth!: number;

  @Field(() => [ConnectionPath], { description: "Shortest first, then by the names along the path" })
  paths!: ConnectionPath[];

  @Field(() => Boolean, {
    description: "No path avoids the avoided organisations, but one within maxDepth runs through them",
  })
  onlyThroughAvoided!: boolean;
}
