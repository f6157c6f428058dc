import { Router, type Request, type Response } from "express";
import ical, { ICalEventStatus, type ICalCalendar } from "ical-generator";
import type { DataSource } from "typeorm";
import { CALENDAR_FEED_HISTORY_DAYS } from "@album/shared";
import { resolveSession, SESSION_COOKIE } from "../accounts/accounts.service";
import { isUuid } from "../../db/ids";
import { Exchange } from "./exchange.entity";
import { ExchangeStatus } from "./exchange.enums";
import { visibleVisibilities } from "./exchange.service";

const FEED_LIMIT = 500;

function calendarOf(name: string, exchanges: Exchange[]): ICalCalendar {
  const calendar = ical({ name, prodId: { company: "ALBuM Hannover", product: "Netzwerkplattform", language: "DE" } });
  for (const exchange of exchanges) {
    calendar.createEvent({
      // A stable UID and the version as SEQUENCE let calendar apps replace an event after an edit.
      id: `exchange-${exchange.id}@album-hannover`,
      sequence: exchange.version,
      start: exchange.startsAt,
      end: exchange.endsAt,
      summary: exchange.title,
      description: exchange.description,
      location: exchange.location || null,
      status: exchange.status === ExchangeStatus.CANCELLED ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      lastModified: exchange.updatedAt,
    });
  }
  return calendar;
}

function send(res: Response, filename: string, calendar: ICalCalendar): void {
  res.set({
    "content-type": "text/calendar; charset=utf-8",
    "content-disposition": `attachment; filename="${filename}"`,
    // Members-only events must not land in shared caches.
    "cache-control": "private, max-age=300",
  });
  res.send(calendar.toString());
}

function sessionToken(req: Request): string | undefined {
  const token = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  return typeof token === "string" ? token : undefined;
}

/**
 * iCalendar downloads of exchanges: `/calendar/exchanges.ics` (every visible exchange, recent and
 * upcoming) and `/calendar/exchanges/:id.ics` (one). Members-only exchanges need a session, read
 * from the same cookie as /graphql; to everyone else they do not exist (404).
 */
export function exchangeCalendarRouter(dataSource: DataSource): Router {
  const router = Router();
  const visibleFor = async (req: Request) =>
    visibleVisibilities({ user: await resolveSession(dataSource, sessionToken(req)) });

  router.get("/calendar/exchanges.ics", async (req, res) => {
    const exchanges = await dataSource
      .getRepository(Exchange)
      .createQueryBuilder("e")
      .where("e.visibility IN (:...visibilities)", { visibilities: await visibleFor(req) })
      .andWhere("e.ends_at > :since", {
        since: new Date(Date.now() - CALENDAR_FEED_HISTORY_DAYS * 24 * 60 * 60 * 1000),
      })
      .orderBy("e.starts_at", "ASC")
      .addOrderBy("e.id", "ASC")
      .limit(FEED_LIMIT)
      .getMany();
    send(res, "album-austausch.ics", calendarOf("ALBuM: Austausch und Veranstaltungen", exchanges));
  });

  router.get("/calendar/exchanges/:id.ics", async (req, res) => {
    const id = req.params.id;
    const exchange = isUuid(id) ? await dataSource.getRepository(Exchange).findOneBy({ id }) : null;
    if (!exchange || !(await visibleFor(req)).includes(exchange.visibility)) {
      res.status(404).type("text/plain").send("Not found");
      return;
    }
    send(res, `austausch-${exchange.id}.ics`, calendarOf(exchange.title, [exchange]));
  });

  return router;
}
