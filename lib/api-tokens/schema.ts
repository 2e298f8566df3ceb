import { z } from "zod";
import { id } from "@/lib/actions/fields";
import { email } from "@/lib/users/schema";
import { DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS } from "./token";

export const createApiTokenSchema = z
  .object({
    email,
    label: z.string().trim().min(1, "Give the token a label (what it is for).").max(200, "At most 200 characters."),
    expiresDays: z.coerce
      .number()
      .int("A whole number of days.")
      .min(1, "At least 1 day.")
      .max(MAX_EXPIRY_DAYS, `At most ${MAX_EXPIRY_DAYS} days.`)
      .default(DEFAULT_EXPIRY_DAYS),
  })
  .strict();

export const revokeApiTokenSchema = z.object({ id }).strict();

export type CreateApiTokenInput = z.output<typeof createApiTokenSchema>;
