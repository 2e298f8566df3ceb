import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";

export interface PledgesPerTalkRow {
  talkId: number;
  title: string;
  heldOn: string;
  count: number;
}

/** Distinct (non-archived) pledges quoted from each talk, oldest talk first. */
export async function getPledgesPerTalk(db: PrismaClient = getPrisma()): Promise<PledgesPerTalkRow[]> {
  return db.$queryRaw<PledgesPerTalkRow[]>`
    SELECT t.id AS "talkId", t.title, to_char(t."heldOn", 'YYYY-MM-DD') AS "heldOn",
           count(DISTINCT c.id)::int AS count
    FROM "Talk" t
    LEFT JOIN "Quote" q ON q."talkId" = t.id
    LEFT JOIN "Commitment" c ON c.id = q."commitmentId" AND NOT c.archived
    GROUP BY t.id
    ORDER BY t."heldOn", t.id`;
}
