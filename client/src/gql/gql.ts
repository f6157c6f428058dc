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
    "\n  fragment Viewer on User {\n    id\n    email\n    displayName\n    role\n    organisation {\n      id\n      slug\n      name\n      kind\n    }\n  }\n": typeof types.ViewerFragmentDoc,
    "\n  query Me {\n    me {\n      ...Viewer\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...Viewer\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment ApplicationOrganisation on Organisation {\n    id\n    slug\n    name\n    shortName\n  }\n": typeof types.ApplicationOrganisationFragmentDoc,
    "\n  fragment ApplicationCard on Application {\n    id\n    title\n    status\n    version\n    requestedAmount\n    approvedAmount\n    participantsReached\n    nextDeadline\n    allowedTransitions\n    call {\n      id\n      title\n      deadline\n    }\n    programme {\n      id\n      name\n    }\n    funders {\n      ...ApplicationOrganisation\n    }\n    leadOrganisation {\n      ...ApplicationOrganisation\n    }\n  }\n": typeof types.ApplicationCardFragmentDoc,
    "\n  fragment ApplicationDetail on Application {\n    ...ApplicationCard\n    description\n    startsOn\n    endsOn\n    createdAt\n    updatedAt\n    tandems {\n      id\n      position\n      budgetShare\n      migrantOrganisation {\n        ...ApplicationOrganisation\n      }\n      educationalInstitution {\n        ...ApplicationOrganisation\n      }\n    }\n    statusHistory {\n      id\n      at\n      from\n      to\n      comment\n      by {\n        id\n        displayName\n      }\n    }\n    milestones {\n      id\n      kind\n      title\n      dueAt\n      doneAt\n    }\n  }\n": typeof types.ApplicationDetailFragmentDoc,
    "\n  query Applications($filter: ApplicationFilter, $first: Int, $after: String) {\n    applications(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ApplicationCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ApplicationsDocument,
    "\n  query Application($id: ID!) {\n    application(id: $id) {\n      ...ApplicationDetail\n    }\n  }\n": typeof types.ApplicationDocument,
    "\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n": typeof types.CreateApplicationDocument,
    "\n  mutation UpdateApplication($id: ID!, $input: UpdateApplicationInput!, $expectedVersion: Int!) {\n    updateApplication(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ApplicationDetail\n    }\n  }\n": typeof types.UpdateApplicationDocument,
    "\n  mutation TransitionApplication(\n    $id: ID!\n    $to: ApplicationStatus!\n    $comment: String\n    $expectedVersion: Int!\n    $approvedAmount: Float\n    $participantsReached: Int\n  ) {\n    transitionApplication(\n      id: $id\n      to: $to\n      comment: $comment\n      expectedVersion: $expectedVersion\n      approvedAmount: $approvedAmount\n      participantsReached: $participantsReached\n    ) {\n      ...ApplicationDetail\n    }\n  }\n": typeof types.TransitionApplicationDocument,
    "\n  mutation AddMilestone($applicationId: ID!, $input: MilestoneInput!) {\n    addMilestone(applicationId: $applicationId, input: $input) {\n      id\n      kind\n      title\n      dueAt\n      doneAt\n    }\n  }\n": typeof types.AddMilestoneDocument,
    "\n  mutation CompleteMilestone($id: ID!, $done: Boolean) {\n    completeMilestone(id: $id, done: $done) {\n      id\n      kind\n      title\n      dueAt\n      doneAt\n    }\n  }\n": typeof types.CompleteMilestoneDocument,
    "\n  mutation RemoveMilestone($id: ID!) {\n    removeMilestone(id: $id)\n  }\n": typeof types.RemoveMilestoneDocument,
    "\n  query CalendarLink {\n    me {\n      id\n      calendarUrl\n    }\n  }\n": typeof types.CalendarLinkDocument,
    "\n  mutation RegenerateCalendarUrl {\n    regenerateCalendarUrl\n  }\n": typeof types.RegenerateCalendarUrlDocument,
    "\n  query AuditLog($entityId: ID, $first: Int, $after: String) {\n    auditLog(entityId: $entityId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          action\n          entityType\n          entityId\n          changes\n          createdAt\n          actor {\n            id\n            displayName\n            email\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.AuditOrganisationDocument,
    "\n  fragment CallSummary on CallForProposals {\n    id\n    title\n    status\n    deadline\n    publishedOn\n    tandemsWanted\n    version\n    programme {\n      id\n      name\n    }\n    topics {\n      weight\n      topic {\n        key\n        labelDe\n        labelEn\n      }\n    }\n  }\n": typeof types.CallSummaryFragmentDoc,
    "\n  fragment CallDetail on CallForProposals {\n    ...CallSummary\n    description\n    fundingStartsOn\n    fundingEndsOn\n    budgetMin\n    budgetMax\n    maxTandemsPerOrganisation\n    eligibleMemberships\n    targetGroups {\n      key\n      labelDe\n      labelEn\n    }\n    districts {\n      key\n      labelDe\n      labelEn\n    }\n    languages {\n      key\n      labelDe\n      labelEn\n    }\n  }\n": typeof types.CallDetailFragmentDoc,
    "\n  query Calls($filter: CallFilter, $first: Int, $after: String) {\n    calls(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CallSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CallsDocument,
    "\n  query Call($id: ID!) {\n    call(id: $id) {\n      ...CallDetail\n    }\n  }\n": typeof types.CallDocument,
    "\n  query Programmes {\n    programmes {\n      id\n      name\n    }\n  }\n": typeof types.ProgrammesDocument,
    "\n  mutation CreateCall($input: CreateCallInput!) {\n    createCall(input: $input) {\n      ...CallDetail\n    }\n  }\n": typeof types.CreateCallDocument,
    "\n  mutation UpdateCall($id: ID!, $input: UpdateCallInput!, $expectedVersion: Int) {\n    updateCall(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...CallDetail\n    }\n  }\n": typeof types.UpdateCallDocument,
    "\n  mutation CloseCall($id: ID!) {\n    closeCall(id: $id) {\n      ...CallDetail\n    }\n  }\n": typeof types.CloseCallDocument,
    "\n  fragment ExchangeStanding on ExchangeParticipation {\n    id\n    status\n    waitlistPosition\n    personName\n    joinedAt\n  }\n": typeof types.ExchangeStandingFragmentDoc,
    "\n  fragment ExchangeSummary on Exchange {\n    id\n    title\n    series\n    startsAt\n    endsAt\n    location\n    capacity\n    seatsLeft\n    waitlistLength\n    status\n    visibility\n    past\n    topics {\n      key\n      labelDe\n      labelEn\n    }\n  }\n": typeof types.ExchangeSummaryFragmentDoc,
    "\n  fragment ExchangeDetail on Exchange {\n    ...ExchangeSummary\n    description\n    seatsPerOrganisation\n    calendarPath\n    cancelledAt\n    version\n    hiddenParticipantCount\n    participations {\n      id\n      status\n      waitlistPosition\n      personName\n      organisation {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.ExchangeDetailFragmentDoc,
    "\n  query Exchanges($filter: ExchangeFilter, $first: Int, $after: String) {\n    exchanges(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ExchangeSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ExchangesDocument,
    "\n  query Exchange($id: ID!, $organisationId: ID) {\n    exchange(id: $id) {\n      ...ExchangeDetail\n      viewerParticipation(organisationId: $organisationId) {\n        ...ExchangeStanding\n      }\n    }\n  }\n": typeof types.ExchangeDocument,
    "\n  query MyExchanges($organisationId: ID!, $first: Int, $after: String) {\n    exchanges(filter: { organisationId: $organisationId, includePast: true }, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ExchangeSummary\n          viewerParticipation(organisationId: $organisationId) {\n            ...ExchangeStanding\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyExchangesDocument,
    "\n  mutation JoinExchange($exchangeId: ID!, $organisationId: ID!, $personName: String) {\n    joinExchange(exchangeId: $exchangeId, organisationId: $organisationId, personName: $personName) {\n      ...ExchangeStanding\n      exchange {\n        id\n        seatsLeft\n        waitlistLength\n      }\n    }\n  }\n": typeof types.JoinExchangeDocument,
    "\n  mutation LeaveExchange($exchangeId: ID!, $organisationId: ID!) {\n    leaveExchange(exchangeId: $exchangeId, organisationId: $organisationId) {\n      id\n      status\n      exchange {\n        id\n        seatsLeft\n        waitlistLength\n      }\n    }\n  }\n": typeof types.LeaveExchangeDocument,
    "\n  mutation CreateExchange($input: CreateExchangeInput!) {\n    createExchange(input: $input) {\n      ...ExchangeDetail\n    }\n  }\n": typeof types.CreateExchangeDocument,
    "\n  mutation UpdateExchange($id: ID!, $input: UpdateExchangeInput!, $expectedVersion: Int!) {\n    updateExchange(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ExchangeDetail\n    }\n  }\n": typeof types.UpdateExchangeDocument,
    "\n  mutation CancelExchange($id: ID!) {\n    cancelExchange(id: $id) {\n      ...ExchangeDetail\n    }\n  }\n": typeof types.CancelExchangeDocument,
    "\n  fragment TandemOrganisation on Organisation {\n    id\n    slug\n    name\n    shortName\n    kind\n  }\n": typeof types.TandemOrganisationFragmentDoc,
    "\n  fragment TandemSuggestionFields on TandemSuggestion {\n    score\n    fixed\n    formed\n    reasons\n    migrantOrganisation {\n      ...TandemOrganisation\n    }\n    educationalInstitution {\n      ...TandemOrganisation\n    }\n    breakdown {\n      criterion\n      weight\n      value\n      contribution\n    }\n  }\n": typeof types.TandemSuggestionFieldsFragmentDoc,
    "\n  query TandemSuggestions($callId: ID!, $forOrganisationId: ID, $first: Int, $weights: ScoringWeightsInput, $locale: String) {\n    tandemSuggestions(callId: $callId, forOrganisationId: $forOrganisationId, first: $first, weights: $weights, locale: $locale) {\n      ...TandemSuggestionFields\n    }\n  }\n": typeof types.TandemSuggestionsDocument,
    "\n  query TandemPlan(\n    $callId: ID!\n    $tandems: Int!\n    $maxTandemsPerOrganisation: Int\n    $fixedPairs: [TandemPairInput!]\n    $excludedOrganisationIds: [ID!]\n    $weights: ScoringWeightsInput\n    $locale: String\n  ) {\n    tandemPlan(\n      callId: $callId\n      tandems: $tandems\n      maxTandemsPerOrganisation: $maxTandemsPerOrganisation\n      fixedPairs: $fixedPairs\n      excludedOrganisationIds: $excludedOrganisationIds\n      weights: $weights\n      locale: $locale\n    ) {\n      totalScore\n      minimumScore\n      tandems {\n        ...TandemSuggestionFields\n      }\n    }\n  }\n": typeof types.TandemPlanDocument,
    "\n  query Network($filter: OrganisationFilter) {\n    network(filter: $filter) {\n      communityCount\n      nodes {\n        organisation {\n          id\n          slug\n          name\n          shortName\n          kind\n        }\n        degree\n        betweenness\n        community\n      }\n      edges {\n        source\n        target\n        type\n        weight\n      }\n    }\n  }\n": typeof types.NetworkDocument,
    "\n  query ConnectionPath($fromId: ID!, $toId: ID!, $maxDepth: Int) {\n    connectionPath(fromId: $fromId, toId: $toId, maxDepth: $maxDepth) {\n      id\n      slug\n      name\n      kind\n    }\n  }\n": typeof types.ConnectionPathDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int, $unreadOnly: Boolean) {\n    notifications(first: $first, unreadOnly: $unreadOnly) {\n      id\n      kind\n      title\n      message\n      link\n      readAt\n      createdAt\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment OrganisationCard on Organisation {\n    id\n    slug\n    name\n    shortName\n    kind\n    description\n    district {\n      key\n      labelDe\n      labelEn\n    }\n    topics {\n      key\n      labelDe\n      labelEn\n    }\n    memberships {\n      id\n      kind\n      since\n      until\n    }\n  }\n": typeof types.OrganisationCardFragmentDoc,
    "\n  query Organisations($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OrganisationCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  query OrganisationOptions($search: String, $first: Int) {\n    organisations(filter: { search: $search }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          shortName\n          kind\n        }\n      }\n    }\n  }\n": typeof types.OrganisationOptionsDocument,
    "\n  fragment OrganisationEditable on Organisation {\n    id\n    slug\n    name\n    shortName\n    description\n    website\n    street\n    postalCode\n    city\n    capacity\n    version\n    viewerCanEdit\n    showExchangeParticipation\n    district {\n      key\n      labelDe\n      labelEn\n    }\n    topics {\n      key\n      labelDe\n      labelEn\n    }\n    offers {\n      key\n      labelDe\n      labelEn\n    }\n    needs {\n      key\n      labelDe\n      labelEn\n    }\n    targetGroups {\n      key\n      labelDe\n      labelEn\n    }\n    languages {\n      key\n      labelDe\n      labelEn\n    }\n    districtsServed {\n      key\n      labelDe\n      labelEn\n    }\n  }\n": typeof types.OrganisationEditableFragmentDoc,
    "\n  query OrganisationProfile($slug: String!) {\n    organisation(slug: $slug) {\n      ...OrganisationCard\n      ...OrganisationEditable\n      relations {\n        id\n        type\n        since\n        until\n        note\n        source {\n          id\n          slug\n          name\n        }\n        target {\n          id\n          slug\n          name\n        }\n      }\n      partners {\n        id\n        slug\n        name\n        kind\n      }\n      applications {\n        id\n        title\n        status\n        startsOn\n        endsOn\n        requestedAmount\n        approvedAmount\n        participantsReached\n        programme {\n          id\n          name\n        }\n      }\n      contactPersons {\n        id\n        name\n        role\n        email\n        phone\n      }\n      exchangeParticipations {\n        id\n        status\n        waitlistPosition\n        exchange {\n          id\n          title\n          series\n          startsAt\n          endsAt\n          status\n          past\n        }\n      }\n    }\n  }\n": typeof types.OrganisationProfileDocument,
    "\n  query OrganisationEdit($slug: String!) {\n    organisation(slug: $slug) {\n      kind\n      ...OrganisationEditable\n    }\n  }\n": typeof types.OrganisationEditDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!, $expectedVersion: Int!) {\n    updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...OrganisationEditable\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  query PersonalDataExport($email: String!) {\n    personalDataExport(email: $email)\n  }\n": typeof types.PersonalDataExportDocument,
    "\n  mutation ErasePersonalData($email: String!) {\n    erasePersonalData(email: $email) {\n      accountsAnonymised\n      contactPersonsErased\n      sessionsEnded\n    }\n  }\n": typeof types.ErasePersonalDataDocument,
    "\n  query NetworkStatistics($from: DateTime, $to: DateTime) {\n    networkStatistics(from: $from, to: $to) {\n      fundingAcquired\n      peopleReached\n      successRate\n      successfulApplications\n      decidedApplications\n      fundingByYear {\n        year\n        amount\n      }\n      fundingByFunder {\n        amount\n        funder {\n          id\n          name\n          shortName\n        }\n      }\n      applicationsByStatus {\n        status\n        count\n      }\n    }\n  }\n": typeof types.NetworkStatisticsDocument,
    "\n  query YearFigures($from: DateTime, $to: DateTime) {\n    networkStatistics(from: $from, to: $to) {\n      peopleReached\n      successfulApplications\n      decidedApplications\n    }\n  }\n": typeof types.YearFiguresDocument,
    "\n  fragment TandemRequestFields on TandemRequest {\n    id\n    status\n    message\n    responseMessage\n    createdAt\n    respondedAt\n    expiresAt\n    from {\n      ...TandemOrganisation\n    }\n    to {\n      ...TandemOrganisation\n    }\n    migrantOrganisation {\n      ...TandemOrganisation\n    }\n    educationalInstitution {\n      ...TandemOrganisation\n    }\n    call {\n      id\n      title\n      status\n      deadline\n    }\n  }\n": typeof types.TandemRequestFieldsFragmentDoc,
    "\n  query TandemRequests($filter: TandemRequestFilter) {\n    tandemRequests(filter: $filter) {\n      ...TandemRequestFields\n    }\n  }\n": typeof types.TandemRequestsDocument,
    "\n  mutation SendTandemRequest($input: SendTandemRequestInput!) {\n    sendTandemRequest(input: $input) {\n      ...TandemRequestFields\n    }\n  }\n": typeof types.SendTandemRequestDocument,
    "\n  mutation RespondToTandemRequest($id: ID!, $accept: Boolean!, $message: String) {\n    respondToTandemRequest(id: $id, accept: $accept, message: $message) {\n      ...TandemRequestFields\n    }\n  }\n": typeof types.RespondToTandemRequestDocument,
    "\n  mutation WithdrawTandemRequest($id: ID!) {\n    withdrawTandemRequest(id: $id) {\n      ...TandemRequestFields\n    }\n  }\n": typeof types.WithdrawTandemRequestDocument,
    "\n  query Taxonomies {\n    topics {\n      key\n      labelDe\n      labelEn\n    }\n    targetGroups {\n      key\n      labelDe\n      labelEn\n    }\n    districts {\n      key\n      labelDe\n      labelEn\n    }\n    languages {\n      key\n      labelDe\n      labelEn\n    }\n  }\n": typeof types.TaxonomiesDocument,
};
const documents: Documents = {
    "\n  fragment Viewer on User {\n    id\n    email\n    displayName\n    role\n    organisation {\n      id\n      slug\n      name\n      kind\n    }\n  }\n": types.ViewerFragmentDoc,
    "\n  query Me {\n    me {\n      ...Viewer\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...Viewer\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment ApplicationOrganisation on Organisation {\n    id\n    slug\n    name\n    shortName\n  }\n": types.ApplicationOrganisationFragmentDoc,
    "\n  fragment ApplicationCard on Application {\n    id\n    title\n    status\n    version\n    requestedAmount\n    approvedAmount\n    participantsReached\n    nextDeadline\n    allowedTransitions\n    call {\n      id\n      title\n      deadline\n    }\n    programme {\n      id\n      name\n    }\n    funders {\n      ...ApplicationOrganisation\n    }\n    leadOrganisation {\n      ...ApplicationOrganisation\n    }\n  }\n": types.ApplicationCardFragmentDoc,
    "\n  fragment ApplicationDetail on Application {\n    ...ApplicationCard\n    description\n    startsOn\n    endsOn\n    createdAt\n    updatedAt\n    tandems {\n      id\n      position\n      budgetShare\n      migrantOrganisation {\n        ...ApplicationOrganisation\n      }\n      educationalInstitution {\n        ...ApplicationOrganisation\n      }\n    }\n    statusHistory {\n      id\n      at\n      from\n      to\n      comment\n      by {\n        id\n        displayName\n      }\n    }\n    milestones {\n      id\n      kind\n      title\n      dueAt\n      doneAt\n    }\n  }\n": types.ApplicationDetailFragmentDoc,
    "\n  query Applications($filter: ApplicationFilter, $first: Int, $after: String) {\n    applications(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ApplicationCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ApplicationsDocument,
    "\n  query Application($id: ID!) {\n    application(id: $id) {\n      ...ApplicationDetail\n    }\n  }\n": types.ApplicationDocument,
    "\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n": types.CreateApplicationDocument,
    "\n  mutation UpdateApplication($id: ID!, $input: UpdateApplicationInput!, $expectedVersion: Int!) {\n    updateApplication(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ApplicationDetail\n    }\n  }\n": types.UpdateApplicationDocument,
    "\n  mutation TransitionApplication(\n    $id: ID!\n    $to: ApplicationStatus!\n    $comment: String\n    $expectedVersion: Int!\n    $approvedAmount: Float\n    $participantsReached: Int\n  ) {\n    transitionApplication(\n      id: $id\n      to: $to\n      comment: $comment\n      expectedVersion: $expectedVersion\n      approvedAmount: $approvedAmount\n      participantsReached: $participantsReached\n    ) {\n      ...ApplicationDetail\n    }\n  }\n": types.TransitionApplicationDocument,
    "\n  mutation AddMilestone($applicationId: ID!, $input: MilestoneInput!) {\n    addMilestone(applicationId: $applicationId, input: $input) {\n      id\n      kind\n      title\n      dueAt\n      doneAt\n    }\n  }\n": types.AddMilestoneDocument,
    "\n  mutation CompleteMilestone($id: ID!, $done: Boolean) {\n    completeMilestone(id: $id, done: $done) {\n      id\n      kind\n      title\n      dueAt\n      doneAt\n    }\n  }\n": types.CompleteMilestoneDocument,
    "\n  mutation RemoveMilestone($id: ID!) {\n    removeMilestone(id: $id)\n  }\n": types.RemoveMilestoneDocument,
    "\n  query CalendarLink {\n    me {\n      id\n      calendarUrl\n    }\n  }\n": types.CalendarLinkDocument,
    "\n  mutation RegenerateCalendarUrl {\n    regenerateCalendarUrl\n  }\n": types.RegenerateCalendarUrlDocument,
    "\n  query AuditLog($entityId: ID, $first: Int, $after: String) {\n    auditLog(entityId: $entityId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          action\n          entityType\n          entityId\n          changes\n          createdAt\n          actor {\n            id\n            displayName\n            email\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      slug\n      name\n    }\n  }\n": types.AuditOrganisationDocument,
    "\n  fragment CallSummary on CallForProposals {\n    id\n    title\n    status\n    deadline\n    publishedOn\n    tandemsWanted\n    version\n    programme {\n      id\n      name\n    }\n    topics {\n      weight\n      topic {\n        key\n        labelDe\n        labelEn\n      }\n    }\n  }\n": types.CallSummaryFragmentDoc,
    "\n  fragment CallDetail on CallForProposals {\n    ...CallSummary\n    description\n    fundingStartsOn\n    fundingEndsOn\n    budgetMin\n    budgetMax\n    maxTandemsPerOrganisation\n    eligibleMemberships\n    targetGroups {\n      key\n      labelDe\n      labelEn\n    }\n    districts {\n      key\n      labelDe\n      labelEn\n    }\n    languages {\n      key\n      labelDe\n      labelEn\n    }\n  }\n": types.CallDetailFragmentDoc,
    "\n  query Calls($filter: CallFilter, $first: Int, $after: String) {\n    calls(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CallSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CallsDocument,
    "\n  query Call($id: ID!) {\n    call(id: $id) {\n      ...CallDetail\n    }\n  }\n": types.CallDocument,
    "\n  query Programmes {\n    programmes {\n      id\n      name\n    }\n  }\n": types.ProgrammesDocument,
    "\n  mutation CreateCall($input: CreateCallInput!) {\n    createCall(input: $input) {\n      ...CallDetail\n    }\n  }\n": types.CreateCallDocument,
    "\n  mutation UpdateCall($id: ID!, $input: UpdateCallInput!, $expectedVersion: Int) {\n    updateCall(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...CallDetail\n    }\n  }\n": types.UpdateCallDocument,
    "\n  mutation CloseCall($id: ID!) {\n    closeCall(id: $id) {\n      ...CallDetail\n    }\n  }\n": types.CloseCallDocument,
    "\n  fragment ExchangeStanding on ExchangeParticipation {\n    id\n    status\n    waitlistPosition\n    personName\n    joinedAt\n  }\n": types.ExchangeStandingFragmentDoc,
    "\n  fragment ExchangeSummary on Exchange {\n    id\n    title\n    series\n    startsAt\n    endsAt\n    location\n    capacity\n    seatsLeft\n    waitlistLength\n    status\n    visibility\n    past\n    topics {\n      key\n      labelDe\n      labelEn\n    }\n  }\n": types.ExchangeSummaryFragmentDoc,
    "\n  fragment ExchangeDetail on Exchange {\n    ...ExchangeSummary\n    description\n    seatsPerOrganisation\n    calendarPath\n    cancelledAt\n    version\n    hiddenParticipantCount\n    participations {\n      id\n      status\n      waitlistPosition\n      personName\n      organisation {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.ExchangeDetailFragmentDoc,
    "\n  query Exchanges($filter: ExchangeFilter, $first: Int, $after: String) {\n    exchanges(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ExchangeSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ExchangesDocument,
    "\n  query Exchange($id: ID!, $organisationId: ID) {\n    exchange(id: $id) {\n      ...ExchangeDetail\n      viewerParticipation(organisationId: $organisationId) {\n        ...ExchangeStanding\n      }\n    }\n  }\n": types.ExchangeDocument,
    "\n  query MyExchanges($organisationId: ID!, $first: Int, $after: String) {\n    exchanges(filter: { organisationId: $organisationId, includePast: true }, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ExchangeSummary\n          viewerParticipation(organisationId: $organisationId) {\n            ...ExchangeStanding\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyExchangesDocument,
    "\n  mutation JoinExchange($exchangeId: ID!, $organisationId: ID!, $personName: String) {\n    joinExchange(exchangeId: $exchangeId, organisationId: $organisationId, personName: $personName) {\n      ...ExchangeStanding\n      exchange {\n        id\n        seatsLeft\n        waitlistLength\n      }\n    }\n  }\n": types.JoinExchangeDocument,
    "\n  mutation LeaveExchange($exchangeId: ID!, $organisationId: ID!) {\n    leaveExchange(exchangeId: $exchangeId, organisationId: $organisationId) {\n      id\n      status\n      exchange {\n        id\n        seatsLeft\n        waitlistLength\n      }\n    }\n  }\n": types.LeaveExchangeDocument,
    "\n  mutation CreateExchange($input: CreateExchangeInput!) {\n    createExchange(input: $input) {\n      ...ExchangeDetail\n    }\n  }\n": types.CreateExchangeDocument,
    "\n  mutation UpdateExchange($id: ID!, $input: UpdateExchangeInput!, $expectedVersion: Int!) {\n    updateExchange(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ExchangeDetail\n    }\n  }\n": types.UpdateExchangeDocument,
    "\n  mutation CancelExchange($id: ID!) {\n    cancelExchange(id: $id) {\n      ...ExchangeDetail\n    }\n  }\n": types.CancelExchangeDocument,
    "\n  fragment TandemOrganisation on Organisation {\n    id\n    slug\n    name\n    shortName\n    kind\n  }\n": types.TandemOrganisationFragmentDoc,
    "\n  fragment TandemSuggestionFields on TandemSuggestion {\n    score\n    fixed\n    formed\n    reasons\n    migrantOrganisation {\n      ...TandemOrganisation\n    }\n    educationalInstitution {\n      ...TandemOrganisation\n    }\n    breakdown {\n      criterion\n      weight\n      value\n      contribution\n    }\n  }\n": types.TandemSuggestionFieldsFragmentDoc,
    "\n  query TandemSuggestions($callId: ID!, $forOrganisationId: ID, $first: Int, $weights: ScoringWeightsInput, $locale: String) {\n    tandemSuggestions(callId: $callId, forOrganisationId: $forOrganisationId, first: $first, weights: $weights, locale: $locale) {\n      ...TandemSuggestionFields\n    }\n  }\n": types.TandemSuggestionsDocument,
    "\n  query TandemPlan(\n    $callId: ID!\n    $tandems: Int!\n    $maxTandemsPerOrganisation: Int\n    $fixedPairs: [TandemPairInput!]\n    $excludedOrganisationIds: [ID!]\n    $weights: ScoringWeightsInput\n    $locale: String\n  ) {\n    tandemPlan(\n      callId: $callId\n      tandems: $tandems\n      maxTandemsPerOrganisation: $maxTandemsPerOrganisation\n      fixedPairs: $fixedPairs\n      excludedOrganisationIds: $excludedOrganisationIds\n      weights: $weights\n      locale: $locale\n    ) {\n      totalScore\n      minimumScore\n      tandems {\n        ...TandemSuggestionFields\n      }\n    }\n  }\n": types.TandemPlanDocument,
    "\n  query Network($filter: OrganisationFilter) {\n    network(filter: $filter) {\n      communityCount\n      nodes {\n        organisation {\n          id\n          slug\n          name\n          shortName\n          kind\n        }\n        degree\n        betweenness\n        community\n      }\n      edges {\n        source\n        target\n        type\n        weight\n      }\n    }\n  }\n": types.NetworkDocument,
    "\n  query ConnectionPath($fromId: ID!, $toId: ID!, $maxDepth: Int) {\n    connectionPath(fromId: $fromId, toId: $toId, maxDepth: $maxDepth) {\n      id\n      slug\n      name\n      kind\n    }\n  }\n": types.ConnectionPathDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int, $unreadOnly: Boolean) {\n    notifications(first: $first, unreadOnly: $unreadOnly) {\n      id\n      kind\n      title\n      message\n      link\n      readAt\n      createdAt\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment OrganisationCard on Organisation {\n    id\n    slug\n    name\n    shortName\n    kind\n    description\n    district {\n      key\n      labelDe\n      labelEn\n    }\n    topics {\n      key\n      labelDe\n      labelEn\n    }\n    memberships {\n      id\n      kind\n      since\n      until\n    }\n  }\n": types.OrganisationCardFragmentDoc,
    "\n  query Organisations($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OrganisationCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrganisationsDocument,
    "\n  query OrganisationOptions($search: String, $first: Int) {\n    organisations(filter: { search: $search }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          shortName\n          kind\n        }\n      }\n    }\n  }\n": types.OrganisationOptionsDocument,
    "\n  fragment OrganisationEditable on Organisation {\n    id\n    slug\n    name\n    shortName\n    description\n    website\n    street\n    postalCode\n    city\n    capacity\n    version\n    viewerCanEdit\n    showExchangeParticipation\n    district {\n      key\n      labelDe\n      labelEn\n    }\n    topics {\n      key\n      labelDe\n      labelEn\n    }\n    offers {\n      key\n      labelDe\n      labelEn\n    }\n    needs {\n      key\n      labelDe\n      labelEn\n    }\n    targetGroups {\n      key\n      labelDe\n      labelEn\n    }\n    languages {\n      key\n      labelDe\n      labelEn\n    }\n    districtsServed {\n      key\n      labelDe\n      labelEn\n    }\n  }\n": types.OrganisationEditableFragmentDoc,
    "\n  query OrganisationProfile($slug: String!) {\n    organisation(slug: $slug) {\n      ...OrganisationCard\n      ...OrganisationEditable\n      relations {\n        id\n        type\n        since\n        until\n        note\n        source {\n          id\n          slug\n          name\n        }\n        target {\n          id\n          slug\n          name\n        }\n      }\n      partners {\n        id\n        slug\n        name\n        kind\n      }\n      applications {\n        id\n        title\n        status\n        startsOn\n        endsOn\n        requestedAmount\n        approvedAmount\n        participantsReached\n        programme {\n          id\n          name\n        }\n      }\n      contactPersons {\n        id\n        name\n        role\n        email\n        phone\n      }\n      exchangeParticipations {\n        id\n        status\n        waitlistPosition\n        exchange {\n          id\n          title\n          series\n          startsAt\n          endsAt\n          status\n          past\n        }\n      }\n    }\n  }\n": types.OrganisationProfileDocument,
    "\n  query OrganisationEdit($slug: String!) {\n    organisation(slug: $slug) {\n      kind\n      ...OrganisationEditable\n    }\n  }\n": types.OrganisationEditDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!, $expectedVersion: Int!) {\n    updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...OrganisationEditable\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  query PersonalDataExport($email: String!) {\n    personalDataExport(email: $email)\n  }\n": types.PersonalDataExportDocument,
    "\n  mutation ErasePersonalData($email: String!) {\n    erasePersonalData(email: $email) {\n      accountsAnonymised\n      contactPersonsErased\n      sessionsEnded\n    }\n  }\n": types.ErasePersonalDataDocument,
    "\n  query NetworkStatistics($from: DateTime, $to: DateTime) {\n    networkStatistics(from: $from, to: $to) {\n      fundingAcquired\n      peopleReached\n      successRate\n      successfulApplications\n      decidedApplications\n      fundingByYear {\n        year\n        amount\n      }\n      fundingByFunder {\n        amount\n        funder {\n          id\n          name\n          shortName\n        }\n      }\n      applicationsByStatus {\n        status\n        count\n      }\n    }\n  }\n": types.NetworkStatisticsDocument,
    "\n  query YearFigures($from: DateTime, $to: DateTime) {\n    networkStatistics(from: $from, to: $to) {\n      peopleReached\n      successfulApplications\n      decidedApplications\n    }\n  }\n": types.YearFiguresDocument,
    "\n  fragment TandemRequestFields on TandemRequest {\n    id\n    status\n    message\n    responseMessage\n    createdAt\n    respondedAt\n    expiresAt\n    from {\n      ...TandemOrganisation\n    }\n    to {\n      ...TandemOrganisation\n    }\n    migrantOrganisation {\n      ...TandemOrganisation\n    }\n    educationalInstitution {\n      ...TandemOrganisation\n    }\n    call {\n      id\n      title\n      status\n      deadline\n    }\n  }\n": types.TandemRequestFieldsFragmentDoc,
    "\n  query TandemRequests($filter: TandemRequestFilter) {\n    tandemRequests(filter: $filter) {\n      ...TandemRequestFields\n    }\n  }\n": types.TandemRequestsDocument,
    "\n  mutation SendTandemRequest($input: SendTandemRequestInput!) {\n    sendTandemRequest(input: $input) {\n      ...TandemRequestFields\n    }\n  }\n": types.SendTandemRequestDocument,
    "\n  mutation RespondToTandemRequest($id: ID!, $accept: Boolean!, $message: String) {\n    respondToTandemRequest(id: $id, accept: $accept, message: $message) {\n      ...TandemRequestFields\n    }\n  }\n": types.RespondToTandemRequestDocument,
    "\n  mutation WithdrawTandemRequest($id: ID!) {\n    withdrawTandemRequest(id: $id) {\n      ...TandemRequestFields\n    }\n  }\n": types.WithdrawTandemRequestDocument,
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
export function graphql(source: "\n  fragment Viewer on User {\n    id\n    email\n    displayName\n    role\n    organisation {\n      id\n      slug\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment Viewer on User {\n    id\n    email\n    displayName\n    role\n    organisation {\n      id\n      slug\n      name\n      kind\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment ApplicationOrganisation on Organisation {\n    id\n    slug\n    name\n    shortName\n  }\n"): (typeof documents)["\n  fragment ApplicationOrganisation on Organisation {\n    id\n    slug\n    name\n    shortName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationCard on Application {\n    id\n    title\n    status\n    version\n    requestedAmount\n    approvedAmount\n    participantsReached\n    nextDeadline\n    allowedTransitions\n    call {\n      id\n      title\n      deadline\n    }\n    programme {\n      id\n      name\n    }\n    funders {\n      ...ApplicationOrganisation\n    }\n    leadOrganisation {\n      ...ApplicationOrganisation\n    }\n  }\n"): (typeof documents)["\n  fragment ApplicationCard on Application {\n    id\n    title\n    status\n    version\n    requestedAmount\n    approvedAmount\n    participantsReached\n    nextDeadline\n    allowedTransitions\n    call {\n      id\n      title\n      deadline\n    }\n    programme {\n      id\n      name\n    }\n    funders {\n      ...ApplicationOrganisation\n    }\n    leadOrganisation {\n      ...ApplicationOrganisation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationDetail on Application {\n    ...ApplicationCard\n    description\n    startsOn\n    endsOn\n    createdAt\n    updatedAt\n    tandems {\n      id\n      position\n      budgetShare\n      migrantOrganisation {\n        ...ApplicationOrganisation\n      }\n      educationalInstitution {\n        ...ApplicationOrganisation\n      }\n    }\n    statusHistory {\n      id\n      at\n      from\n      to\n      comment\n      by {\n        id\n        displayName\n      }\n    }\n    milestones {\n      id\n      kind\n      title\n      dueAt\n      doneAt\n    }\n  }\n"): (typeof documents)["\n  fragment ApplicationDetail on Application {\n    ...ApplicationCard\n    description\n    startsOn\n    endsOn\n    createdAt\n    updatedAt\n    tandems {\n      id\n      position\n      budgetShare\n      migrantOrganisation {\n        ...ApplicationOrganisation\n      }\n      educationalInstitution {\n        ...ApplicationOrganisation\n      }\n    }\n    statusHistory {\n      id\n      at\n      from\n      to\n      comment\n      by {\n        id\n        displayName\n      }\n    }\n    milestones {\n      id\n      kind\n      title\n      dueAt\n      doneAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Applications($filter: ApplicationFilter, $first: Int, $after: String) {\n    applications(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ApplicationCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Applications($filter: ApplicationFilter, $first: Int, $after: String) {\n    applications(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ApplicationCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Application($id: ID!) {\n    application(id: $id) {\n      ...ApplicationDetail\n    }\n  }\n"): (typeof documents)["\n  query Application($id: ID!) {\n    application(id: $id) {\n      ...ApplicationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateApplication($id: ID!, $input: UpdateApplicationInput!, $expectedVersion: Int!) {\n    updateApplication(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ApplicationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateApplication($id: ID!, $input: UpdateApplicationInput!, $expectedVersion: Int!) {\n    updateApplication(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ApplicationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionApplication(\n    $id: ID!\n    $to: ApplicationStatus!\n    $comment: String\n    $expectedVersion: Int!\n    $approvedAmount: Float\n    $participantsReached: Int\n  ) {\n    transitionApplication(\n      id: $id\n      to: $to\n      comment: $comment\n      expectedVersion: $expectedVersion\n      approvedAmount: $approvedAmount\n      participantsReached: $participantsReached\n    ) {\n      ...ApplicationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation TransitionApplication(\n    $id: ID!\n    $to: ApplicationStatus!\n    $comment: String\n    $expectedVersion: Int!\n    $approvedAmount: Float\n    $participantsReached: Int\n  ) {\n    transitionApplication(\n      id: $id\n      to: $to\n      comment: $comment\n      expectedVersion: $expectedVersion\n      approvedAmount: $approvedAmount\n      participantsReached: $participantsReached\n    ) {\n      ...ApplicationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMilestone($applicationId: ID!, $input: MilestoneInput!) {\n    addMilestone(applicationId: $applicationId, input: $input) {\n      id\n      kind\n      title\n      dueAt\n      doneAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddMilestone($applicationId: ID!, $input: MilestoneInput!) {\n    addMilestone(applicationId: $applicationId, input: $input) {\n      id\n      kind\n      title\n      dueAt\n      doneAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteMilestone($id: ID!, $done: Boolean) {\n    completeMilestone(id: $id, done: $done) {\n      id\n      kind\n      title\n      dueAt\n      doneAt\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteMilestone($id: ID!, $done: Boolean) {\n    completeMilestone(id: $id, done: $done) {\n      id\n      kind\n      title\n      dueAt\n      doneAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMilestone($id: ID!) {\n    removeMilestone(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveMilestone($id: ID!) {\n    removeMilestone(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarLink {\n    me {\n      id\n      calendarUrl\n    }\n  }\n"): (typeof documents)["\n  query CalendarLink {\n    me {\n      id\n      calendarUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateCalendarUrl {\n    regenerateCalendarUrl\n  }\n"): (typeof documents)["\n  mutation RegenerateCalendarUrl {\n    regenerateCalendarUrl\n  }\n"];
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
export function graphql(source: "\n  fragment CallSummary on CallForProposals {\n    id\n    title\n    status\n    deadline\n    publishedOn\n    tandemsWanted\n    version\n    programme {\n      id\n      name\n    }\n    topics {\n      weight\n      topic {\n        key\n        labelDe\n        labelEn\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CallSummary on CallForProposals {\n    id\n    title\n    status\n    deadline\n    publishedOn\n    tandemsWanted\n    version\n    programme {\n      id\n      name\n    }\n    topics {\n      weight\n      topic {\n        key\n        labelDe\n        labelEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallDetail on CallForProposals {\n    ...CallSummary\n    description\n    fundingStartsOn\n    fundingEndsOn\n    budgetMin\n    budgetMax\n    maxTandemsPerOrganisation\n    eligibleMemberships\n    targetGroups {\n      key\n      labelDe\n      labelEn\n    }\n    districts {\n      key\n      labelDe\n      labelEn\n    }\n    languages {\n      key\n      labelDe\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  fragment CallDetail on CallForProposals {\n    ...CallSummary\n    description\n    fundingStartsOn\n    fundingEndsOn\n    budgetMin\n    budgetMax\n    maxTandemsPerOrganisation\n    eligibleMemberships\n    targetGroups {\n      key\n      labelDe\n      labelEn\n    }\n    districts {\n      key\n      labelDe\n      labelEn\n    }\n    languages {\n      key\n      labelDe\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Calls($filter: CallFilter, $first: Int, $after: String) {\n    calls(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CallSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Calls($filter: CallFilter, $first: Int, $after: String) {\n    calls(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CallSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Call($id: ID!) {\n    call(id: $id) {\n      ...CallDetail\n    }\n  }\n"): (typeof documents)["\n  query Call($id: ID!) {\n    call(id: $id) {\n      ...CallDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Programmes {\n    programmes {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query Programmes {\n    programmes {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCall($input: CreateCallInput!) {\n    createCall(input: $input) {\n      ...CallDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCall($input: CreateCallInput!) {\n    createCall(input: $input) {\n      ...CallDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCall($id: ID!, $input: UpdateCallInput!, $expectedVersion: Int) {\n    updateCall(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...CallDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCall($id: ID!, $input: UpdateCallInput!, $expectedVersion: Int) {\n    updateCall(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...CallDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCall($id: ID!) {\n    closeCall(id: $id) {\n      ...CallDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CloseCall($id: ID!) {\n    closeCall(id: $id) {\n      ...CallDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExchangeStanding on ExchangeParticipation {\n    id\n    status\n    waitlistPosition\n    personName\n    joinedAt\n  }\n"): (typeof documents)["\n  fragment ExchangeStanding on ExchangeParticipation {\n    id\n    status\n    waitlistPosition\n    personName\n    joinedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExchangeSummary on Exchange {\n    id\n    title\n    series\n    startsAt\n    endsAt\n    location\n    capacity\n    seatsLeft\n    waitlistLength\n    status\n    visibility\n    past\n    topics {\n      key\n      labelDe\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  fragment ExchangeSummary on Exchange {\n    id\n    title\n    series\n    startsAt\n    endsAt\n    location\n    capacity\n    seatsLeft\n    waitlistLength\n    status\n    visibility\n    past\n    topics {\n      key\n      labelDe\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExchangeDetail on Exchange {\n    ...ExchangeSummary\n    description\n    seatsPerOrganisation\n    calendarPath\n    cancelledAt\n    version\n    hiddenParticipantCount\n    participations {\n      id\n      status\n      waitlistPosition\n      personName\n      organisation {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ExchangeDetail on Exchange {\n    ...ExchangeSummary\n    description\n    seatsPerOrganisation\n    calendarPath\n    cancelledAt\n    version\n    hiddenParticipantCount\n    participations {\n      id\n      status\n      waitlistPosition\n      personName\n      organisation {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Exchanges($filter: ExchangeFilter, $first: Int, $after: String) {\n    exchanges(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ExchangeSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Exchanges($filter: ExchangeFilter, $first: Int, $after: String) {\n    exchanges(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ExchangeSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Exchange($id: ID!, $organisationId: ID) {\n    exchange(id: $id) {\n      ...ExchangeDetail\n      viewerParticipation(organisationId: $organisationId) {\n        ...ExchangeStanding\n      }\n    }\n  }\n"): (typeof documents)["\n  query Exchange($id: ID!, $organisationId: ID) {\n    exchange(id: $id) {\n      ...ExchangeDetail\n      viewerParticipation(organisationId: $organisationId) {\n        ...ExchangeStanding\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyExchanges($organisationId: ID!, $first: Int, $after: String) {\n    exchanges(filter: { organisationId: $organisationId, includePast: true }, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ExchangeSummary\n          viewerParticipation(organisationId: $organisationId) {\n            ...ExchangeStanding\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyExchanges($organisationId: ID!, $first: Int, $after: String) {\n    exchanges(filter: { organisationId: $organisationId, includePast: true }, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ExchangeSummary\n          viewerParticipation(organisationId: $organisationId) {\n            ...ExchangeStanding\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinExchange($exchangeId: ID!, $organisationId: ID!, $personName: String) {\n    joinExchange(exchangeId: $exchangeId, organisationId: $organisationId, personName: $personName) {\n      ...ExchangeStanding\n      exchange {\n        id\n        seatsLeft\n        waitlistLength\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JoinExchange($exchangeId: ID!, $organisationId: ID!, $personName: String) {\n    joinExchange(exchangeId: $exchangeId, organisationId: $organisationId, personName: $personName) {\n      ...ExchangeStanding\n      exchange {\n        id\n        seatsLeft\n        waitlistLength\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveExchange($exchangeId: ID!, $organisationId: ID!) {\n    leaveExchange(exchangeId: $exchangeId, organisationId: $organisationId) {\n      id\n      status\n      exchange {\n        id\n        seatsLeft\n        waitlistLength\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveExchange($exchangeId: ID!, $organisationId: ID!) {\n    leaveExchange(exchangeId: $exchangeId, organisationId: $organisationId) {\n      id\n      status\n      exchange {\n        id\n        seatsLeft\n        waitlistLength\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateExchange($input: CreateExchangeInput!) {\n    createExchange(input: $input) {\n      ...ExchangeDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateExchange($input: CreateExchangeInput!) {\n    createExchange(input: $input) {\n      ...ExchangeDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateExchange($id: ID!, $input: UpdateExchangeInput!, $expectedVersion: Int!) {\n    updateExchange(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ExchangeDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateExchange($id: ID!, $input: UpdateExchangeInput!, $expectedVersion: Int!) {\n    updateExchange(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ExchangeDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelExchange($id: ID!) {\n    cancelExchange(id: $id) {\n      ...ExchangeDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CancelExchange($id: ID!) {\n    cancelExchange(id: $id) {\n      ...ExchangeDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TandemOrganisation on Organisation {\n    id\n    slug\n    name\n    shortName\n    kind\n  }\n"): (typeof documents)["\n  fragment TandemOrganisation on Organisation {\n    id\n    slug\n    name\n    shortName\n    kind\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TandemSuggestionFields on TandemSuggestion {\n    score\n    fixed\n    formed\n    reasons\n    migrantOrganisation {\n      ...TandemOrganisation\n    }\n    educationalInstitution {\n      ...TandemOrganisation\n    }\n    breakdown {\n      criterion\n      weight\n      value\n      contribution\n    }\n  }\n"): (typeof documents)["\n  fragment TandemSuggestionFields on TandemSuggestion {\n    score\n    fixed\n    formed\n    reasons\n    migrantOrganisation {\n      ...TandemOrganisation\n    }\n    educationalInstitution {\n      ...TandemOrganisation\n    }\n    breakdown {\n      criterion\n      weight\n      value\n      contribution\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TandemSuggestions($callId: ID!, $forOrganisationId: ID, $first: Int, $weights: ScoringWeightsInput, $locale: String) {\n    tandemSuggestions(callId: $callId, forOrganisationId: $forOrganisationId, first: $first, weights: $weights, locale: $locale) {\n      ...TandemSuggestionFields\n    }\n  }\n"): (typeof documents)["\n  query TandemSuggestions($callId: ID!, $forOrganisationId: ID, $first: Int, $weights: ScoringWeightsInput, $locale: String) {\n    tandemSuggestions(callId: $callId, forOrganisationId: $forOrganisationId, first: $first, weights: $weights, locale: $locale) {\n      ...TandemSuggestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TandemPlan(\n    $callId: ID!\n    $tandems: Int!\n    $maxTandemsPerOrganisation: Int\n    $fixedPairs: [TandemPairInput!]\n    $excludedOrganisationIds: [ID!]\n    $weights: ScoringWeightsInput\n    $locale: String\n  ) {\n    tandemPlan(\n      callId: $callId\n      tandems: $tandems\n      maxTandemsPerOrganisation: $maxTandemsPerOrganisation\n      fixedPairs: $fixedPairs\n      excludedOrganisationIds: $excludedOrganisationIds\n      weights: $weights\n      locale: $locale\n    ) {\n      totalScore\n      minimumScore\n      tandems {\n        ...TandemSuggestionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query TandemPlan(\n    $callId: ID!\n    $tandems: Int!\n    $maxTandemsPerOrganisation: Int\n    $fixedPairs: [TandemPairInput!]\n    $excludedOrganisationIds: [ID!]\n    $weights: ScoringWeightsInput\n    $locale: String\n  ) {\n    tandemPlan(\n      callId: $callId\n      tandems: $tandems\n      maxTandemsPerOrganisation: $maxTandemsPerOrganisation\n      fixedPairs: $fixedPairs\n      excludedOrganisationIds: $excludedOrganisationIds\n      weights: $weights\n      locale: $locale\n    ) {\n      totalScore\n      minimumScore\n      tandems {\n        ...TandemSuggestionFields\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $unreadOnly: Boolean) {\n    notifications(first: $first, unreadOnly: $unreadOnly) {\n      id\n      kind\n      title\n      message\n      link\n      readAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $unreadOnly: Boolean) {\n    notifications(first: $first, unreadOnly: $unreadOnly) {\n      id\n      kind\n      title\n      message\n      link\n      readAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
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
export function graphql(source: "\n  fragment OrganisationEditable on Organisation {\n    id\n    slug\n    name\n    shortName\n    description\n    website\n    street\n    postalCode\n    city\n    capacity\n    version\n    viewerCanEdit\n    showExchangeParticipation\n    district {\n      key\n      labelDe\n      labelEn\n    }\n    topics {\n      key\n      labelDe\n      labelEn\n    }\n    offers {\n      key\n      labelDe\n      labelEn\n    }\n    needs {\n      key\n      labelDe\n      labelEn\n    }\n    targetGroups {\n      key\n      labelDe\n      labelEn\n    }\n    languages {\n      key\n      labelDe\n      labelEn\n    }\n    districtsServed {\n      key\n      labelDe\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationEditable on Organisation {\n    id\n    slug\n    name\n    shortName\n    description\n    website\n    street\n    postalCode\n    city\n    capacity\n    version\n    viewerCanEdit\n    showExchangeParticipation\n    district {\n      key\n      labelDe\n      labelEn\n    }\n    topics {\n      key\n      labelDe\n      labelEn\n    }\n    offers {\n      key\n      labelDe\n      labelEn\n    }\n    needs {\n      key\n      labelDe\n      labelEn\n    }\n    targetGroups {\n      key\n      labelDe\n      labelEn\n    }\n    languages {\n      key\n      labelDe\n      labelEn\n    }\n    districtsServed {\n      key\n      labelDe\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationProfile($slug: String!) {\n    organisation(slug: $slug) {\n      ...OrganisationCard\n      ...OrganisationEditable\n      relations {\n        id\n        type\n        since\n        until\n        note\n        source {\n          id\n          slug\n          name\n        }\n        target {\n          id\n          slug\n          name\n        }\n      }\n      partners {\n        id\n        slug\n        name\n        kind\n      }\n      applications {\n        id\n        title\n        status\n        startsOn\n        endsOn\n        requestedAmount\n        approvedAmount\n        participantsReached\n        programme {\n          id\n          name\n        }\n      }\n      contactPersons {\n        id\n        name\n        role\n        email\n        phone\n      }\n      exchangeParticipations {\n        id\n        status\n        waitlistPosition\n        exchange {\n          id\n          title\n          series\n          startsAt\n          endsAt\n          status\n          past\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationProfile($slug: String!) {\n    organisation(slug: $slug) {\n      ...OrganisationCard\n      ...OrganisationEditable\n      relations {\n        id\n        type\n        since\n        until\n        note\n        source {\n          id\n          slug\n          name\n        }\n        target {\n          id\n          slug\n          name\n        }\n      }\n      partners {\n        id\n        slug\n        name\n        kind\n      }\n      applications {\n        id\n        title\n        status\n        startsOn\n        endsOn\n        requestedAmount\n        approvedAmount\n        participantsReached\n        programme {\n          id\n          name\n        }\n      }\n      contactPersons {\n        id\n        name\n        role\n        email\n        phone\n      }\n      exchangeParticipations {\n        id\n        status\n        waitlistPosition\n        exchange {\n          id\n          title\n          series\n          startsAt\n          endsAt\n          status\n          past\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query NetworkStatistics($from: DateTime, $to: DateTime) {\n    networkStatistics(from: $from, to: $to) {\n      fundingAcquired\n      peopleReached\n      successRate\n      successfulApplications\n      decidedApplications\n      fundingByYear {\n        year\n        amount\n      }\n      fundingByFunder {\n        amount\n        funder {\n          id\n          name\n          shortName\n        }\n      }\n      applicationsByStatus {\n        status\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkStatistics($from: DateTime, $to: DateTime) {\n    networkStatistics(from: $from, to: $to) {\n      fundingAcquired\n      peopleReached\n      successRate\n      successfulApplications\n      decidedApplications\n      fundingByYear {\n        year\n        amount\n      }\n      fundingByFunder {\n        amount\n        funder {\n          id\n          name\n          shortName\n        }\n      }\n      applicationsByStatus {\n        status\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YearFigures($from: DateTime, $to: DateTime) {\n    networkStatistics(from: $from, to: $to) {\n      peopleReached\n      successfulApplications\n      decidedApplications\n    }\n  }\n"): (typeof documents)["\n  query YearFigures($from: DateTime, $to: DateTime) {\n    networkStatistics(from: $from, to: $to) {\n      peopleReached\n      successfulApplications\n      decidedApplications\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TandemRequestFields on TandemRequest {\n    id\n    status\n    message\n    responseMessage\n    createdAt\n    respondedAt\n    expiresAt\n    from {\n      ...TandemOrganisation\n    }\n    to {\n      ...TandemOrganisation\n    }\n    migrantOrganisation {\n      ...TandemOrganisation\n    }\n    educationalInstitution {\n      ...TandemOrganisation\n    }\n    call {\n      id\n      title\n      status\n      deadline\n    }\n  }\n"): (typeof documents)["\n  fragment TandemRequestFields on TandemRequest {\n    id\n    status\n    message\n    responseMessage\n    createdAt\n    respondedAt\n    expiresAt\n    from {\n      ...TandemOrganisation\n    }\n    to {\n      ...TandemOrganisation\n    }\n    migrantOrganisation {\n      ...TandemOrganisation\n    }\n    educationalInstitution {\n      ...TandemOrganisation\n    }\n    call {\n      id\n      title\n      status\n      deadline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TandemRequests($filter: TandemRequestFilter) {\n    tandemRequests(filter: $filter) {\n      ...TandemRequestFields\n    }\n  }\n"): (typeof documents)["\n  query TandemRequests($filter: TandemRequestFilter) {\n    tandemRequests(filter: $filter) {\n      ...TandemRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTandemRequest($input: SendTandemRequestInput!) {\n    sendTandemRequest(input: $input) {\n      ...TandemRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation SendTandemRequest($input: SendTandemRequestInput!) {\n    sendTandemRequest(input: $input) {\n      ...TandemRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToTandemRequest($id: ID!, $accept: Boolean!, $message: String) {\n    respondToTandemRequest(id: $id, accept: $accept, message: $message) {\n      ...TandemRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToTandemRequest($id: ID!, $accept: Boolean!, $message: String) {\n    respondToTandemRequest(id: $id, accept: $accept, message: $message) {\n      ...TandemRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawTandemRequest($id: ID!) {\n    withdrawTandemRequest(id: $id) {\n      ...TandemRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawTandemRequest($id: ID!) {\n    withdrawTandemRequest(id: $id) {\n      ...TandemRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Taxonomies {\n    topics {\n      key\n      labelDe\n      labelEn\n    }\n    targetGroups {\n      key\n      labelDe\n      labelEn\n    }\n    districts {\n      key\n      labelDe\n      labelEn\n    }\n    languages {\n      key\n      labelDe\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  query Taxonomies {\n    topics {\n      key\n      labelDe\n      labelEn\n    }\n    targetGroups {\n      key\n      labelDe\n      labelEn\n    }\n    districts {\n      key\n      labelDe\n      labelEn\n    }\n    languages {\n      key\n      labelDe\n      labelEn\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;