// The public dataset: every record behind the public pages (categories, talks with their full
// readout text, pledges with their quotes, evidence, the whole status history) in one JSON
// document. Anyone can download it; `npm run data:import` loads it into an empty database with
// the same ids, so that every export of the copy is byte-identical to the original's.
// Documented in ./FORMAT.md: change both together, and bump DATASET_FORMAT_VERSION when a
// document of the old version could no longer be imported.
import { z } from "zod";
import { datasetPledgeFields } from "@/lib/commitments/fields";
import { STATUS_ORDER } from "@/lib/commitments/status";
import { QUOTE_ROLES, SIDES } from "@/lib/commitments/request";
import { datasetIndicatorSections } from "./indicators";

export const DATASET_FORMAT = "china-vietnam-pledge-tracker/dataset";
export const DATASET_FORMAT_VERSION = 2;

const STATUSES = STATUS_ORDER;

// PostgreSQL cannot store NUL in text; refusing it here gives a clear message instead of a
// database error half-way through the import.
const text = (max: number) =>
  z.string().max(max, `longer than ${max} characters`).refine((value) => !value.includes("\u0000"), "contains a NUL character");
const shortText = text(20_000);
const id = z.number().int().positive().max(2_147_483_647);
const isoDate = z.iso.date("must be a YYYY-MM-DD date");
const httpUrl = shortText.refine((value) => /^https?:\/\//i.test(value), "must be an http(s) URL");

export const datasetCategory = z.strictObject({
  id,
  slug: shortText,
  name: shortText,
  description: shortText,
  sortOrder: z.number().int(),
});

export const datasetTalk = z.strictObject({
  id,
  slug: shortText,
  title: shortText,
  heldOn: isoDate,
  format: z.enum(["PHONE_CALL", "OFFICIAL_TALKS", "VIDEO_CONFERENCE", "MEETING", "OTHER"]),
  participants: shortText,
  publisher: shortText,
  headline: shortText.nullable(),
  readoutBy: z.enum(SIDES).nullable(),
  sourceUrl: httpUrl.nullable(),
  sourceNote: shortText.nullable(),
  language: shortText,
  text: text(1_000_000),
});

export const datasetQuote = z.strictObject({
  id,
  talk: shortText,
  role: z.enum(QUOTE_ROLES),
  startOffset: z.number().int().min(0),
  endOffset: z.number().int().min(0),
  text: shortText,
});

/** A pledge: its fields as lib/commitments/fields.ts lists them, references by key, then its state. */
export const datasetCommitment = z.strictObject({
  id,
  ...datasetPledgeFields,
  category: shortText,
  actualEvidenceId: id.nullable(),
  status: z.enum(STATUSES),
  statusEffectiveOn: isoDate.nullable(),
  reviewedOn: isoDate.nullable(),
  quotes: z.array(datasetQuote).max(1000),
});

export const datasetEvidence = z.strictObject({
  id,
  commitment: shortText,
  url: httpUrl,
  title: shortText,
  publisher: shortText,
  publishedOn: isoDate,
  publishedOnApprox: z.boolean(),
  summary: shortText,
  stance: z.enum(["PROGRESS", "SETBACK", "CONTEXT"]),
});

export const datasetStatusChange = z.strictObject({
  id,
  commitment: shortText,
  fromStatus: z.enum(STATUSES).nullable(),
  toStatus: z.enum(STATUSES),
  effectiveOn: isoDate,
  recordedAt: z.iso.datetime({ precision: 3, message: "must be an ISO 8601 UTC timestamp with milliseconds" }),
  note: shortText,
  evidenceIds: z.array(id).max(1000),
});

export const datasetDocument = z.strictObject({
  format: z.literal(DATASET_FORMAT, `is not a ${DATASET_FORMAT} document`),
  formatVersion: z.literal(DATASET_FORMAT_VERSION, `must be ${DATASET_FORMAT_VERSION}; this version of the tracker reads no other`),
  categories: z.array(datasetCategory),
  talks: z.array(datasetTalk),
  commitments: z.array(datasetCommitment),
  evidence: z.array(datasetEvidence),
  statusChanges: z.array(datasetStatusChange),
  ...datasetIndicatorSections,
});

export type DatasetCategory = z.infer<typeof datasetCategory>;
export type DatasetTalk = z.infer<typeof datasetTalk>;
export type DatasetCommitment = z.infer<typeof datasetCommitment>;
export type DatasetEvidence = z.infer<typeof datasetEvidence>;
export type DatasetStatusChange = z.infer<typeof datasetStatusChange>;
export type DatasetDocument = z.infer<typeof datasetDocument>;

/** The top-level arrays, in the order they are written and must be inserted (each refers only to earlier ones). */
export const DATASET_SECTIONS = ["categories", "talks", "commitments", "evidence", "statusChanges", "indicators", "targetPaths"] as const;
