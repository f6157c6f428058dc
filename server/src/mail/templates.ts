import type { Locale } from "../graphql/context";

/** What a template gives: the subject, the plain text (paragraphs), and the path into the app. */
export interface MailContent {
  subject: string;
  paragraphs: string[];
  /** App path ("/antraege/…") or absolute URL the mail's button points to. */
  link?: string | null;
  linkLabel?: string;
}

export type MailTemplate = (payload: Record<string, string>, locale: Locale) => MailContent;

const templates = new Map<string, MailTemplate>();

/**
 * One template per mail kind, in both languages. Modules register theirs when they load (the mail
 * layer knows no module): a new notification kind needs only its entry in the module's texts.
 */
export function registerMailTemplate(kind: string, template: MailTemplate): void {
  templates.set(kind, template);
}

export function hasMailTemplate(kind: string): boolean {
  return templates.has(kind);
}

const FRAME: Record<Locale, { greeting: string; footer: string; open: string }> = {
  de: {
    greeting: "Hallo,",
    footer:
      "Diese Nachricht kommt von der ALBuM-Netzwerkplattform. Welche Nachrichten Sie per E-Mail erhalten, stellen Sie in Ihrem Konto ein.",
    open: "In der Plattform öffnen",
  },
  en: {
    greeting: "Hello,",
    footer:
      "This message comes from the ALBuM network platform. Choose which messages reach you by e-mail in your account.",
    open: "Open in the platform",
  },
};

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

/** Subject, text and HTML of a mail of `kind`, with links made absolute on `appUrl`. */
export function renderMail(
  kind: string,
  payload: Record<string, string>,
  locale: Locale,
  appUrl: string,
): { subject: string; text: string; html: string } {
  const template = templates.get(kind);
  if (!template) throw new Error(`no mail template for ${kind}`);
  const content = template(payload, locale);
  const frame = FRAME[locale];
  // App paths are relative to APP_URL, which may itself have a path (https://host/album/).
  const link = content.link
    ? new URL(content.link.replace(/^\//, ""), appUrl.endsWith("/") ? appUrl : `${appUrl}/`).toString()
    : null;
  const label = content.linkLabel ?? frame.open;
  const text = [frame.greeting, ...content.paragraphs, ...(link ? [`${label}: ${link}`] : []), "--", frame.footer].join(
    "\n\n",
  );
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(frame.greeting)}</p>
${content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
${link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(label)}</a></p>` : ""}
<hr><p style="color:#555;font-size:small">${escapeHtml(frame.footer)}</p>
</body></html>`;
  return { subject: `[ALBuM] ${content.subject}`, text, html };
}
