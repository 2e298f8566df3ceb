import type { Actor } from "@/lib/audit";
import { UserFacingError } from "@/lib/errors";
import { insertEvidence } from "@/lib/evidence/mutations";
import { evidenceFieldsSchema } from "@/lib/evidence/schema";
import { getMessages } from "@/lib/i18n/messages";
import { fieldErrorsOf } from "@/lib/validation";
import { appendStatusChange } from "./append";
import type { StatusUpdateInput } from "./schema";
import { inOneStatement, inWriteTransaction } from "@/lib/db/transaction";
import { lockVersion } from "@/lib/actions/version-check";
import { todayUtc } from "@/lib/dates";

/** Inline evidence must be complete and valid; its field errors are reported under newEvidence*. */
function inlineEvidence(input: StatusUpdateInput) {
  if (input.newEvidenceUrl === null) return null;
  const parsed = evidenceFieldsSchema.safeParse({
    url: input.newEvidenceUrl,
    title: input.newEvidenceTitle ?? "",
    publisher: input.newEvidencePublisher ?? "",
    publishedOn: input.newEvidencePublishedOn?.toISOString().slice(0, 10) ?? "",
    publishedOnApprox: input.newEvidencePublishedOnApprox ? "on" : "",
    summary: input.newEvidenceSummary ?? "",
    stance: input.newEvidenceStance ?? undefined,
  });
  if (parsed.success) return parsed.data;
  const fieldErrors = Object.fromEntries(
    Object.entries(fieldErrorsOf(parsed.error)).map(([key, messages]) => [`newEvidence${key[0]!.toUpperCase()}${key.slice(1)}`, messages]),
  );
  throw new UserFacingError(getMessages().admin.form.invalid, 422, fieldErrors);
}

/**
 * A status update. Without inline evidence it is one statement (appendStatusChange on its own);
 * with it, the evidence and the entry are written in one transaction.
 */
export async function recordStatusUpdate(actor: Actor, input: StatusUpdateInput) {
  const evidence = inlineEvidence(input);
  const change = {
    commitmentId: input.commitmentId,
    toStatus: input.toStatus,
    effectiveOn: input.effectiveOn,
    note: input.note,
    evidenceIds: [...input.evidenceIds],
    expectedVersion: input.version,
    reviewedOn: todayUtc(),
  };
  if (!evidence) return inOneStatement((db) => appendStatusChange(db, actor, change, { ownTransaction: true }));
  return inWriteTransaction(async (tx) => {
    // Lock the pledge before anything else: inserting evidence first would take a key-share lock
    // on it, and two such writers upgrading to FOR UPDATE would deadlock each other.
    await lockVersion(tx, "Commitment", input.commitmentId, input.version, getMessages().admin.commitments.what);
    let added;
    try {
      added = await insertEvidence(tx, actor, input.commitmentId, evidence);
    } catch (error) {
      if (error instanceof UserFacingError && error.fieldErrors?.url) {
        throw new UserFacingError(error.message, error.status, { newEvidenceUrl: error.fieldErrors.url });
      }
      throw error;
    }
    return appendStatusChange(tx, actor, { ...change, evidenceIds: [...change.evidenceIds, added.id] });
  });
}
