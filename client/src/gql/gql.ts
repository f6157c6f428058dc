/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment Viewer on User {\n    id\n    email\n    displayName\n    role\n    organisation {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.ViewerFragmentDoc,
    "\n  query Me {\n    me {\n      ...Viewer\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...Viewer\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query AuditLog($entityId: ID, $first: Int, $after: String) {\n    auditLog(entityId: $entityId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          action\n          entityType\n          entityId\n          changes\n          createdAt\n          actor {\n            id\n            displayName\n            email\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.AuditOrganisationDocument,
    "\n  query Network($filter: OrganisationFilter) {\n    network(filter: $filter) {\n      communityCount\n      nodes {\n        organisation {\n          id\n          slug\n          name\n          shortName\n          kind\n        }\n        degree\n        betweenness\n        community\n      }\n      edges {\n        source\n        target\n        type\n        weight\n      }\n    }\n  }\n": typeof types.NetworkDocument,
    "\n  query ConnectionPath($fromId: ID!, $toId: ID!, $maxDepth: Int) {\n    connectionPath(fromId: $fromId, toId: $toId, maxDepth: $maxDepth) {\n      id\n      slug\n      name\n      kind\n    }\n  }\n": typeof types.ConnectionPathDocument,
    "\n  fragment OrganisationCard on Organisation {\n    id\n    slug\n    name\n    shortName\n    kind\n    description\n    district {\n      key\n      labelDe\n      labelEn\n    }\n    topics {\n      key\n      labelDe\n      labelEn\n    }\n    memberships {\n      id\n      kind\n      since\n      until\n    }\n  }\n": typeof types.OrganisationCardFragmentDoc,
    "\n  query Organisations($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OrganisationCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  query OrganisationOptions($search: String, $first: Int) {\n    organisations(filter: { search: $search }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          shortName\n          kind\n        }\n      }\n    }\n  }\n": typeof types.OrganisationOptionsDocument,
    "\n  fragment OrganisationEditable on Organisation {\n    id\n    slug\n    name\n    shortName\n    description\n    website\n    street\n    postalCode\n    city\n    capacity\n    version\n    viewerCanEdit\n    district {\n      key\n      labelDe\n      labelEn\n    }\n    topics {\n      key\n      labelDe\n      labelEn\n    }\n    offers {\n      key\n      labelDe\n      labelEn\n    }\n    needs {\n      key\n      labelDe\n      labelEn\n    }\n    targetGroups {\n      key\n      labelDe\n      labelEn\n    }\n    languages {\n      key\n      labelDe\n      labelEn\n    }\n    districtsServed {\n      key\n      labelDe\n      labelEn\n    }\n  }\n": typeof types.OrganisationEditableFragmentDoc,
    "\n  query OrganisationProfile($slug: String!) {\n    organisation(slug: $slug) {\n      ...OrganisationCard\n      ...OrganisationEditable\n      relations {\n        id\n        type\n        since\n        until\n        note\n        source {\n          id\n          slug\n          name\n        }\n        target {\n          id\n          slug\n          name\n        }\n      }\n      partners {\n        id\n        slug\n        name\n        kind\n      }\n      applications {\n        id\n        title\n        status\n        startsOn\n        endsOn\n        requestedAmount\n        approvedAmount\n        participantsReached\n        programme {\n          id\n          name\n        }\n      }\n      contactPersons {\n        id\n        name\n        role\n        email\n        phone\n      }\n    }\n  }\n": typeof types.OrganisationProfileDocument,
    "\n  query OrganisationEdit($slug: String!) {\n    organisation(slug: $slug) {\n      kind\n      ...OrganisationEditable\n    }\n  }\n": typeof types.OrganisationEditDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!, $expectedVersion: Int!) {\n    updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...OrganisationEditable\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  query PersonalDataExport($email: String!) {\n    personalDataExport(email: $email)\n  }\n": typeof types.PersonalDataExportDocument,
    "\n  mutation ErasePersonalData($email: String!) {\n    erasePersonalData(email: $email) {\n      accountsAnonymised\n      contactPersonsErased\n      sessionsEnded\n    }\n  }\n": typeof types.ErasePersonalDataDocument,
    "\n  query Taxonomies {\n    topics {\n      key\n      labelDe\n      labelEn\n    }\n    targetGroups {\n      key\n      labelDe\n      labelEn\n    }\n    districts {\n      key\n      labelDe\n      labelEn\n    }\n    languages {\n      key\n      labelDe\n      labelEn\n    }\n  }\n": typeof types.TaxonomiesDocument,
};
const documents: Documents = {
    "\n  fragment Viewer on User {\n    id\n    email\n    displayName\n    role\n    organisation {\n      id\n      slug\n      name\n    }\n  }\n": types.ViewerFragmentDoc,
    "\n  query Me {\n    me {\n      ...Viewer\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...Viewer\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query AuditLog($entityId: ID, $first: Int, $after: String) {\n    auditLog(entityId: $entityId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          action\n          entityType\n          entityId\n          changes\n          createdAt\n          actor {\n            id\n            displayName\n            email\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      slug\n      name\n    }\n  }\n": types.AuditOrganisationDocument,
    "\n  query Network($filter: OrganisationFilter) {\n    network(filter: $filter) {\n      communityCount\n      nodes {\n        organisation {\n          id\n          slug\n          name\n          shortName\n          kind\n        }\n        degree\n        betweenness\n        community\n      }\n      edges {\n        source\n        target\n        type\n        weight\n      }\n    }\n  }\n": types.NetworkDocument,
    "\n  query ConnectionPath($fromId: ID!, $toId: ID!, $maxDepth: Int) {\n    connectionPath(fromId: $fromId, toId: $toId, maxDepth: $maxDepth) {\n      id\n      slug\n      name\n      kind\n    }\n  }\n": types.ConnectionPathDocument,
    "\n  fragment OrganisationCard on Organisation {\n    id\n    slug\n    name\n    shortName\n    kind\n    description\n    district {\n      key\n      labelDe\n      labelEn\n    }\n    topics {\n      key\n      labelDe\n      labelEn\n    }\n    memberships {\n      id\n      kind\n      since\n      until\n    }\n  }\n": types.OrganisationCardFragmentDoc,
    "\n  query Organisations($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OrganisationCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrganisationsDocument,
    "\n  query OrganisationOptions($search: String, $first: Int) {\n    organisations(filter: { search: $search }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          shortName\n          kind\n        }\n      }\n    }\n  }\n": types.OrganisationOptionsDocument,
    "\n  fragment OrganisationEditable on Organisation {\n    id\n    slug\n    name\n    shortName\n    description\n    website\n    street\n    postalCode\n    city\n    capacity\n    version\n    viewerCanEdit\n    district {\n      key\n      labelDe\n      labelEn\n    }\n    topics {\n      key\n      labelDe\n      labelEn\n    }\n    offers {\n      key\n      labelDe\n      labelEn\n    }\n    needs {\n      key\n      labelDe\n      labelEn\n    }\n    targetGroups {\n      key\n      labelDe\n      labelEn\n    }\n    languages {\n      key\n      labelDe\n      labelEn\n    }\n    districtsServed {\n      key\n      labelDe\n      labelEn\n    }\n  }\n": types.OrganisationEditableFragmentDoc,
    "\n  query OrganisationProfile($slug: String!) {\n    organisation(slug: $slug) {\n      ...OrganisationCard\n      ...OrganisationEditable\n      relations {\n        id\n        type\n        since\n        until\n        note\n        source {\n          id\n          slug\n          name\n        }\n        target {\n          id\n          slug\n          name\n        }\n      }\n      partners {\n        id\n        slug\n        name\n        kind\n      }\n      applications {\n        id\n        title\n        status\n        startsOn\n        endsOn\n        requestedAmount\n        approvedAmount\n        participantsReached\n        programme {\n          id\n          name\n        }\n      }\n      contactPersons {\n        id\n        name\n        role\n        email\n        phone\n      }\n    }\n  }\n": types.OrganisationProfileDocument,
    "\n  query OrganisationEdit($slug: String!) {\n    organisation(slug: $slug) {\n      kind\n      ...OrganisationEditable\n    }\n  }\n": types.OrganisationEditDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!, $expectedVersion: Int!) {\n    updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...OrganisationEditable\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  query PersonalDataExport($email: String!) {\n    personalDataExport(email: $email)\n  }\n": types.PersonalDataExportDocument,
    "\n  mutation ErasePersonalData($email: String!) {\n    erasePersonalData(email: $email) {\n      accountsAnonymised\n      contactPersonsErased\n      sessionsEnded\n    }\n  }\n": types.ErasePersonalDataDocument,
    "\n  query Taxonomies {\n    topics {\n      key\n      labelDe\n      labelEn\n    }\n    targetGroups {\n      key\n      labelDe\n      labelEn\n    }\n    districts {\n      key\n      labelDe\n      labelEn\n    }\n    languages {\n      key\n      labelDe\n      labelEn\n    }\n  }\n": types.TaxonomiesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Viewer on User {\n    id\n    email\n    displayName\n    role\n    organisation {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment Viewer on User {\n    id\n    email\n    displayName\n    role\n    organisation {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...Viewer\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...Viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...Viewer\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...Viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($entityId: ID, $first: Int, $after: String) {\n    auditLog(entityId: $entityId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          action\n          entityType\n          entityId\n          changes\n          createdAt\n          actor {\n            id\n            displayName\n            email\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($entityId: ID, $first: Int, $after: String) {\n    auditLog(entityId: $entityId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          action\n          entityType\n          entityId\n          changes\n          createdAt\n          actor {\n            id\n            displayName\n            email\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query AuditOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Network($filter: OrganisationFilter) {\n    network(filter: $filter) {\n      communityCount\n      nodes {\n        organisation {\n          id\n          slug\n          name\n          shortName\n          kind\n        }\n        degree\n        betweenness\n        community\n      }\n      edges {\n        source\n        target\n        type\n        weight\n      }\n    }\n  }\n"): (typeof documents)["\n  query Network($filter: OrganisationFilter) {\n    network(filter: $filter) {\n      communityCount\n      nodes {\n        organisation {\n          id\n          slug\n          name\n          shortName\n          kind\n        }\n        degree\n        betweenness\n        community\n      }\n      edges {\n        source\n        target\n        type\n        weight\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionPath($fromId: ID!, $toId: ID!, $maxDepth: Int) {\n    connectionPath(fromId: $fromId, toId: $toId, maxDepth: $maxDepth) {\n      id\n      slug\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query ConnectionPath($fromId: ID!, $toId: ID!, $maxDepth: Int) {\n    connectionPath(fromId: $fromId, toId: $toId, maxDepth: $maxDepth) {\n      id\n      slug\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationCard on Organisation {\n    id\n    slug\n    name\n    shortName\n    kind\n    description\n    district {\n      key\n      labelDe\n      labelEn\n    }\n    topics {\n      key\n      labelDe\n      labelEn\n    }\n    memberships {\n      id\n      kind\n      since\n      until\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationCard on Organisation {\n    id\n    slug\n    name\n    shortName\n    kind\n    description\n    district {\n      key\n      labelDe\n      labelEn\n    }\n    topics {\n      key\n      labelDe\n      labelEn\n    }\n    memberships {\n      id\n      kind\n      since\n      until\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OrganisationCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organisations($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OrganisationCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOptions($search: String, $first: Int) {\n    organisations(filter: { search: $search }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          shortName\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationOptions($search: String, $first: Int) {\n    organisations(filter: { search: $search }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          shortName\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationEditable on Organisation {\n    id\n    slug\n    name\n    shortName\n    description\n    website\n    street\n    postalCode\n    city\n    capacity\n    version\n    viewerCanEdit\n    district {\n      key\n      labelDe\n      labelEn\n    }\n    topics {\n      key\n      labelDe\n      labelEn\n    }\n    offers {\n      key\n      labelDe\n      labelEn\n    }\n    needs {\n      key\n      labelDe\n      labelEn\n    }\n    targetGroups {\n      key\n      labelDe\n      labelEn\n    }\n    languages {\n      key\n      labelDe\n      labelEn\n    }\n    districtsServed {\n      key\n      labelDe\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationEditable on Organisation {\n    id\n    slug\n    name\n    shortName\n    description\n    website\n    street\n    postalCode\n    city\n    capacity\n    version\n    viewerCanEdit\n    district {\n      key\n      labelDe\n      labelEn\n    }\n    topics {\n      key\n      labelDe\n      labelEn\n    }\n    offers {\n      key\n      labelDe\n      labelEn\n    }\n    needs {\n      key\n      labelDe\n      labelEn\n    }\n    targetGroups {\n      key\n      labelDe\n      labelEn\n    }\n    languages {\n      key\n      labelDe\n      labelEn\n    }\n    districtsServed {\n      key\n      labelDe\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationProfile($slug: String!) {\n    organisation(slug: $slug) {\n      ...OrganisationCard\n      ...OrganisationEditable\n      relations {\n        id\n        type\n        since\n        until\n        note\n        source {\n          id\n          slug\n          name\n        }\n        target {\n          id\n          slug\n          name\n        }\n      }\n      partners {\n        id\n        slug\n        name\n        kind\n      }\n      applications {\n        id\n        title\n        status\n        startsOn\n        endsOn\n        requestedAmount\n        approvedAmount\n        participantsReached\n        programme {\n          id\n          name\n        }\n      }\n      contactPersons {\n        id\n        name\n        role\n        email\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationProfile($slug: String!) {\n    organisation(slug: $slug) {\n      ...OrganisationCard\n      ...OrganisationEditable\n      relations {\n        id\n        type\n        since\n        until\n        note\n        source {\n          id\n          slug\n          name\n        }\n        target {\n          id\n          slug\n          name\n        }\n      }\n      partners {\n        id\n        slug\n        name\n        kind\n      }\n      applications {\n        id\n        title\n        status\n        startsOn\n        endsOn\n        requestedAmount\n        approvedAmount\n        participantsReached\n        programme {\n          id\n          name\n        }\n      }\n      contactPersons {\n        id\n        name\n        role\n        email\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationEdit($slug: String!) {\n    organisation(slug: $slug) {\n      kind\n      ...OrganisationEditable\n    }\n  }\n"): (typeof documents)["\n  query OrganisationEdit($slug: String!) {\n    organisation(slug: $slug) {\n      kind\n      ...OrganisationEditable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!, $expectedVersion: Int!) {\n    updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...OrganisationEditable\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!, $expectedVersion: Int!) {\n    updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...OrganisationEditable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalDataExport($email: String!) {\n    personalDataExport(email: $email)\n  }\n"): (typeof documents)["\n  query PersonalDataExport($email: String!) {\n    personalDataExport(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasePersonalData($email: String!) {\n    erasePersonalData(email: $email) {\n      accountsAnonymised\n      contactPersonsErased\n      sessionsEnded\n    }\n  }\n"): (typeof documents)["\n  mutation ErasePersonalData($email: String!) {\n    erasePersonalData(email: $email) {\n      accountsAnonymised\n      contactPersonsErased\n      sessionsEnded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Taxonomies {\n    topics {\n      key\n      labelDe\n      labelEn\n    }\n    targetGroups {\n      key\n      labelDe\n      labelEn\n    }\n    districts {\n      key\n      labelDe\n      labelEn\n    }\n    languages {\n      key\n      labelDe\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  query Taxonomies {\n    topics {\n      key\n      labelDe\n      labelEn\n    }\n    targetGroups {\n      key\n      labelDe\n      labelEn\n    }\n    districts {\n      key\n      labelDe\n      labelEn\n    }\n    languages {\n      key\n      labelDe\n      labelEn\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;