// Form field types shared by the admin schemas. Browsers send every field as a string, so
// these turn "" into null/undefined and strings into numbers, dates and booleans.
import { z } from "zod";
import { parseIsoDate } from "@/lib/dates";
import { getMessages } from "@/lib/i18n/messages";

const v = getMessages().admin.validation;
const MAX_ID = 2_147_483_647;

export const requiredText = (max: number) =>
  z.string(v.required).trim().min(1, v.required).max(max, v.tooLong.replace("{max}", String(max)));

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, v.tooLong.replace("{max}", String(max)))
    .optional()
    .transform((value) => value || null);

export const id = z.coerce.number(v.invalidId).int(v.invalidId).positive(v.invalidId).max(MAX_ID, v.invalidId);
export const version = id;

export const slug = z
  .string(v.required)
  .trim()
  .min(1, v.required)
  .max(80, v.tooLong.replace("{max}", "80"))
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, v.slug);

export const isoDate = z
  .string(v.required)
  .trim()
  .min(1, v.required)
  .refine((value) => {
    try {
      parseIsoDate(value);
      return true;
    } catch {
      return false;
    }
  }, v.date)
  .transform((value) => parseIsoDate(value));

export const optionalIsoDate = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined)
  .pipe(isoDate.optional())
  .transform((value) => value ?? null);

export const optionalNumber = z
  .string()
  .trim()
  .optional()
  .transform((value, context) => {
    if (!value) return null;
    const number = Number(value);
    if (!Number.isFinite(number) || Math.abs(number) > 1e15) {
      context.addIssue({ code: "custom", message: v.number });
      return z.NEVER;
    }
    return number;
  });

export const checkbox = z
  .enum(["on", "true", "false", ""])
  .optional()
  .transform((value) => value === "on" || value === "true");

export const httpUrl = z
  .string(v.required)
  .trim()
  .min(1, v.required)
  .max(2000, v.tooLong.replace("{max}", "2000"))
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && Boolean(url.hostname);
    } catch {
      return false;
    }
  }, v.url)
  .transform((value) => new URL(value).toString());

/** Zero or more ids from repeated form fields (checkboxes). */
export const idList = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((item) => item !== ""),
  z.array(id).max(100),
);
