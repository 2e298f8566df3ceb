// What analysts may set on a pledge: the fields of ./fields.ts. Status is not here: it changes
// only through a status update (lib/status-history), so the history and the pledge never disagree.
import { z } from "zod";
import { id, version } from "@/lib/actions/fields";
import { checkedPledgeFields, pledgeFieldsObject, pledgeFieldsSchema, type PledgeFields } from "./fields";

const idAndVersion = z.object({ id, version }).strict();

export const createCommitmentSchema = pledgeFieldsSchema;

/** The fields plus the id and version the form was loaded with (the conflict check). */
export const updateCommitmentSchema = checkedPledgeFields(
  pledgeFieldsObject.extend({ id, version }).strict() as unknown as z.ZodType<PledgeFields & { id: number; version: number }>,
);

export const archiveCommitmentSchema = z.object({ id, version, archived: z.enum(["true", "false"]).transform((value) => value === "true") }).strict();

/** One click: "checked, nothing new" (a status update records a review by itself). */
export const reviewCommitmentSchema = idAndVersion;

export type CommitmentFields = PledgeFields;
