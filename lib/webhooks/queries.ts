import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";

export const DELIVERY_PAGE_SIZE = 25;

/** The subscriptions as the admin lists them (never the secret), with their deliveries counted by state. */
export async function listWebhooks(prisma: PrismaClient = getPrisma()) {
  const [subscriptions, counts] = await Promise.all([
    prisma.webhookSubscription.findMany({
      orderBy: { id: "asc" },
      select: { id: true, url: true, description: true, eventTypes: true, enabled: true, secretHint: true, createdAt: true },
    }),
    prisma.webhookDelivery.groupBy({ by: ["subscriptionId", "status"], _count: { _all: true } }),
  ]);
  return subscriptions.map((subscription) => {
    const mine = counts.filter((count) => count.subscriptionId === subscription.id);
    const count = (status: string) => mine.find((row) => row.status === status)?._count._all ?? 0;
    return { ...subscription, pending: count("PENDING"), delivered: count("DELIVERED"), failed: count("FAILED") };
  });
}

export type WebhookRow = Awaited<ReturnType<typeof listWebhooks>>[number];

export async function getWebhook(id: number, prisma: PrismaClient = getPrisma()) {
  return prisma.webhookSubscription.findUnique({
    where: { id },
    select: { id: true, url: true, description: true, eventTypes: true, enabled: true, secretHint: true, createdAt: true },
  });
}

/** One page of a subscription's delivery log, newest first. */
export async function listDeliveries(subscriptionId: number, page: number, prisma: PrismaClient = getPrisma()) {
  const [total, rows] = await Promise.all([
    prisma.webhookDelivery.count({ where: { subscriptionId } }),
    prisma.webhookDelivery.findMany({
      where: { subscriptionId },
      orderBy: { id: "desc" },
      skip: (page - 1) * DELIVERY_PAGE_SIZE,
      take: DELIVERY_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        attempts: true,
        nextAttemptAt: true,
        lastStatusCode: true,
        lastError: true,
        responseExcerpt: true,
        deliveredAt: true,
        createdAt: true,
        event: { select: { id: true, type: true, payload: true } },
      },
    }),
  ]);
  return { total, pageCount: Math.max(1, Math.ceil(total / DELIVERY_PAGE_SIZE)), rows };
}

export type DeliveryRow = Awaited<ReturnType<typeof listDeliveries>>["rows"][number];
