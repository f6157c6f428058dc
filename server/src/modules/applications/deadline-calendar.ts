import { Router, type Response } from "express";
import { milestoneHeading } from "@album/shared";
import ical, { ICalEventStatus, ICalEventTransparency, type ICalCalendar } from "ical-generator";
import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import { MilestoneKind } from "./application.enums";
import { DEADLINE_FEED_PATH, userByCalendarToken } from "./calendar-token.service";
import { milestoneDeadlines, openCallDeadlines, type CallDeadline, type MilestoneDeadline } from "./deadline-feed";
import { feedExchanges, type FeedExchange } from "../exchanges/exchange-feed";
import { ExchangeStatus, ParticipationStatus } from "../exchanges/exchange.enums";

const KIND_LABELS: Record<MilestoneKind, string> = {
  [MilestoneKind.INTERNAL_DEADLINE]: "Interne Frist",
  [MilestoneKind.SUBMISSION]: "Einreichung",
  [MilestoneKind.INTERIM_REPORT]: "Zwischenbericht",
  [MilestoneKind.FINAL_REPORT]: "Abschlussbericht",
  [MilestoneKind.OTHER]: "Termin",
};

/** "Austausch: <title>", and where the subscriber's organisation stands when it joined. */
function exchangeSummary(exchange: FeedExchange): string {
  const base = `Austausch: ${exchange.title}`;
  switch (exchange.participation) {
    case null:
      return base;
    case ParticipationStatus.CONFIRMED:
      return `${base} (angemeldet)`;
    case ParticipationStatus.WAITLISTED:
      return `${base} (Warteliste, Platz ${exchange.waitlistPosition ?? "?"})`;
    default: {
      const unreachable: never = exchange.participation;
      throw new Error(`unknown participation ${String(unreachable)}`);
    }
  }
}

function exchangeStatus(exchange: FeedExchange): ICalEventStatus {
  if (exchange.status === ExchangeStatus.CANCELLED) return ICalEventStatus.CANCELLED;
  return exchange.participation === ParticipationStatus.WAITLISTED
    ? ICalEventStatus.TENTATIVE
    : ICalEventStatus.CONFIRMED;
}

/**
 * Deadlines are points in time: an event without end, transparent so it blocks no time. Exchanges
 * have a start and an end; only those with a confirmed seat block the subscriber's time.
 */
function calendarOf(calls: CallDeadline[], milestones: MilestoneDeadline[], exchanges: FeedExchange[]): ICalCalendar {
  const calendar = ical({
    name: "ALBuM: Fristen und Termine",
    prodId: { company: "ALBuM Hannover", product: "Netzwerkplattform", language: "DE" },
  });
  for (const call of calls) {
    calendar.createEvent({
      // Stable UIDs let calendar apps move an event when a deadline changes.
      id: `call-deadline-${call.id}@album-hannover`,
      sequence: call.version,
      start: call.deadline,
      summary: `Frist Förderaufruf: ${call.title}`,
      description: call.description || null,
      transparency: ICalEventTransparency.TRANSPARENT,
      categories: [{ name: "Förderaufruf" }],
    });
  }
  for (const milestone of milestones) {
    calendar.createEvent({
      id: `milestone-${milestone.id}@album-hannover`,
      start: milestone.dueAt,
      summary: `${milestoneHeading(KIND_LABELS[milestone.kind], milestone.title)} (${milestone.applicationTitle})`,
      description: `Antrag „${milestone.applicationTitle}“`,
      transparency: ICalEventTransparency.TRANSPARENT,
      categories: [{ name: "Antrag" }],
    });
  }
  for (const exchange of exchanges) {
    calendar.createEvent({
      // The same UID as the per-exchange download (exchange-calendar.ts): it is the same event.
      id: `exchange-${exchange.id}@album-hannover`,
      sequence: exchange.version,
      start: exchange.startsAt,
      end: exchange.endsAt,
      summary: exchangeSummary(exchange),
      description: exchange.description || null,
      location: exchange.location || null,
      status: exchangeStatus(exchange),
      transparency:
        exchange.participation === ParticipationStatus.CONFIRMED && exchange.status !== ExchangeStatus.CANCELLED
          ? ICalEventTransparency.OPAQUE
          : ICalEventTransparency.TRANSPARENT,
      categories: [{ name: "Austausch" }],
      lastModified: exchange.updatedAt,
    });
  }
  return calendar;
}

function send(res: Response, calendar: ICalCalendar, personal: boolean): void {
  res.set({
    "content-type": "text/calendar; charset=utf-8",
    "content-disposition": `inline; filename="album-fristen.ics"`,
    // A personal feed must never sit in a shared cache.
    "cache-control": personal ? "private, no-store" : "public, max-age=300",
  });
  res.send(calendar.toString());
}

/**
 * `/calendar/deadlines.ics`: deadlines of open calls and upcoming public exchanges for everyone;
 * with `?token=<the user's calendar secret>` also the open milestones of the applications that
 * user may read and the exchanges its organisation joined or waits for, marked as such. A calendar
 * app cannot send the session cookie, hence the secret link (see `User.calendarUrl`).
 */
export function deadlineCalendarRouter(dataSource: DataSource, log: Logger): Router {
  const router = Router();
  router.get(DEADLINE_FEED_PATH, async (req, res) => {
    try {
      const token = typeof req.query.token === "string" ? req.query.token : null;
      const user = token !== null ? await userByCalendarToken(dataSource.manager, token) : null;
      if (token !== null && !user) {
        // A replaced or mistyped link: 404 tells calendar apps the subscription is gone.
        res.status(404).type("text/plain").send("Unknown calendar link");
        return;
      }
      const [calls, milestones, exchanges] = await Promise.all([
        openCallDeadlines(dataSource.manager),
        user ? milestoneDeadlines(dataSource.manager, user) : Promise.resolve([]),
        feedExchanges(dataSource.manager, user?.organisationId ?? null),
      ]);
      send(res, calendarOf(calls, milestones, exchanges), user !== null);
    } catch (error) {
      log.error({ err: error }, "deadline calendar failed");
      res.status(500).type("text/plain").send("Internal server error");
    }
  });
  return router;
}
