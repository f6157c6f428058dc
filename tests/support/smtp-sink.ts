import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The first link into the app found in the text part. */
  link: string | null;
}

/** A real SMTP server on loopback that keeps what it receives, for tests of the mail path. */
export interface SmtpSink {
  url: string;
  mails: ReceivedMail[];
  /** Resolves once `count` mails match (polls; no timing assertion). */
  waitFor(predicate: (mail: ReceivedMail) => boolean, count?: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /**
   * From now on, a mail's DATA is never answered: the sender hangs mid-send (to be killed). `held`
   * counts them; `release()` drops them unrecorded and receives normally again.
   */
  hold(): void;
  held(): number;
  release(): void;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const mails: ReceivedMail[] = [];
  let held: (() => void)[] | null = null;
  let heldCount = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const finish = () => {
          simpleParser(Buffer.concat(chunks))
            .then((parsed: ParsedMail) => {
              const text = parsed.text ?? "";
              mails.push({
                to: Array.isArray(parsed.to) ? (parsed.to[0]?.text ?? "") : (parsed.to?.text ?? ""),
                subject: parsed.subject ?? "",
                text,
                html: typeof parsed.html === "string" ? parsed.html : "",
                link: /https?:\/\/\S+/.exec(text)?.[0] ?? null,
              });
              callback();
            })
            .catch((error: Error) => callback(error));
        };
        if (held) {
          heldCount += 1;
          held.push(finish);
        } else finish();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    async waitFor(predicate, count = 1, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = mails.filter(predicate);
        if (found.length >= count) return found;
        if (Date.now() > deadline)
          throw new Error(`expected ${count} mail(s), got ${found.length}: ${mails.map((m) => m.subject).join(", ")}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    hold() {
      held = [];
    },
    held: () => heldCount,
    release() {
      held = null;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
