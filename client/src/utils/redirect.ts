/** The query parameter that carries the page to return to after signing in. */
export const RETURN_PARAM = "weiter";

/** The start page per role, where signing in lands unless the visitor came from another page. */
export const MY_AREA_PATH = "/mein-bereich";

/**
 * Where to go after signing in: only a path inside this app (no other origin, no `//host`, no
 * scheme), so a crafted link cannot send the user elsewhere. The sign-in page itself is no target.
 */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw === "") return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return fallback;
  // Control characters could smuggle a different target past the checks above.
  if ([...raw].some((character) => character.charCodeAt(0) < 0x20)) return fallback;
  if (raw === "/anmelden" || raw.startsWith("/anmelden?") || raw.startsWith("/anmelden/")) return fallback;
  return raw;
}
