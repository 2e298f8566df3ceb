import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import { countedSql } from "@/lib/commitments/rules";

export interface PledgesPerTalkRow {
  talkId: number;
  title: string;
  heldOn: string;
  count: number;
}

/**
 * Distinct counted commitments quoted from each talk, the most first (ties: the latest talk first),
 * which is the order the dashboard draws its top talks in and the table pages them in. A
 * commitment restated in several talks counts once in each, so the column sums to more than the
 * commitments tracked. The per-talk numbers are kept by triggers on the quotes and pledges
 * (TalkPledgeCount, by the pledges' kind and archived flag), so this reads one row per talk
 * instead of joining every quote to its pledge.
 */
export async function getPledgesPerTalk(db: PrismaClient = getPrisma()): Promise<PledgesPerTalkRow[]> {
  return db.$queryRaw<PledgesPerTalkRow[]>`
    SELECT t.id AS "talkId", t.title, to_char(t."heldOn", 'YYYY-MM-DD') AS "heldOn",
           coalesce(sum(p.count), 0)::int AS count
    FROM "Talk" t
    LEFT JOIN "TalkPledgeCount" p ON p."talkId" = t.id AND ${countedSql("p")}
    GROUP BY t.id
    ORDER BY count DESC, t."heldOn" DESC, t.id`;
}
