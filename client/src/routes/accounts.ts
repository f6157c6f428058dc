import type { RouteRecordRaw } from "vue-router";

/**
 * The accounts lifecycle: the pages the mailed links open (invitation, password reset, e-mail
 * change), the forgotten-password form, the own account, the office's account list, and the
 * development mail page (the server answers it only without SMTP_URL, outside production).
 */
export const accountRoutes: RouteRecordRaw[] = [
  {
    path: "/einladung",
    name: "accept-invitation",
    component: () => import("../views/Account/AcceptInvitationView.vue"),
  },
  {
    path: "/passwort-vergessen",
    name: "forgot-password",
    component: () => import("../views/Account/ForgotPasswordView.vue"),
  },
  { path: "/passwort-neu", name: "reset-password", component: () => import("../views/Account/ResetPasswordView.vue") },
  {
    path: "/email-bestaetigen",
    name: "confirm-email",
    component: () => import("../views/Account/ConfirmEmailView.vue"),
  },
  {
    path: "/konto",
    name: "my-account",
    component: () => import("../views/Account/MyAccountView.vue"),
    meta: { requiresAuth: true },
  },
  {
    path: "/konten",
    name: "accounts-admin",
    component: () => import("../views/Account/AccountsAdminView.vue"),
    meta: { requiresAuth: true, roles: ["COORDINATOR"] },
  },
  { path: "/dev/mail", name: "dev-mail", component: () => import("../views/Account/DevMailView.vue") },
];
