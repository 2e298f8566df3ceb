import { z } from "zod";
import { checkbox, id, idList, isoDate, optionalIsoDate, optionalText, requiredText, version } from "@/lib/actions/fields";
import { STATUS_ORDER } from "@/lib/commitments/status";
import { getMessages } from "@/lib/i18n/messages";

const v = getMessages().admin.validation;

/**
 * A status update. Evidence is either picked from the pledge's own (evidenceIds) or added inline
 * (the newEvidence* fields, all-or-nothing); at least one is required.
 */
export const statusUpdateSchema = z
  .object({
    commitmentId: id,
    version,
    toStatus: z.enum(STATUS_ORDER, v.choice),
    effectiveOn: isoDate,
    note: requiredText(5000),
    evidenceIds: idList,
    newEvidenceUrl: z.string().trim().max(2000).optional().transform((value) => value || null),
    newEvidenceTitle: optionalText(500),
    newEvidencePublisher: optionalText(200),
    newEvidencePublishedOn: optionalIsoDate,
    newEvidencePublishedOnApprox: checkbox,
    newEvidenceSummary: optionalText(5000),
    newEvidenceStance: z.enum(["PROGRESS", "SETBACK", "CONTEXT", ""], v.choice).optional().transform((value) => value || null),
  })
  .strict()
  .refine((value) => value.evidenceIds.length > 0 || value.newEvidenceUrl !== null, {
    message: v.evidenceRequired,
    path: ["evidenceIds"],
  });

export type StatusUpdateInput = z.output<typeof statusUpdateSchema>;
