import {
  createRouter,
  createWebHistory,
  type RouteLocationNormalized,
  type RouteLocationRaw,
  type RouteRecordRaw,
  type Router,
} from "vue-router";
import type { UserRole } from "./gql/graphql";
import { RETURN_PARAM } from "./utils/redirect";
import { applicationRoutes } from "./routes/applications";
import { exchangeRoutes } from "./routes/exchanges";
import { figuresRoutes } from "./routes/figures";

declare module "vue-router" {
  interface RouteMeta {
    /** Signed-out visitors are sent to the sign-in page and come back afterwards. */
    requiresAuth?: boolean;
    /** Only these roles see the page; others get the 403 page in place. */
    roles?: UserRole[];
  }
}

const DirectoryView = () => import("./views/Directory/DirectoryView.vue");

const routes: RouteRecordRaw[] = [
  { path: "/", name: "home", component: DirectoryView },
  { path: "/organisationen", name: "directory", component: DirectoryView },
  {
    path: "/organisationen/:slug",
    name: "organisation",
    component: () => import("./views/Organisation/OrganisationView.vue"),
    props: true,
  },
  {
    path: "/organisationen/:slug/bearbeiten",
    name: "organisation-edit",
    component: () => import("./views/Organisation/OrganisationEditView.vue"),
    props: true,
    meta: { requiresAuth: true },
  },
  { path: "/netzwerk", name: "network", component: () => import("./views/Network/NetworkView.vue") },
  { path: "/verbindung", name: "connection", component: () => import("./views/Connection/ConnectionView.vue") },
  { path: "/ausschreibungen", name: "calls", component: () => import("./views/Calls/CallsView.vue") },
  {
    path: "/ausschreibungen/neu",
    name: "call-new",
    component: () => import("./views/Calls/CallEditView.vue"),
    meta: { requiresAuth: true, roles: ["COORDINATOR"] },
  },
  { path: "/ausschreibungen/:id", name: "call", component: () => import("./views/Calls/CallView.vue"), props: true },
  {
    path: "/ausschreibungen/:id/bearbeiten",
    name: "call-edit",
    component: () => import("./views/Calls/CallEditView.vue"),
    props: true,
    meta: { requiresAuth: true, roles: ["COORDINATOR"] },
  },
  {
    path: "/ausschreibungen/:id/plan",
    name: "call-plan",
    component: () => import("./views/Calls/PlanView.vue"),
    props: true,
    meta: { requiresAuth: true, roles: ["COORDINATOR"] },
  },
  {
    path: "/anfragen",
    name: "requests",
    component: () => import("./views/Requests/RequestsView.vue"),
    meta: { requiresAuth: true, roles: ["PARTNER", "COORDINATOR"] },
  },
  { path: "/anmelden", name: "sign-in", component: () => import("./views/Account/SignInView.vue") },
  {
    path: "/protokoll",
    name: "audit-log",
    component: () => import("./views/Audit/AuditLogView.vue"),
    meta: { requiresAuth: true, roles: ["COORDINATOR"] },
  },
  {
    path: "/datenschutz",
    name: "privacy",
    component: () => import("./views/Privacy/PrivacyView.vue"),
    meta: { requiresAuth: true, roles: ["COORDINATOR"] },
  },
  ...applicationRoutes,
  ...exchangeRoutes,
  ...figuresRoutes,
  { path: "/:pathMatch(.*)*", name: "not-found", component: () => import("./views/Errors/NotFoundView.vue") },
];

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior(to, from, saved) {
    if (saved) return saved;
    // Changing filters (same path, new query) keeps the position; a new page starts at the top.
    if (to.path === from.path) return false;
    return { top: 0 };
  },
});

/** The sign-in page, remembering where to return. */
export function signInLocation(returnTo: string): RouteLocationRaw {
  return { name: "sign-in", query: { [RETURN_PARAM]: returnTo } };
}

/** Whether the page needs a session; the roles are checked where the page renders (403 in place). */
export function requiresAuth(route: Pick<RouteLocationNormalized, "meta">): boolean {
  return route.meta.requiresAuth === true || (route.meta.roles?.length ?? 0) > 0;
}

/** Sends signed-out visitors of a members' page to the sign-in page first. */
export function installAuthGuard(target: Router, loadViewer: () => Promise<unknown>): void {
  target.beforeEach(async (to) => {
    if (!requiresAuth(to)) return true;
    const viewer = await loadViewer();
    return viewer ? true : signInLocation(to.fullPath);
  });
}
