// The shape of the seed data files in seed/data/, checked before anything is written.
import { z } from "zod";
import { ADDRESSEES, FIRMNESS, QUOTE_ROLES, REQUESTING_SIDES, RESPONSES, SIDES } from "@/lib/commitments/request";
import { PUBLIC_KINDS } from "@/lib/commitments/kind";
import { DATE_PRECISIONS } from "@/lib/dates";
import { STATUS_ORDER } from "@/lib/commitments/status";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80);

export const categoriesFile = z.array(
  z.object({ slug, name: z.string().min(1), description: z.string().min(1) }).strict(),
);

export const talksFile = z.array(
  z
    .object({
      key: slug,
      title: z.string().min(1),
      date: isoDate,
      format: z.enum(["PHONE_CALL", "OFFICIAL_TALKS", "VIDEO_CONFERENCE", "MEETING", "OTHER"]),
      participants: z.string().min(1),
      publisher: z.string().min(1),
      headline: z.string().min(1).nullable(),
      readoutBy: z.enum(SIDES),
      sourceUrl: z.url({ protocol: /^https?$/ }).nullable(),
      /** Why there is no source address; required exactly when sourceUrl is null. */
      sourceNote: z.string().min(1).nullable(),
      language: z.string().min(2).max(10),
      textFile: z.string().regex(/^talks\/[a-z0-9-]+\.txt$/),
    })
    .strict(),
);

export const commitmentsFile = z.array(
  z
    .object({
      slug,
      title: z.string().min(1).max(200),
      description: z.string().min(1),
      category: slug,
      kind: z.enum(PUBLIC_KINDS),
      request: z
        .object({
          by: z.enum(REQUESTING_SIDES),
          of: z.enum(ADDRESSEES),
          response: z.enum(RESPONSES),
        })
        .strict()
        .nullable()
        .optional()
        .transform((value) => value ?? null),
      committedBy: z.enum(SIDES),
      firmness: z.enum(FIRMNESS),
      target: z
        .object({
          value: z.number().positive(),
          unit: z.string().min(1),
          baseline: z.number().nullable(),
          actual: z.number().nullable(),
          actualEvidenceUrl: z.url({ protocol: /^https?$/ }).nullable().optional().transform((value) => value ?? null),
        })
        .strict()
        .nullable(),
      deadline: z.object({ date: isoDate, precision: z.enum(DATE_PRECISIONS) }).strict().nullable(),
      evidenceNo: z.number().int().positive().nullable(),
      reviewedOn: isoDate.nullable().optional().transform((value) => value ?? null),
      quotes: z
        .array(
          z
            .object({
              talk: slug,
              text: z.string().min(1),
              // Lowercase in the data files; the database's QuoteRole in capitals.
              role: z
                .enum(QUOTE_ROLES.map((role) => role.toLowerCase()) as ["pledge", "request", "response"])
                .optional()
                .transform((value) => value ?? "pledge"),
            })
            .strict(),
        )
        .min(1),
    })
    .strict(),
);

export const evidenceFile = z.array(
  z
    .object({
      slug,
      url: z.url({ protocol: /^https?$/ }),
      title: z.string().min(1),
      publisher: z.string().min(1),
      publishedOn: isoDate,
      approximate: z.boolean(),
      summary: z.string().min(1),
      stance: z.enum(["PROGRESS", "SETBACK", "CONTEXT"]),
    })
    .strict(),
);

export const statusChangesFile = z.array(
  z
    .object({
      slug,
      to: z.enum(STATUS_ORDER),
      effectiveDate: isoDate,
      note: z.string().min(1),
      evidenceUrls: z.array(z.url()),
    })
    .strict(),
);

export type SeedCategory = z.infer<typeof categoriesFile>[number];
export type SeedTalk = z.infer<typeof talksFile>[number] & { text: string };
export type SeedCommitment = z.infer<typeof commitmentsFile>[number];
export type SeedEvidence = z.infer<typeof evidenceFile>[number];
export type SeedStatusChange = z.infer<typeof statusChangesFile>[number];
