import fs from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import type { Logger } from "pino";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  readonly description: string;
}

/**
 * SMTP through nodemailer when `SMTP_URL` is set (smtp://user:pass@host:587, smtps://…). Without it
 * each mail is written as an .eml file into `mailDir`, where the development page lists it: a new
 * developer sees every mail without a mail server.
 */
export function createMailTransport(options: {
  smtpUrl: string | null;
  from: string;
  mailDir: string;
  log: Logger;
}): MailTransport {
  if (options.smtpUrl) {
    const smtp = nodemailer.createTransport(options.smtpUrl);
    return {
      description: "smtp",
      async send(mail) {
        await smtp.sendMail({ from: options.from, ...mail });
      },
    };
  }
  const files = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    description: `files:${options.mailDir}`,
    async send(mail) {
      const info = await files.sendMail({ from: options.from, ...mail });
      fs.mkdirSync(options.mailDir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${info.messageId.replace(/[^a-zA-Z0-9]/g, "").slice(0, 24)}.eml`;
      fs.writeFileSync(path.join(options.mailDir, name), info.message as Buffer);
      options.log.info({ file: name, to: mail.to }, "mail written to file (no SMTP_URL)");
    },
  };
}
