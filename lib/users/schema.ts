import { z } from "zod";
import { id } from "@/lib/actions/fields";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { getMessages } from "@/lib/i18n/messages";

const v = getMessages().admin.validation;

/** Emails are compared and stored lowercased, so one person cannot hold two accounts by case. */
export const email = z
  .string(v.required)
  .trim()
  .toLowerCase()
  .max(320, v.tooLong.replace("{max}", "320"))
  .pipe(z.email(v.email));

export const password = z
  .string(v.required)
  .min(MIN_PASSWORD_LENGTH, v.passwordShort.replace("{min}", String(MIN_PASSWORD_LENGTH)))
  .max(200, v.tooLong.replace("{max}", "200"));

export const role = z.enum(["ANALYST", "ADMIN"], v.choice);

export const createUserSchema = z
  .object({ email, name: z.string(v.required).trim().min(1, v.required).max(200, v.tooLong.replace("{max}", "200")), role, password })
  .strict();
export const changeRoleSchema = z.object({ id, role }).strict();
export const setDisabledSchema = z.object({ id, disabled: z.enum(["true", "false"]).transform((value) => value === "true") }).strict();
export const resetPasswordSchema = z.object({ id, password }).strict();
export const endSessionsSchema = z.object({ id }).strict();

export type CreateUserInput = z.output<typeof createUserSchema>;
