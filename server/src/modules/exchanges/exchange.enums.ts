import { registerEnumType } from "type-graphql";

/** The network's event series (the report names HaDi meetings, "ALBuM-Blickwechsel" and the annual reflection meeting). */
export enum ExchangeSeries {
  HADI_MEETING = "HADI_MEETING",
  ALBUM_BLICKWECHSEL = "ALBUM_BLICKWECHSEL",
  REFLECTION_MEETING = "REFLECTION_MEETING",
  WORKSHOP = "WORKSHOP",
  OTHER = "OTHER",
}

export enum ExchangeVisibility {
  PUBLIC = "PUBLIC",
  MEMBERS_ONLY = "MEMBERS_ONLY",
}

export enum ExchangeStatus {
  SCHEDULED = "SCHEDULED",
  CANCELLED = "CANCELLED",
}

export enum ParticipationStatus {
  CONFIRMED = "CONFIRMED",
  WAITLISTED = "WAITLISTED",
  CANCELLED = "CANCELLED",
}

registerEnumType(ExchangeSeries, { name: "ExchangeSeries" });
registerEnumType(ExchangeVisibility, {
  name: "ExchangeVisibility",
  description: "PUBLIC: everyone sees it; MEMBERS_ONLY: signed-in members only",
});
registerEnumType(ExchangeStatus, { name: "ExchangeStatus" });
registerEnumType(ParticipationStatus, { name: "ParticipationStatus" });
