import type { EntityManager } from "typeorm";
import { Exchange } from "../server/src/modules/exchanges/exchange.entity";
import type { ExchangeSeries, ExchangeVisibility } from "../server/src/modules/exchanges/exchange.enums";
import type { SeedExchange } from "./seed-types";

/**
 * Loads the seed's exchanges (HaDi meetings, ALBuM-Blickwechsel, reflection meetings, workshops).
 * Their dates are illustrative (the report names the series, never a date), so they are loaded on
 * every first start, not only with the demo accounts: the public calendar is never empty.
 */
export async function loadExchanges(db: EntityManager, exchanges: readonly SeedExchange[]): Promise<void> {
  if (exchanges.length === 0) return;
  await db.getRepository(Exchange).insert(
    exchanges.map((exchange) => ({
      series: exchange.series as ExchangeSeries,
      title: exchange.title,
      description: exchange.description,
      topicKeys: exchange.topics,
      startsAt: new Date(exchange.startsAt),
      endsAt: new Date(exchange.endsAt),
      location: exchange.location,
      capacity: exchange.capacity,
      visibility: exchange.visibility as ExchangeVisibility,
      provenance: exchange.provenance === "document" ? "DOCUMENT" : "ILLUSTRATIVE",
    })),
  );
}
