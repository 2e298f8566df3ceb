import { z } from "zod";
import { id } from "@/lib/actions/fields";
import { getMessages } from "@/lib/i18n/messages";
import { EVENT_TYPES, webhookSettings, type EventType } from "./events";
import { parseWebhookUrl, WebhookTargetError } from "./target";

const v = getMessages().admin.validation;
const w = getMessages().admin.webhooks.validation;

/** The form's one choice of events, and the event types each stands for. */
export const EVENT_CHOICES = { all: [...EVENT_TYPES], status_change: ["status_change"], correction: ["correction"] } satisfies Record<string, EventType[]>;

export const createWebhookSchema = z
  .object({
    // The URL's form is checked with the other fields; its host is resolved by the mutation.
    url: z
      .string(v.required)
      .trim()
      .min(1, v.required)
      .max(2000, v.tooLong.replace("{max}", "2000"))
      .superRefine((value, context) => {
        try {
          parseWebhookUrl(value, { allowPrivate: webhookSettings().allowPrivate });
        } catch (error) {
          if (!(error instanceof WebhookTargetError)) throw error;
          context.addIssue({ code: "custom", message: error.message });
        }
      }),
    secret: z.string(v.required).min(16, w.secretShort).max(200, v.tooLong.replace("{max}", "200")).regex(/^\S+$/, w.secretSpaces),
    description: z.string().trim().max(200, v.tooLong.replace("{max}", "200")).optional().transform((value) => value || null),
    events: z.enum(["all", "status_change", "correction"], v.choice).transform((choice) => EVENT_CHOICES[choice]),
  })
  .strict();

export const setWebhookEnabledSchema = z.object({ id, enabled: z.enum(["true", "false"], v.choice).transform((value) => value === "true") }).strict();
export const webhookIdSchema = z.object({ id }).strict();

export type CreateWebhookInput = z.output<typeof createWebhookSchema>;
