import { z } from "zod";
import { id } from "@/lib/actions/fields";
import { getMessages } from "@/lib/i18n/messages";

const v = getMessages().admin.validation;

// The passage is kept exactly as given (no trimming): it must match the readout verbatim.
export const addQuoteSchema = z
  .object({
    commitmentId: id,
    talkId: id,
    text: z.string(v.required).min(1, v.required).max(5000, v.tooLong.replace("{max}", "5000")).refine((value) => value.trim().length > 0, v.required),
    near: z.coerce.number().int().min(0).max(10_000_000).optional().default(0),
  })
  .strict();

export const removeQuoteSchema = z.object({ id }).strict();
