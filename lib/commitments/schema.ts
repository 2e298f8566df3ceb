// What analysts may set on a pledge. Status and progress are not here: they change only through
// a status update (lib/status-history), so the history and the pledge never disagree.
import { z } from "zod";
import { id, optionalIsoDate, optionalNumber, optionalText, requiredText, slug, version } from "@/lib/actions/fields";
import { getMessages } from "@/lib/i18n/messages";

const v = getMessages().admin.validation;

export const commitmentFieldsSchema = z
  .object({
    slug,
    title: requiredText(300),
    description: requiredText(5000),
    categoryId: id,
    committedBy: z.enum(["CHINA", "VIETNAM", "BOTH"], v.choice),
    firmness: z.enum(["FIRM_PLEDGE", "AGREEMENT", "WILLINGNESS", "PROPOSAL"], v.choice),
    targetValue: optionalNumber,
    targetUnit: optionalText(100),
    baselineValue: optionalNumber,
    actualValue: optionalNumber,
    deadline: optionalIsoDate,
    deadlinePrecision: z
      .enum(["DAY", "MONTH", "YEAR", ""], v.choice)
      .optional()
      .transform((value) => value || null),
  })
  .strict();

const deadlineNeedsPrecision = (value: { deadline: Date | null; deadlinePrecision: string | null }) =>
  (value.deadline === null) === (value.deadlinePrecision === null);
const precisionIssue = { message: v.deadlinePrecision, path: ["deadlinePrecision"] };

export const createCommitmentSchema = commitmentFieldsSchema.refine(deadlineNeedsPrecision, precisionIssue);
export const updateCommitmentSchema = commitmentFieldsSchema
  .extend({ id, version })
  .strict()
  .refine(deadlineNeedsPrecision, precisionIssue);
export const archiveCommitmentSchema = z.object({ id, version, archived: z.enum(["true", "false"]).transform((value) => value === "true") }).strict();

export type CommitmentFields = z.output<typeof commitmentFieldsSchema>;
