import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { ContactPerson } from "./contact-person.entity";
import { ContactPersonInput } from "./contact-person.inputs";
import * as contactPersons from "./contact-person.service";

@Resolver(() => ContactPerson)
export class ContactPersonResolver {
  @Authorized()
  @Query(() => [ContactPerson], {
    description: "All contact persons of an organisation, with or without consent: for those who act for it",
  })
  organisationContactPersons(
    @Ctx() ctx: RequestContext,
    @Arg("organisationId", () => ID) organisationId: string,
  ): Promise<ContactPerson[]> {
    return contactPersons.contactPersonsForEditing(ctx, organisationId);
  }

  @Authorized()
  @Mutation(() => ContactPerson, { description: "Partners and companies for their own organisation; the office all" })
  addContactPerson(
    @Ctx() ctx: RequestContext,
    @Arg("organisationId", () => ID) organisationId: string,
    @Arg("input", () => ContactPersonInput) input: ContactPersonInput,
  ): Promise<ContactPerson> {
    return contactPersons.addContactPerson(ctx, organisationId, input);
  }

  @Authorized()
  @Mutation(() => ContactPerson)
  updateContactPerson(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => ContactPersonInput) input: ContactPersonInput,
  ): Promise<ContactPerson> {
    return contactPersons.updateContactPerson(ctx, id, input);
  }

  @Authorized()
  @Mutation(() => ID, { description: "Deletes the contact person; answers its id" })
  removeContactPerson(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<string> {
    return contactPersons.removeContactPerson(ctx, id);
  }

  @FieldResolver(() => Boolean, { description: "Agreed to be shown to the network's signed-in members" })
  visibleToNetwork(@Root() person: ContactPerson): boolean {
    return person.consentGivenAt !== null;
  }

  @FieldResolver(() => Boolean, { description: "Agreed to be contacted by companies" })
  contactableByCompanies(@Root() person: ContactPerson): boolean {
    return person.companiesConsentAt !== null;
  }
}
