import { FieldResolver, Resolver, Root } from "type-graphql";
import { Membership } from "./membership.entity";
import { Source, sourceFrom } from "./provenance";

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Source, { description: "Where the membership and its dates come from" })
  source(@Root() membership: Membership): Source {
    return sourceFrom(membership.provenance);
  }
}
