import { registerEnumType } from "type-graphql";

export enum UserRole {
  COORDINATOR = "COORDINATOR",
  PARTNER = "PARTNER",
  COMPANY = "COMPANY",
}

registerEnumType(UserRole, { name: "UserRole", description: "What a signed-in user may do (DESIGN §6)" });
