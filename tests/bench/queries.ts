/** The GraphQL documents the bench sends (quoted in tests/bench/README.md). */

/** ALBuM: organisations → relations → partner organisations → their applications. */
export const NESTED_QUERY =
  "query($n:Int){ organisations(first:$n){ edges { node { name relations { type } partners { name applications { title } } } } } }";

/** Orders of PostGraphile's root connection the bench can compare with (`--postgraphile-order`). */
export type PostGraphileOrder = "PRIMARY_KEY_ASC" | "NAME_ASC";

/**
 * PostGraphile v4 (default inflector, `simpleCollections: "both"`): the closest shape on the same
 * tables. PostGraphile has no `partners` field; the partners are reached through the relation rows
 * of both directions (`relation.source_id` / `target_id`), their applications through
 * `application_participant`; archived organisations are left out as in the ALBuM directory.
 *
 * Order: PRIMARY_KEY_ASC (PostGraphile's default, index-backed) by default. NAME_ASC gives nearly
 * the directory's order, but the schema's directory index is on lower(name), which PostGraphile
 * cannot order by, so every request sorts all organisations.
 */
export function postGraphileNestedQuery(order: PostGraphileOrder): string {
  return (
    `query($n:Int){ allOrganisations(first:$n, orderBy:${order}, condition:{archivedAt:null}){ edges { node { name ` +
    "relationsBySourceIdList { type organisationByTargetId { name applicationParticipantsByOrganisationIdList { applicationByApplicationId { title } } } } " +
    "relationsByTargetIdList { type organisationBySourceId { name applicationParticipantsByOrganisationIdList { applicationByApplicationId { title } } } } " +
    "} } } }"
  );
}

/**
 * PostGraphile 5 (Amber preset, `…List` fields on, postgraphile5-worker.ts): its schema has the same
 * names for every field of the v4 document (checked by introspection), so the nested document is v4's.
 */
export const postGraphile5NestedQuery = postGraphileNestedQuery;

export const GRAPH_QUERY =
  "{ network { nodes { organisation { id name kind } degree betweenness community } edges { source target type weight } density communityCount } }";

export const SEARCH_QUERY =
  '{ organisations(filter:{search:"kargha"}, first: 20) { totalCount edges { node { id name shortName kind } } } }';

const SUGGESTION_FIELDS =
  "score fixed migrantOrganisation { id name } educationalInstitution { id name } breakdown { criterion weight value contribution } reasons";

/** Tandem suggestions for a call: the whole network (coordinator) or one organisation's (`$org`). */
export const SUGGESTIONS_QUERY = `query($call:ID!, $org:ID, $first:Int){ tandemSuggestions(callId:$call, forOrganisationId:$org, first:$first){ ${SUGGESTION_FIELDS} } }`;

/** The optimal plan of `$k` tandems for a call (coordinator). */
export const PLAN_QUERY = `query($call:ID!, $k:Int!){ tandemPlan(callId:$call, tandems:$k){ totalScore minimumScore tandems { ${SUGGESTION_FIELDS} } } }`;

export const LOGIN_MUTATION =
  "mutation($email:String!, $password:String!){ login(email:$email, password:$password){ id role } }";

/** ALBuM's profile page: one organisation by id with relations, memberships and contact persons. */
export const PROFILE_QUERY =
  "query($id:ID!){ organisation(id:$id){ id name kind description city relations { id type since until note source { id slug name } target { id slug name } } memberships { kind since until } contactPersons { id name role email phone } } }";

/** PostGraphile v4's closest shape of the profile page (relations of both directions, as for the nested query). */
export const POSTGRAPHILE_PROFILE_QUERY =
  "query($id:UUID!){ organisationById(id:$id){ id name kind description city " +
  "relationsBySourceIdList { id type since until note organisationBySourceId { id slug name } organisationByTargetId { id slug name } } " +
  "relationsByTargetIdList { id type since until note organisationBySourceId { id slug name } organisationByTargetId { id slug name } } " +
  "membershipsByOrganisationIdList { kind since until } contactPeopleByOrganisationIdList { id name role email phone } } }";

/**
 * PostGraphile 5's profile shape: as v4's, but in v5 (Amber) `id` is the Relay global id and the
 * primary key column is `rowId`, so the row is found with `organisationByRowId(rowId:)` and the ids
 * asked for are the `rowId`s (the UUIDs v4's `id` gives).
 */
export const POSTGRAPHILE5_PROFILE_QUERY =
  "query($id:UUID!){ organisationByRowId(rowId:$id){ rowId name kind description city " +
  "relationsBySourceIdList { rowId type since until note organisationBySourceId { rowId slug name } organisationByTargetId { rowId slug name } } " +
  "relationsByTargetIdList { rowId type since until note organisationBySourceId { rowId slug name } organisationByTargetId { rowId slug name } } " +
  "membershipsByOrganisationIdList { kind since until } contactPeopleByOrganisationIdList { rowId name role email phone } } }";
