import { z } from "zod";
import { checkbox, httpUrl, id, isoDate, requiredText, version } from "@/lib/actions/fields";
import { getMessages } from "@/lib/i18n/messages";

const v = getMessages().admin.validation;

export const evidenceFieldsSchema = z
  .object({
    url: httpUrl,
    title: requiredText(500),
    publisher: requiredText(200),
    publishedOn: isoDate,
    publishedOnApprox: checkbox,
    summary: requiredText(5000),
    stance: z.enum(["PROGRESS", "SETBACK", "CONTEXT"], v.choice),
  })
  .strict();

export const addEvidenceSchema = evidenceFieldsSchema.extend({ commitmentId: id }).strict();
export const updateEvidenceSchema = evidenceFieldsSchema.extend({ id, version }).strict();
export const removeEvidenceSchema = z.object({ id, version }).strict();

export type EvidenceFields = z.output<typeof evidenceFieldsSchema>;
