-- Webhooks (issue 14): subscriptions, the events they receive, and one delivery per
-- (subscription, event), which is also the queue the workers take their work from.

-- CreateEnum
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('PENDING', 'DELIVERED', 'FAILED');

-- CreateTable
CREATE TABLE "WebhookSubscription" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "secretHint" TEXT NOT NULL,
    "description" TEXT,
    "eventTypes" TEXT[],
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookEvent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "type" TEXT NOT NULL,
    "commitmentId" INTEGER,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" SERIAL NOT NULL,
    "subscriptionId" INTEGER NOT NULL,
    "eventId" UUID NOT NULL,
    "status" "WebhookDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMPTZ(3),
    "lastStatusCode" INTEGER,
    "lastError" TEXT,
    "responseExcerpt" TEXT,
    "deliveredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WebhookEvent_createdAt_idx" ON "WebhookEvent"("createdAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_nextAttemptAt_idx" ON "WebhookDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_subscriptionId_id_idx" ON "WebhookDelivery"("subscriptionId", "id");

-- CreateIndex
CREATE INDEX "WebhookDelivery_eventId_idx" ON "WebhookDelivery"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_subscriptionId_eventId_key" ON "WebhookDelivery"("subscriptionId", "eventId");

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "WebhookSubscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "WebhookEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The outbox. An event is written, with a delivery for every enabled subscription that wants its
-- type, by the same statement that records the change: a rolled-back change notifies nobody and a
-- committed one always has its deliveries. With no subscriber nothing is written at all, so bulk
-- imports on a tracker without webhooks pay one indexless look-up per row.
CREATE FUNCTION "enqueue_webhook_event"(event_type text, commitment_id integer, event_payload jsonb) RETURNS void AS $$
DECLARE
  new_event uuid;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "WebhookSubscription" WHERE "enabled" AND event_type = ANY ("eventTypes")) THEN
    RETURN;
  END IF;
  INSERT INTO "WebhookEvent" ("type", "commitmentId", "payload") VALUES (event_type, commitment_id, event_payload)
    RETURNING "id" INTO new_event;
  INSERT INTO "WebhookDelivery" ("subscriptionId", "eventId")
    SELECT "id", new_event FROM "WebhookSubscription" WHERE "enabled" AND event_type = ANY ("eventTypes");
END;
$$ LANGUAGE plpgsql;

-- Every status change of a public pledge, by whatever path it was recorded (form, API, import).
CREATE FUNCTION "webhook_on_status_change"() RETURNS trigger AS $$
DECLARE
  pledge RECORD;
BEGIN
  SELECT "id", "slug", "title", "archived" INTO pledge FROM "Commitment" WHERE "id" = NEW."commitmentId";
  IF pledge."archived" THEN
    RETURN NULL;
  END IF;
  PERFORM "enqueue_webhook_event"('status_change', pledge."id", jsonb_build_object(
    'pledge', jsonb_build_object('id', pledge."id", 'slug', pledge."slug", 'title', pledge."title"),
    'change', jsonb_build_object(
      'id', NEW."id",
      'fromStatus', NEW."fromStatus",
      'toStatus', NEW."toStatus",
      'effectiveOn', to_char(NEW."effectiveOn", 'YYYY-MM-DD'),
      'recordedAt', NEW."recordedAt",
      'note', NEW."note")));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "webhook_on_status_change" AFTER INSERT ON "StatusChange"
  FOR EACH ROW EXECUTE FUNCTION "webhook_on_status_change"();

-- Every correction of a published fact (lib/corrections/record.ts).
CREATE FUNCTION "webhook_on_correction"() RETURNS trigger AS $$
DECLARE
  pledge RECORD;
BEGIN
  SELECT "id", "slug", "title" INTO pledge FROM "Commitment" WHERE "id" = NEW."commitmentId";
  PERFORM "enqueue_webhook_event"('correction', pledge."id", jsonb_build_object(
    'pledge', jsonb_build_object('id', pledge."id", 'slug', pledge."slug", 'title', pledge."title"),
    'correction', jsonb_build_object(
      'id', NEW."id",
      'note', NEW."note",
      'changes', NEW."changes",
      'recordedAt', NEW."createdAt")));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "webhook_on_correction" AFTER INSERT ON "Correction"
  FOR EACH ROW EXECUTE FUNCTION "webhook_on_correction"();
