// The admin's writes on webhooks, each in one transaction with its audit row. The audit row and
// everything shown after creation carry the secret's hint, never the secret.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { writeAudit, type Actor } from "@/lib/audit";
import { getPrisma } from "@/lib/db/client";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { TEST_EVENT_TYPE, webhookSettings } from "./events";
import type { CreateWebhookInput } from "./schema";
import { secretHint } from "./signature";
import { resolveWebhookTarget, WebhookTargetError } from "./target";

const PUBLIC_FIELDS = { id: true, url: true, description: true, eventTypes: true, enabled: true, secretHint: true } as const;

export async function createWebhook(actor: Actor, input: CreateWebhookInput, { prisma = getPrisma(), allowPrivate = webhookSettings().allowPrivate } = {}) {
  try {
    await resolveWebhookTarget(input.url, { allowPrivate });
  } catch (error) {
    if (error instanceof WebhookTargetError) throw new UserFacingError(error.message, 422, { url: [error.message] });
    throw error;
  }
  return prisma.$transaction(async (tx) => {
    const created = await tx.webhookSubscription.create({
      data: { url: input.url, secret: input.secret, secretHint: secretHint(input.secret), description: input.description, eventTypes: input.events },
      select: PUBLIC_FIELDS,
    });
    await writeAudit(tx, actor, { action: "create", entityType: "WebhookSubscription", entityId: created.id, after: created });
    return created;
  });
}

export async function setWebhookEnabled(actor: Actor, id: number, enabled: boolean, prisma: PrismaClient = getPrisma()) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.webhookSubscription.findUnique({ where: { id }, select: PUBLIC_FIELDS });
    if (!before) throw new NotFoundError("The webhook");
    if (before.enabled === enabled) return before;
    const after = await tx.webhookSubscription.update({ where: { id }, data: { enabled }, select: PUBLIC_FIELDS });
    await writeAudit(tx, actor, { action: "update", entityType: "WebhookSubscription", entityId: id, before, after });
    return after;
  });
}

/** Deletes a subscription and its delivery log; the audit row keeps what it was. */
export async function deleteWebhook(actor: Actor, id: number, prisma: PrismaClient = getPrisma()) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.webhookSubscription.findUnique({ where: { id }, select: PUBLIC_FIELDS });
    if (!before) throw new NotFoundError("The webhook");
    await tx.webhookSubscription.delete({ where: { id } });
    await tx.webhookEvent.deleteMany({ where: { deliveries: { none: {} } } });
    await writeAudit(tx, actor, { action: "delete", entityType: "WebhookSubscription", entityId: id, before });
  });
}

/** Queues a "test" event for this subscription alone (the worker sends it like any other). */
export async function sendTestEvent(actor: Actor, id: number, prisma: PrismaClient = getPrisma()) {
  return prisma.$transaction(async (tx) => {
    const subscription = await tx.webhookSubscription.findUnique({ where: { id }, select: { id: true, enabled: true } });
    if (!subscription) throw new NotFoundError("The webhook");
    if (!subscription.enabled) throw new UserFacingError("Enable the webhook first: a disabled webhook receives nothing.", 409);
    const event = await tx.webhookEvent.create({
      data: { type: TEST_EVENT_TYPE, payload: { message: "A test event sent from the tracker's admin pages." }, deliveries: { create: { subscriptionId: id } } },
      select: { id: true },
    });
    await writeAudit(tx, actor, { action: "test-delivery", entityType: "WebhookSubscription", entityId: id, after: { eventId: event.id } });
    return event;
  });
}
