import { inject, afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors";
import { addIndicator, addPoint, correctPoint, linkIndicatorToPledge, removePoint, unlinkIndicatorFromPledge, updateIndicator } from "./mutations";
import { UnitMismatchError } from "./units";

const prisma = createPrismaClient(inject("databaseUrl"));
const actor = { userId: null, label: "test" };
afterAll(() => prisma.$disconnect());

const newIndicator = (unit: string) =>
  addIndicator(actor, { slug: `test-${unit.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}`, name: "Test series", unit, publisher: "Test office", side: "VIETNAM", frequency: "YEAR" });

describe("indicator writes", () => {
  it("writes an indicator and a point with their audit rows", async () => {
    const indicator = await newIndicator("scholarships");
    const point = await addPoint(actor, indicator.id, { period: "2024", value: 12, sourceUrl: "https://example.org/a" });
    expect(await prisma.auditLog.count({ where: { entityType: "Indicator", entityId: String(indicator.id), action: "create" } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { entityType: "IndicatorPoint", entityId: String(point.id), action: "create" } })).toBe(1);
  });

  it("refuses a point without a source URL and writes nothing", async () => {
    const indicator = await newIndicator("tonnes");
    const audits = await prisma.auditLog.count();
    const error = await addPoint(actor, indicator.id, { period: "2024", value: 12 }).catch((caught) => caught);
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error.status).toBe(400);
    expect(error.fieldErrors.sourceUrl).toHaveLength(1);
    expect(await prisma.indicatorPoint.count({ where: { indicatorId: indicator.id } })).toBe(0);
    expect(await prisma.auditLog.count()).toBe(audits);
  });

  it("refuses to link a series to a pledge whose target is in another unit, and links one in the same unit", async () => {
    const pledge = await prisma.commitment.findUniqueOrThrow({ where: { slug: "china-1000-government-scholarships" }, select: { id: true, targetUnit: true } });
    expect(pledge.targetUnit).toBe("scholarships");
    const dollars = await newIndicator("billion USD");
    await expect(linkIndicatorToPledge(actor, dollars.id, pledge.id)).rejects.toBeInstanceOf(UnitMismatchError);
    expect(await prisma.indicatorPledge.count({ where: { indicatorId: dollars.id } })).toBe(0);
    const counts = await newIndicator("Scholarships");
    await linkIndicatorToPledge(actor, counts.id, pledge.id);
    expect(await prisma.indicatorPledge.count({ where: { indicatorId: counts.id, commitmentId: pledge.id } })).toBe(1);
    // Other tests read the seeded pledge's series: leave it as the seed made it.
    await prisma.indicator.delete({ where: { id: counts.id } });
  });

  it("corrects a point at its version; a stale version is a conflict", async () => {
    const indicator = await newIndicator("TEU");
    const point = await addPoint(actor, indicator.id, { period: "2024", value: 100, sourceUrl: "https://example.org/b" });
    const corrected = await correctPoint(actor, point.id, point.version, { period: "2024", value: 110, sourceUrl: "https://example.org/b", note: "Revised by the publisher." });
    expect(corrected).toMatchObject({ value: 110, version: 2, note: "Revised by the publisher." });
    await expect(correctPoint(actor, point.id, point.version, { period: "2024", value: 120, sourceUrl: "https://example.org/b" })).rejects.toMatchObject({ status: 409 });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityType: "IndicatorPoint", entityId: String(point.id), action: "update" } });
    expect(audit.before).toMatchObject({ value: 100 });
    expect(audit.after).toMatchObject({ value: 110 });
  });

  it("edits an indicator at its version, keeps its slug, and refuses a unit its linked pledge's target does not use", async () => {
    const pledge = await prisma.commitment.findUniqueOrThrow({ where: { slug: "china-1000-government-scholarships" }, select: { id: true } });
    const indicator = await newIndicator("scholarships");
    await linkIndicatorToPledge(actor, indicator.id, pledge.id);
    const fields = { name: "Renamed series", unit: "scholarships", publisher: "Test office", side: "CHINA", frequency: "YEAR" };
    const edited = await updateIndicator(actor, indicator.id, indicator.version, fields);
    expect(edited).toMatchObject({ slug: indicator.slug, name: "Renamed series", side: "CHINA", version: 2 });
    await expect(updateIndicator(actor, indicator.id, indicator.version, fields)).rejects.toMatchObject({ status: 409 });
    await expect(updateIndicator(actor, indicator.id, edited.version, { ...fields, unit: "tonnes" })).rejects.toBeInstanceOf(UnitMismatchError);
    await expect(updateIndicator(actor, indicator.id, edited.version, { ...fields, slug: "new-address" })).rejects.toMatchObject({ status: 400 });
    await unlinkIndicatorFromPledge(actor, indicator.id, pledge.id);
    expect(await prisma.auditLog.count({ where: { entityType: "IndicatorPledge", entityId: `${indicator.id}:${pledge.id}`, action: "delete" } })).toBe(1);
    await prisma.indicator.delete({ where: { id: indicator.id } });
  });

  it("removes a point only at its version, and the audit row keeps what it was", async () => {
    const indicator = await newIndicator("containers");
    const point = await addPoint(actor, indicator.id, { period: "2023", value: 7, sourceUrl: "https://example.org/c" });
    await expect(removePoint(actor, point.id, point.version + 1)).rejects.toMatchObject({ status: 409 });
    await removePoint(actor, point.id, point.version);
    expect(await prisma.indicatorPoint.count({ where: { id: point.id } })).toBe(0);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityType: "IndicatorPoint", entityId: String(point.id), action: "delete" } });
    expect(audit.before).toMatchObject({ period: "2023", value: 7, sourceUrl: "https://example.org/c" });
  });
});
