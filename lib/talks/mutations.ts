import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit, type Actor } from "@/lib/audit";
import { isUniqueViolation, lockVersion } from "@/lib/actions/version-check";
import { UserFacingError } from "@/lib/errors";
import { getMessages } from "@/lib/i18n/messages";
import { quoteStillMatches } from "@/lib/quotes/locate";
import type { TalkFields } from "./schema";
import { inWriteTransaction } from "@/lib/db/transaction";

const m = () => getMessages().admin.talks;

const auditedSelect = {
  id: true, slug: true, title: true, heldOn: true, format: true, participants: true, publisher: true,
  headline: true, readoutBy: true, sourceUrl: true, sourceNote: true, language: true, text: true, version: true,
} satisfies Prisma.TalkSelect;

function slugTaken(error: unknown): never {
  if (isUniqueViolation(error)) throw new UserFacingError(m().slugTaken, 409, { slug: [m().slugTaken] });
  throw error;
}

export async function createTalk(actor: Actor, fields: TalkFields) {
  return inWriteTransaction(async (tx) => {
      const created = await tx.talk.create({ data: fields, select: auditedSelect });
      await writeAudit(tx, actor, { action: "create", entityType: "Talk", entityId: created.id, after: created });
      return created;
    })
    .catch(slugTaken);
}

/** Edits a talk; a new text that no longer holds every existing quote verbatim is refused. */
export async function updateTalk(actor: Actor, id: number, expectedVersion: number, fields: TalkFields) {
  return inWriteTransaction(async (tx) => {
      await lockVersion(tx, "Talk", id, expectedVersion, m().what);
      const quotes = await tx.quote.findMany({
        where: { talkId: id },
        select: { id: true, text: true, startOffset: true, endOffset: true, commitment: { select: { title: true } } },
        orderBy: { startOffset: "asc" },
      });
      const broken = quotes.filter((quote) => !quoteStillMatches(fields.text, quote));
      if (broken.length) {
        const list = broken.map((quote) => `“${quote.text.slice(0, 80)}${quote.text.length > 80 ? "…" : ""}” (${quote.commitment.title})`);
        throw new UserFacingError(m().wouldBreak.replace("{count}", String(broken.length)), 409, { text: list });
      }
      const before = await tx.talk.findUniqueOrThrow({ where: { id }, select: auditedSelect });
      const after = await tx.talk.update({ where: { id }, data: { ...fields, version: { increment: 1 } }, select: auditedSelect });
      await writeAudit(tx, actor, { action: "update", entityType: "Talk", entityId: id, before, after });
      return after;
    })
    .catch(slugTaken);
}
