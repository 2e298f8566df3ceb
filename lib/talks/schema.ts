import { z } from "zod";
import { id, isoDate, optionalText, requiredText, slug, version } from "@/lib/actions/fields";
import { getMessages } from "@/lib/i18n/messages";
import { SIDES } from "@/lib/commitments/request";

const v = getMessages().admin.validation;

export const talkFieldsSchema = z
  .object({
    slug,
    title: requiredText(300),
    heldOn: isoDate,
    format: z.enum(["PHONE_CALL", "OFFICIAL_TALKS", "VIDEO_CONFERENCE", "MEETING", "OTHER"], v.choice),
    participants: requiredText(1000),
    publisher: requiredText(200),
    headline: optionalText(500),
    readoutBy: z.enum(SIDES, v.choice),
    sourceUrl: optionalText(2000).refine((value) => value === null || /^https?:\/\/[^\s]+$/i.test(value), v.url),
    sourceNote: optionalText(2000),
    language: z.string().trim().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, v.language),
    // Readout text is kept as typed apart from line endings: quotes point into it by offset.
    text: z.string(v.required).max(500_000, v.tooLong.replace("{max}", "500000")).transform((value) => value.replace(/\r\n?/g, "\n")).refine((value) => value.trim().length > 0, v.required),
  })
  .strict();

// A talk has its source address or says why there is none (never both), so no page guesses one.
const sourceOrNote = (value: { sourceUrl: string | null; sourceNote: string | null }) => (value.sourceUrl === null) !== (value.sourceNote === null);
const sourceIssue = { message: v.sourceOrNote, path: ["sourceNote"] };

export const createTalkSchema = talkFieldsSchema.refine(sourceOrNote, sourceIssue);
export const updateTalkSchema = talkFieldsSchema.extend({ id, version }).strict().refine(sourceOrNote, sourceIssue);

export type TalkFields = z.output<typeof talkFieldsSchema>;
