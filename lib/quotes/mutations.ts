import { writeAudit, type Actor } from "@/lib/audit";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { getMessages } from "@/lib/i18n/messages";
import { isUniqueViolation } from "@/lib/actions/version-check";
import { locateQuote } from "./locate";
import { inWriteTransaction } from "@/lib/db/transaction";

const m = () => getMessages().admin.quotes;

/** Links a verbatim passage of a talk to a pledge; a passage not in the text is refused. */
export async function addQuote(actor: Actor, input: { commitmentId: number; talkId: number; text: string; near: number }) {
  return inWriteTransaction(async (tx) => {
      const talk = await tx.talk.findUnique({ where: { id: input.talkId }, select: { id: true, text: true } });
      if (!talk) throw new UserFacingError(m().talkMissing, 404, { talkId: [m().talkMissing] });
      const pledge = await tx.commitment.findUnique({ where: { id: input.commitmentId }, select: { id: true } });
      if (!pledge) throw new NotFoundError(getMessages().admin.commitments.what);
      const span = locateQuote(talk.text, input.text, input.near);
      if (!span) throw new UserFacingError(m().notVerbatim, 422, { text: [m().notVerbatim] });
      const created = await tx.quote.create({
        data: { commitmentId: input.commitmentId, talkId: talk.id, text: input.text, ...span },
        select: { id: true, commitmentId: true, talkId: true, text: true, startOffset: true, endOffset: true },
      });
      await writeAudit(tx, actor, { action: "create", entityType: "Quote", entityId: created.id, after: created });
      return created;
    })
    .catch((error) => {
      if (isUniqueViolation(error)) throw new UserFacingError(m().duplicate, 409, { text: [m().duplicate] });
      throw error;
    });
}

export async function removeQuote(actor: Actor, id: number) {
  return inWriteTransaction(async (tx) => {
    const before = await tx.quote.findUnique({ where: { id }, select: { id: true, commitmentId: true, talkId: true, text: true, startOffset: true, endOffset: true } });
    if (!before) throw new NotFoundError(m().what);
    await tx.quote.delete({ where: { id } });
    await writeAudit(tx, actor, { action: "delete", entityType: "Quote", entityId: id, before });
    return before;
  });
}
