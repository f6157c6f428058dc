import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import type { RequestContext } from "../../graphql/context";
import { erasePersonalData, exportPersonalData, type ErasureCounts } from "./privacy.service";

@ObjectType()
class ErasureReport implements ErasureCounts {
  @Field(() => Int)
  accountsAnonymised!: number;

  @Field(() => Int)
  contactPersonsErased!: number;

  @Field(() => Int)
  sessionsEnded!: number;

  @Field(() => Int, {
    description: 'Exchange participations whose "who comes" named the person; they stay, without the name',
  })
  exchangeParticipationNamesErased!: number;
}

@Resolver()
export class PrivacyResolver {
  @Authorized("COORDINATOR")
  @Query(() => GraphQLJSONObject, { description: "DSGVO Art. 15: everything stored about a person, by e-mail address" })
  personalDataExport(
    @Ctx() ctx: RequestContext,
    @Arg("email", () => String) email: string,
  ): Promise<Record<string, unknown>> {
    return exportPersonalData(ctx, email);
  }

  @Authorized("COORDINATOR")
  @Mutation(() => ErasureReport, {
    description: "DSGVO Art. 17: anonymises a person everywhere, keeping the network's history",
  })
  erasePersonalData(@Ctx() ctx: RequestContext, @Arg("email", () => String) email: string): Promise<ErasureReport> {
    return erasePersonalData(ctx, email);
  }
}
