// What analysts may set on a pledge: the fields of ./fields.ts. Status is not here: it changes
// only through a status update (lib/status-history), so the history and the pledge never disagree.
import { z } from "zod";
import { id, optionalText, version } from "@/lib/actions/fields";
import { checkedPledgeFields, pledgeFieldsObject, pledgeFieldsSchema, type PledgeFields } from "./fields";

const idAndVersion = z.object({ id, version }).strict();

export const createCommitmentSchema = pledgeFieldsSchema;

/**
 * The fields plus the id and version the form was loaded with (the conflict check), and the
 * correction note an edit of a published fact needs (lib/corrections).
 */
export const updateCommitmentSchema = checkedPledgeFields(
  pledgeFieldsObject.extend({ id, version, correctionNote: optionalText(2000) }).strict() as unknown as z.ZodType<
    PledgeFields & { id: number; version: number; correctionNote: string | null }
  >,
);

export const archiveCommitmentSchema = z.object({ id, version, archived: z.enum(["true", "false"]).transform((value) => value === "true") }).strict();

/** One click: "checked, nothing new" (a status update records a review by itself). */
export const reviewCommitmentSchema = idAndVersion;

export type CommitmentFields = PledgeFields;
