import type { EntityManager } from "typeorm";
import { User } from "../server/src/modules/accounts/user.entity";
import { UserRole } from "../server/src/modules/accounts/accounts.enums";
import { hashPassword } from "../server/src/modules/accounts/accounts.service";

/** Shared password of the demo accounts (DESIGN §5); they exist only outside production. */
export const DEMO_PASSWORD = "album-demo-2024";

export const demoAccounts = [
  {
    email: "koordination@album-hannover.example",
    displayName: "Koordinationsstelle ALBuM (Demo)",
    role: UserRole.COORDINATOR,
    organisation: "koordinationsstelle-album",
  },
  {
    email: "partner@kargah.example",
    displayName: "kargah e.V. (Demo)",
    role: UserRole.PARTNER,
    organisation: "kargah",
  },
  {
    email: "partner@vhs-hannover.example",
    displayName: "Volkshochschule Hannover (Demo)",
    role: UserRole.PARTNER,
    organisation: "vhs-hannover",
  },
  { email: "hadi@tui.example", displayName: "TUI (Demo)", role: UserRole.COMPANY, organisation: "tui" },
] as const;

/**
 * Demo companies that show other members the exchanges they join. The report says nothing about
 * such opt-ins, so the real network's data keeps the default (off); this is demo data only and
 * marked illustrative in the organisation's provenance.
 */
export const demoExchangeOptIns = ["tui"] as const;

/** The demo accounts, and the demo opt-ins above. */
export async function loadDemoAccounts(db: EntityManager, idBySlug: Map<string, string>): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of demoAccounts) {
    const organisationId = idBySlug.get(account.organisation);
    if (!organisationId) throw new Error(`demo account ${account.email}: unknown organisation ${account.organisation}`);
    await db.getRepository(User).insert({
      email: account.email,
      displayName: account.displayName,
      role: account.role,
      organisationId,
      passwordHash,
    });
  }
  for (const slug of demoExchangeOptIns) {
    const organisationId = idBySlug.get(slug);
    if (!organisationId) throw new Error(`demo opt-in: unknown organisation ${slug}`);
    await db.query(
      `UPDATE organisation SET show_exchange_participation = true,
              provenance = provenance || jsonb_build_object('showExchangeParticipation', 'ILLUSTRATIVE')
        WHERE id = $1`,
      [organisationId],
    );
  }
}
