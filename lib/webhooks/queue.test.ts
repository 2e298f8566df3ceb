// The outbox and the queue against a real database (embedded PGlite, or TEST_DATABASE_URL):
// deliveries commit with the change, are signed, retried with backoff, logged, and given up.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { writeAudit } from "@/lib/audit";
import { recordCorrection } from "@/lib/corrections/record";
import { createPrismaClient } from "@/lib/db/client";
import { parseIsoDate } from "@/lib/dates";
import { appendStatusChange } from "@/lib/status-history/append";
import { runDueDeliveries } from "./deliver";
import type { WebhookSettings } from "./events";
import { createWebhook, deleteWebhook, sendTestEvent, setWebhookEnabled } from "./mutations";
import { verifySignature } from "./signature";
import { startWebhookWorker } from "./worker";

const prisma = createPrismaClient(inject("databaseUrl"));
const actor = { userId: null, label: "test" };
const SECRET = "test-secret-0123456789";
const settings: WebhookSettings = { allowPrivate: true, retryBaseMs: 2_000, retryMaxMs: 60_000, maxAttempts: 3, timeoutMs: 3_000, pollMs: 100 };
const run = () => runDueDeliveries(prisma, { settings, baseUrl: "https://tracker.example" });

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}
const received: Received[] = [];
let answers: number[] = [];
let server: Server;
let receiverUrl: string;
let commitmentId: number;
let slug: string;
let subscriptionId: number;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      response.writeHead(answers.shift() ?? 200).end("thanks");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  const category = await prisma.category.findFirstOrThrow();
  slug = `webhook-test-${Date.now()}`;
  commitmentId = (await prisma.commitment.create({
    data: { slug, title: "Webhook test", description: "x", categoryId: category.id, committedBy: "BOTH", firmness: "AGREEMENT" },
  })).id;
  subscriptionId = (await createWebhook(actor, { url: receiverUrl, secret: SECRET, description: "test", events: ["status_change", "correction"] }, { prisma, allowPrivate: true })).id;
});

afterAll(async () => {
  await deleteWebhook(actor, subscriptionId, prisma);
  await prisma.$disconnect();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(async () => {
  received.length = 0;
  answers = [];
  // Each test starts with an empty queue, so a run attempts only what the test enqueued.
  await prisma.webhookDelivery.updateMany({ where: { status: "PENDING" }, data: { status: "FAILED" } });
});

const deliveries = () => prisma.webhookDelivery.findMany({ where: { subscriptionId }, orderBy: { id: "asc" }, include: { event: true } });
let day = 1;
const recordChange = (db: Parameters<typeof appendStatusChange>[0], toStatus: "IN_PROGRESS" | "STALLED" = "IN_PROGRESS") =>
  appendStatusChange(db, actor, { commitmentId, toStatus, effectiveOn: parseIsoDate(`2024-01-${String(day++).padStart(2, "0")}`), note: "work began" });
const makeDue = () => prisma.$executeRaw`UPDATE "WebhookDelivery" SET "nextAttemptAt" = now() WHERE "subscriptionId" = ${subscriptionId} AND "status" = 'PENDING'`;

describe("the outbox", () => {
  it("writes no delivery when the status change rolls back, and one when it commits", async () => {
    const before = (await deliveries()).length;
    await expect(
      prisma.$transaction(async (tx) => {
        await recordChange(tx);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect((await deliveries()).length).toBe(before);

    await prisma.$transaction((tx) => recordChange(tx));
    const after = await deliveries();
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)).toMatchObject({ status: "PENDING", attempts: 0, event: { type: "status_change", commitmentId } });
  });

  it("queues a correction as its own event type", async () => {
    await prisma.$transaction(async (tx) => {
      const auditId = await writeAudit(tx, actor, { action: "update", entityType: "Commitment", entityId: commitmentId });
      await recordCorrection(tx, commitmentId, auditId, "The deadline was wrong.", []);
    });
    const last = (await deliveries()).at(-1)!;
    expect(last.event.type).toBe("correction");
    expect(last.event.payload).toMatchObject({ pledge: { slug }, correction: { note: "The deadline was wrong." } });
  });

  it("sends nothing to a disabled subscription", async () => {
    await setWebhookEnabled(actor, subscriptionId, false, prisma);
    const before = (await deliveries()).length;
    await prisma.$transaction((tx) => recordChange(tx, "STALLED"));
    expect((await deliveries()).length).toBe(before);
    await setWebhookEnabled(actor, subscriptionId, true, prisma);
  });
});

describe("delivery", () => {
  it("is signed, retried with backoff after a failure, then delivered and logged", async () => {
    await prisma.$transaction((tx) => recordChange(tx));
    answers = [500, 200];

    expect(await run()).toBe(1);
    let [delivery] = (await deliveries()).filter((row) => row.status === "PENDING");
    expect(delivery).toMatchObject({ attempts: 1, lastStatusCode: 500, lastError: "HTTP 500", responseExcerpt: "thanks", deliveredAt: null });
    const wait = delivery!.nextAttemptAt.getTime() - Date.now();
    expect(wait).toBeGreaterThan(500);
    expect(wait).toBeLessThanOrEqual(2_000);
    expect(await run()).toBe(0); // not due yet

    await makeDue();
    expect(await run()).toBe(1);
    delivery = (await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: delivery!.id }, include: { event: true } }));
    expect(delivery).toMatchObject({ status: "DELIVERED", attempts: 2, lastStatusCode: 200, lastError: null });
    expect(delivery.deliveredAt).toBeInstanceOf(Date);

    expect(received).toHaveLength(2);
    for (const { headers, body } of received) {
      expect(headers["x-tracker-event-id"]).toBe(delivery.eventId);
      expect(headers["x-tracker-event"]).toBe("status_change");
      expect(headers["content-type"]).toBe("application/json");
      expect(verifySignature(SECRET, String(headers["x-tracker-timestamp"]), body, String(headers["x-tracker-signature"]))).toBe(true);
      expect(verifySignature("another-secret-0123", String(headers["x-tracker-timestamp"]), body, String(headers["x-tracker-signature"]))).toBe(false);
    }
    expect(JSON.parse(received[1]!.body)).toMatchObject({
      id: delivery.eventId,
      type: "status_change",
      pledge: { id: commitmentId, slug, title: "Webhook test", url: `https://tracker.example/commitments/${slug}` },
      change: { toStatus: "IN_PROGRESS", note: "work began" },
    });
  });

  it("gives up after the last attempt and marks the delivery failed", async () => {
    await sendTestEvent(actor, subscriptionId, prisma);
    answers = [503, 503, 503, 503];
    for (let attempt = 1; attempt <= settings.maxAttempts; attempt++) {
      await makeDue();
      expect(await run()).toBe(1);
    }
    await makeDue();
    expect(await run()).toBe(0);
    const last = (await deliveries()).at(-1)!;
    expect(last).toMatchObject({ status: "FAILED", attempts: 3, lastStatusCode: 503, event: { type: "test" } });
    expect(received).toHaveLength(3);
  });

  it("logs a receiver that cannot be reached as an error, without a status code", async () => {
    const { id } = await createWebhook(actor, { url: "http://127.0.0.1:9/closed", secret: SECRET, description: null, events: ["status_change"] }, { prisma, allowPrivate: true });
    try {
      await sendTestEvent(actor, id, prisma);
      expect(await run()).toBe(1);
      const [delivery] = await prisma.webhookDelivery.findMany({ where: { subscriptionId: id } });
      expect(delivery).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: null });
      expect(delivery!.lastError).toMatch(/ECONNREFUSED/);
    } finally {
      await deleteWebhook(actor, id, prisma);
    }
  });
});

describe("the worker", () => {
  it("polls the queue, delivers what is due, and stops when asked", async () => {
    const worker = startWebhookWorker(prisma, { connectionString: inject("databaseUrl"), settings, baseUrl: "https://tracker.example" });
    try {
      const { id: eventId } = await sendTestEvent(actor, subscriptionId, prisma);
      await expect.poll(async () => (await prisma.webhookDelivery.findFirstOrThrow({ where: { eventId } })).status, { timeout: 10_000 }).toBe("DELIVERED");
      expect(received.map((request) => request.headers["x-tracker-event-id"])).toEqual([eventId]);
    } finally {
      await worker.stop(5_000);
    }
    // Stopped: a new event stays queued.
    const { id: later } = await sendTestEvent(actor, subscriptionId, prisma);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await prisma.webhookDelivery.findFirstOrThrow({ where: { eventId: later } })).status).toBe("PENDING");
  });
});

describe("the admin's writes", () => {
  it("refuse private receivers unless configured, and never put the secret in the audit log", async () => {
    await expect(createWebhook(actor, { url: "https://127.0.0.1/hook", secret: SECRET, description: null, events: ["correction"] }, { prisma, allowPrivate: false })).rejects.toThrow(/private/);
    const audits = await prisma.auditLog.findMany({ where: { entityType: "WebhookSubscription", entityId: String(subscriptionId) } });
    expect(audits.map((row) => row.action)).toEqual(expect.arrayContaining(["create", "update", "test-delivery"]));
    expect(JSON.stringify(audits)).not.toContain(SECRET);
    expect(audits.find((row) => row.action === "create")?.after).toMatchObject({ url: receiverUrl, secretHint: "…6789" });
  });
});
