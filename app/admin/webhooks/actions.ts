"use server";

// Admin only: who receives the tracker's webhooks. Analysts cannot manage them.
import { defineAction } from "@/lib/actions/define-action";
import { actorOf } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/messages";
import { createWebhook, deleteWebhook, sendTestEvent, setWebhookEnabled } from "@/lib/webhooks/mutations";
import { createWebhookSchema, setWebhookEnabledSchema, webhookIdSchema } from "@/lib/webhooks/schema";

const m = getMessages().admin.webhooks;

export const createWebhookAction = defineAction({
  role: "ADMIN",
  schema: createWebhookSchema,
  run: async (input, user) => {
    await createWebhook(actorOf(user), input);
    return { message: m.registered };
  },
});

export const setWebhookEnabledAction = defineAction({
  role: "ADMIN",
  schema: setWebhookEnabledSchema,
  run: async ({ id, enabled }, user) => {
    await setWebhookEnabled(actorOf(user), id, enabled);
    return { message: m.stateChanged };
  },
});

export const sendTestEventAction = defineAction({
  role: "ADMIN",
  schema: webhookIdSchema,
  run: async ({ id }, user) => {
    await sendTestEvent(actorOf(user), id);
    return { message: m.testQueued };
  },
});

export const deleteWebhookAction = defineAction({
  role: "ADMIN",
  schema: webhookIdSchema,
  run: async ({ id }, user) => {
    await deleteWebhook(actorOf(user), id);
    return { message: m.deleted, redirectTo: "/admin/webhooks" };
  },
});
