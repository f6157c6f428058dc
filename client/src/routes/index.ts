import type { RouteRecordRaw } from "vue-router";
import type { UserRole } from "../gql/graphql";
import { applicationRoutes } from "./applications";
import { exchangeRoutes } from "./exchanges";
import { figuresRoutes } from "./figures";
import { notificationSettingsRoutes } from "./notification-settings";
import { importRoutes } from "./import";
import { accountRoutes } from "./accounts";

declare module "vue-router" {
  interface RouteMeta {
    /** Signed-out visitors are sent to the sign-in page and come back afterwards. */
    requiresAuth?: boolean;
    /** Only these roles see the page; others get the 403 page in place. */
    roles?: UserRole[];
  }
}

// The list lives apart from router.ts (which creates the browser history) so that the browser
// test can read it in Node and visit every page (tests/browser/responsive.test.ts).
const DirectoryView = () => import("../views/Directory/DirectoryView.vue");

export const routes: RouteRecordRaw[] = [
  { path: "/", name: "home", component: DirectoryView },
  { path: "/organisationen", name: "directory", component: DirectoryView },
  {
    path: "/organisationen/:slug",
    name: "organisation",
    component: () => import("../views/Organisation/OrganisationView.vue"),
    props: true,
  },
  {
    path: "/organisationen/:slug/bearbeiten",
    name: "organisation-edit",
    component: () => import("../views/Organisation/OrganisationEditView.vue"),
    props: true,
    meta: { requiresAuth: true },
  },
  { path: "/netzwerk", name: "network", component: () => import("../views/Network/NetworkView.vue") },
  { path: "/verbindung", name: "connection", component: () => import("../views/Connection/ConnectionView.vue") },
  { path: "/ausschreibungen", name: "calls", component: () => import("../views/Calls/CallsView.vue") },
  {
    path: "/ausschreibungen/neu",
    name: "call-new",
    component: () => import("../views/Calls/CallEditView.vue"),
    meta: { requiresAuth: true, roles: ["COORDINATOR"] },
  },
  { path: "/ausschreibungen/:id", name: "call", component: () => import("../views/Calls/CallView.vue"), props: true },
  {
    path: "/ausschreibungen/:id/bearbeiten",
    name: "call-edit",
    component: () => import("../views/Calls/CallEditView.vue"),
    props: true,
    meta: { requiresAuth: true, roles: ["COORDINATOR"] },
  },
  {
    path: "/ausschreibungen/:id/plan",
    name: "call-plan",
    component: () => import("../views/Calls/PlanView.vue"),
    props: true,
    meta: { requiresAuth: true, roles: ["COORDINATOR"] },
  },
  {
    path: "/anfragen",
    name: "requests",
    component: () => import("../views/Requests/RequestsView.vue"),
    meta: { requiresAuth: true, roles: ["PARTNER", "COORDINATOR"] },
  },
  {
    path: "/mein-bereich",
    name: "my-area",
    component: () => import("../views/Home/MyAreaView.vue"),
    meta: { requiresAuth: true },
  },
  { path: "/anmelden", name: "sign-in", component: () => import("../views/Account/SignInView.vue") },
  {
    path: "/protokoll",
    name: "audit-log",
    component: () => import("../views/Audit/AuditLogView.vue"),
    meta: { requiresAuth: true, roles: ["COORDINATOR"] },
  },
  {
    path: "/datenschutz",
    name: "privacy",
    component: () => import("../views/Privacy/PrivacyView.vue"),
    meta: { requiresAuth: true, roles: ["COORDINATOR"] },
  },
  ...applicationRoutes,
  ...exchangeRoutes,
  ...figuresRoutes,
  ...notificationSettingsRoutes,
  ...importRoutes,
  ...accountRoutes,
  { path: "/:pathMatch(.*)*", name: "not-found", component: () => import("../views/Errors/NotFoundView.vue") },
];
