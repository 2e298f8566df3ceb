"use server";

// Every write on a pledge page. Each goes through defineAction (origin, session, role, strict
// schema, transaction with audit, public cache expired); see lib/actions/define-action.ts.
import { defineAction } from "@/lib/actions/define-action";
import { actorOf } from "@/lib/auth/session";
import { createCommitmentSchema, updateCommitmentSchema, archiveCommitmentSchema, reviewCommitmentSchema } from "@/lib/commitments/schema";
import { createCommitment, recordReview, setCommitmentArchived, updateCommitment } from "@/lib/commitments/mutations";
import { todayUtc } from "@/lib/dates";
import { addEvidenceSchema, removeEvidenceSchema, updateEvidenceSchema } from "@/lib/evidence/schema";
import { addEvidence, removeEvidence, updateEvidence } from "@/lib/evidence/mutations";
import { getMessages } from "@/lib/i18n/messages";
import { setTargetPath } from "@/lib/indicators/mutations";
import { targetPathFormSchema } from "@/lib/indicators/schema";
import { addQuoteSchema, removeQuoteSchema } from "@/lib/quotes/schema";
import { addQuote, removeQuote } from "@/lib/quotes/mutations";
import { statusUpdateSchema } from "@/lib/status-history/schema";
import { recordStatusUpdate } from "@/lib/status-history/mutations";

const m = getMessages().admin;

export const createCommitmentAction = defineAction({
  role: "ANALYST",
  schema: createCommitmentSchema,
  run: async (input, user) => {
    const created = await createCommitment(actorOf(user), input);
    return { redirectTo: `/admin/commitments/${created.id}?created=1` };
  },
});

export const updateCommitmentAction = defineAction({
  role: "ANALYST",
  schema: updateCommitmentSchema,
  run: async ({ id, version, correctionNote, ...fields }, user) => {
    await updateCommitment(actorOf(user), id, version, fields, { correctionNote });
  },
});

export const archiveCommitmentAction = defineAction({
  role: "ANALYST",
  schema: archiveCommitmentSchema,
  run: async ({ id, version, archived }, user) => {
    await setCommitmentArchived(actorOf(user), id, version, archived);
    return { message: archived ? m.commitments.archivedDone : m.commitments.restoredDone };
  },
});

export const recordReviewAction = defineAction({
  role: "ANALYST",
  schema: reviewCommitmentSchema,
  run: async ({ id, version }, user) => {
    await recordReview(actorOf(user), id, version, todayUtc());
    return { message: m.commitments.review.done };
  },
});

export const addEvidenceAction = defineAction({
  role: "ANALYST",
  schema: addEvidenceSchema,
  run: async ({ commitmentId, ...fields }, user) => {
    await addEvidence(actorOf(user), commitmentId, fields);
    return { message: m.evidence.added };
  },
});

export const updateEvidenceAction = defineAction({
  role: "ANALYST",
  schema: updateEvidenceSchema,
  run: async ({ id, version, ...fields }, user) => {
    await updateEvidence(actorOf(user), id, version, fields);
    return { message: m.evidence.updated };
  },
});

export const removeEvidenceAction = defineAction({
  role: "ANALYST",
  schema: removeEvidenceSchema,
  run: async ({ id, version }, user) => {
    await removeEvidence(actorOf(user), id, version);
    return { message: m.evidence.removed };
  },
});

export const recordStatusAction = defineAction({
  role: "ANALYST",
  schema: statusUpdateSchema,
  run: async (input, user) => {
    await recordStatusUpdate(actorOf(user), input);
    return { message: m.status.recorded };
  },
});

export const addQuoteAction = defineAction({
  role: "ANALYST",
  schema: addQuoteSchema,
  run: async (input, user) => {
    await addQuote(actorOf(user), input);
    return { message: m.quotes.added };
  },
});

export const removeQuoteAction = defineAction({
  role: "ANALYST",
  schema: removeQuoteSchema,
  run: async ({ id }, user) => {
    await removeQuote(actorOf(user), id);
    return { message: m.quotes.removed };
  },
});

export const setTargetPathAction = defineAction({
  role: "ANALYST",
  schema: targetPathFormSchema,
  run: async ({ commitmentId, ...path }, user) => {
    await setTargetPath(actorOf(user), commitmentId, path);
    return { message: m.indicators.targetPath.saved };
  },
});
