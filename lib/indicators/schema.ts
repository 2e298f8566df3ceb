// What an indicator and a data point must be before anything is written. A point without the
// address it was read from is refused: an unsourced figure is left out, never shown.
import { z } from "zod";
import { checkbox, httpUrl, id, optionalIsoDate, requiredText, slug, version } from "@/lib/actions/fields";
import type { IndicatorFrequency } from "@/lib/generated/prisma/enums";
import { isPeriodOf, PERIOD_EXAMPLES } from "./period";

export const FREQUENCIES = ["YEAR", "QUARTER", "MONTH"] as const;
export const STATISTICS_SIDES = ["CHINA", "VIETNAM"] as const;

export const indicatorFieldsSchema = z
  .object({
    slug,
    name: requiredText(300),
    unit: requiredText(60),
    publisher: requiredText(300),
    side: z.enum(STATISTICS_SIDES, "Choose whose statistics these are: CHINA or VIETNAM."),
    frequency: z.enum(FREQUENCIES, "Choose a frequency: YEAR, QUARTER or MONTH."),
    description: z.string().trim().max(5000).optional().transform((value) => value ?? ""),
  })
  .strict();

/** An edit keeps the slug: it is the series' public address (/api/indicators/{slug}). */
export const indicatorUpdateSchema = indicatorFieldsSchema.omit({ slug: true });

const pointValue = z
  .union([z.number(), z.string().trim().min(1, "A value is required.")])
  .transform((value, context) => {
    const number = typeof value === "number" ? value : Number(value.replace(/,/g, ""));
    if (!Number.isFinite(number) || Math.abs(number) > 1e15) {
      context.addIssue({ code: "custom", message: "The value must be a number." });
      return z.NEVER;
    }
    return number;
  });

const pointShape = z
  .object({
    period: z.string("A period is required.").trim().min(1, "A period is required."),
    value: pointValue,
    sourceUrl: httpUrl,
    publishedOn: optionalIsoDate,
    estimate: z.union([z.boolean(), checkbox]).optional().transform((value) => value === true),
    note: z.string().trim().max(2000, "At most 2000 characters.").optional().transform((value) => value ?? ""),
  })
  .strict();

/** A data point of a series with the given frequency (its period written as that frequency counts). */
export const pointFieldsSchema = (frequency: IndicatorFrequency) =>
  pointShape.superRefine((point, context) => {
    if (!isPeriodOf(frequency, point.period)) {
      context.addIssue({ code: "custom", path: ["period"], message: `Write the period as ${PERIOD_EXAMPLES[frequency]} (the indicator is counted by ${frequency.toLowerCase()}).` });
    }
  });

export const targetPathSchema = z
  .object({
    baselinePeriod: z.string().trim().max(20).optional().transform((value) => value || null),
    timing: requiredText(2000),
    basis: z.enum(["PER_PERIOD", "TOTAL"], "Choose the target's basis: PER_PERIOD (a level each period must reach) or TOTAL (a sum over the pledge's life).").default("TOTAL"),
  })
  .strict();

export type IndicatorFields = z.output<typeof indicatorFieldsSchema>;
export type PointFields = z.output<typeof pointShape>;
export type TargetPathFields = z.output<typeof targetPathSchema>;

// The admin forms' envelopes: ids and versions checked here, the point's own fields as typed (the
// write checks them against the series' frequency, so the form gets the same messages as the CSV).
const typedPoint = {
  period: z.string().optional(),
  value: z.string().optional(),
  sourceUrl: z.string().optional(),
  publishedOn: z.string().optional(),
  note: z.string().optional(),
  estimate: z.string().optional(),
};
export const editIndicatorFormSchema = indicatorUpdateSchema.extend({ id, version }).strict();
export const addPointFormSchema = z.object({ indicatorId: id, ...typedPoint }).strict();
export const correctPointFormSchema = z.object({ id, version, ...typedPoint }).strict();
export const removePointFormSchema = z.object({ id, version }).strict();
export const pledgeLinkFormSchema = z.object({ indicatorId: id, commitmentId: id }).strict();
export const targetPathFormSchema = targetPathSchema.extend({ commitmentId: id }).strict();
