import { inject, afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors";
import { addEvidence, removeEvidence } from "./mutations";

const prisma = createPrismaClient(inject("databaseUrl"));
const actor = { userId: null, label: "test" };
afterAll(() => prisma.$disconnect());

const fields = (url: string) => ({
  url, title: "T", publisher: "P", publishedOn: new Date(Date.UTC(2026, 0, 2)), publishedOnApprox: false, summary: "S", stance: "CONTEXT" as const,
});

describe("evidence mutations", () => {
  it("adds with an audit row and refuses the same URL twice on one pledge", async () => {
    const pledge = await prisma.commitment.findFirstOrThrow({ orderBy: { id: "asc" } });
    const url = `https://example.org/unit-${Date.now()}`;
    const created = await addEvidence(actor, pledge.id, fields(url));
    expect(await prisma.auditLog.count({ where: { entityType: "Evidence", entityId: String(created.id), action: "create" } })).toBe(1);
    const error = await addEvidence(actor, pledge.id, fields(url)).catch((caught) => caught);
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error.fieldErrors.url).toHaveLength(1);
    await removeEvidence(actor, created.id, created.version);
    expect(await prisma.evidence.findUnique({ where: { id: created.id } })).toBeNull();
  });

  it("refuses to remove evidence that a status change cites", async () => {
    const link = await prisma.statusChangeEvidence.findFirstOrThrow({ select: { evidence: { select: { id: true, version: true } } } });
    await expect(removeEvidence(actor, link.evidence.id, link.evidence.version)).rejects.toThrow(/cannot be removed/);
    expect(await prisma.evidence.findUnique({ where: { id: link.evidence.id } })).not.toBeNull();
  });
});
