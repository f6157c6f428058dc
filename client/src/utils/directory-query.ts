import type { LocationQuery, LocationQueryRaw } from "vue-router";
import type { OrganisationFilter } from "../gql/graphql";
import { isMembershipKind, isOrganisationKind } from "./enums";

/** The directory's filter as it lives in the URL (so a search can be shared as a link). */
export interface DirectoryState {
  search: string;
  kinds: string[];
  topics: string[];
  targetGroups: string[];
  languages: string[];
  districts: string[];
  memberships: string[];
}

export type FacetName = Exclude<keyof DirectoryState, "search">;

export const FACET_PARAMS: Record<FacetName, string> = {
  kinds: "kind",
  topics: "topic",
  targetGroups: "targetGroup",
  languages: "language",
  districts: "district",
  memberships: "membership",
};

const FACETS = Object.keys(FACET_PARAMS) as FacetName[];

function list(value: LocationQuery[string] | undefined): string[] {
  const values = Array.isArray(value) ? value : value == null ? [] : [value];
  return [...new Set(values.filter((v): v is string => typeof v === "string" && v !== ""))];
}

export function emptyDirectoryState(): DirectoryState {
  return { search: "", kinds: [], topics: [], targetGroups: [], languages: [], districts: [], memberships: [] };
}

export function stateFromQuery(query: LocationQuery): DirectoryState {
  const state = emptyDirectoryState();
  const q = query.q;
  state.search = typeof q === "string" ? q : "";
  for (const facet of FACETS) state[facet] = list(query[FACET_PARAMS[facet]]);
  state.kinds = state.kinds.filter(isOrganisationKind);
  state.memberships = state.memberships.filter(isMembershipKind);
  return state;
}

export function queryFromState(state: DirectoryState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  const search = state.search.trim();
  if (search) query.q = search;
  for (const facet of FACETS) {
    if (state[facet].length > 0) query[FACET_PARAMS[facet]] = [...state[facet]];
  }
  return query;
}

/** The GraphQL filter; empty facets are left out, so they do not restrict. */
export function filterFromState(state: DirectoryState): OrganisationFilter {
  const filter: OrganisationFilter = {};
  const search = state.search.trim();
  if (search) filter.search = search;
  const kinds = state.kinds.filter(isOrganisationKind);
  if (kinds.length) filter.kinds = kinds;
  const memberships = state.memberships.filter(isMembershipKind);
  if (memberships.length) filter.memberships = memberships;
  if (state.topics.length) filter.topics = state.topics;
  if (state.targetGroups.length) filter.targetGroups = state.targetGroups;
  if (state.languages.length) filter.languages = state.languages;
  if (state.districts.length) filter.districts = state.districts;
  return filter;
}

export function activeFilterCount(state: DirectoryState): number {
  return FACETS.reduce((sum, facet) => sum + state[facet].length, state.search.trim() ? 1 : 0);
}
