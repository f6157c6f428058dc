import fs from "node:fs/promises";
import path from "node:path";
import { Router } from "express";
import { simpleParser } from "mailparser";
import type { Logger } from "pino";

/** What the development mail page shows of a mail written to the mail folder. */
interface MailListing {
  name: string;
  to: string;
  subject: string;
  date: string | null;
}

const EML_NAME = /^[A-Za-z0-9._-]+\.eml$/;
/** The newest this many mails: the folder grows with every start of a development server. */
const LIST_LIMIT = 200;

async function parseFile(file: string) {
  return simpleParser(await fs.readFile(file));
}

function addressText(value: unknown): string {
  if (!value) return "";
  const list = Array.isArray(value) ? value : [value];
  return list.map((entry: { text?: string }) => entry.text ?? "").join(", ");
}

/**
 * Development only (no SMTP_URL, not production; app.ts mounts it under that condition): the mails
 * the file transport wrote into `mailDir`, so whoever runs the app locally can open the invitation
 * or reset link without a mail server. Never mounted in production: the files hold live links.
 */
export function devMailRouter(mailDir: string, log: Logger): Router {
  const router = Router();
  router.get("/dev-mail/messages", async (_req, res) => {
    let names: string[] = [];
    try {
      names = (await fs.readdir(mailDir)).filter((name) => EML_NAME.test(name));
    } catch {
      // No mail written yet: the folder does not exist.
    }
    // File names start with the ISO time of writing: sorting them sorts by date.
    names.sort().reverse();
    const mails: MailListing[] = [];
    for (const name of names.slice(0, LIST_LIMIT)) {
      try {
        const parsed = await parseFile(path.join(mailDir, name));
        mails.push({
          name,
          to: addressText(parsed.to),
          subject: parsed.subject ?? "",
          date: parsed.date?.toISOString() ?? null,
        });
      } catch (error) {
        log.warn({ err: error, file: name }, "unreadable mail file");
      }
    }
    res.json({ mailDir, mails });
  });
  router.get("/dev-mail/messages/:name", async (req, res) => {
    const name = req.params.name;
    if (!EML_NAME.test(name)) {
      res.status(400).json({ error: { code: "BAD_USER_INPUT", message: "not a mail file name" } });
      return;
    }
    try {
      const parsed = await parseFile(path.join(mailDir, name));
      res.json({
        name,
        to: addressText(parsed.to),
        from: addressText(parsed.from),
        subject: parsed.subject ?? "",
        date: parsed.date?.toISOString() ?? null,
        text: parsed.text ?? "",
      });
    } catch {
      res.status(404).json({ error: { code: "NOT_FOUND", message: "no such mail" } });
    }
  });
  return router;
}

/** The development mail page exists only where mails go to files and the app is not in production. */
export function devMailEnabled(config: { smtpUrl: string | null; production: boolean }): boolean {
  return !config.smtpUrl && !config.production;
}
