import {
  createRouter,
  createWebHistory,
  type RouteLocationNormalized,
  type RouteLocationRaw,
  type Router,
} from "vue-router";
import { RETURN_PARAM } from "./utils/redirect";
import { routes } from "./routes";

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
