// The rules that make the figures citable: request structure decides side and firmness, a
// percentage needs an evidenced actual value, and a review is recorded without a status change.
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { parseIsoDate } from "@/lib/dates";
import { UserFacingError } from "@/lib/errors";
import { pledgeFieldNamesForForm } from "./test-support";
import { removeEvidence } from "@/lib/evidence/mutations";
import { recordReview, updateCommitment } from "./mutations";
import { deriveSideAndFirmness } from "./request";
import { measuredProgress } from "./rules";
import { createCommitmentSchema } from "./schema";
import { pledgeFieldSelect, type PledgeFields } from "./fields";

const prisma = createPrismaClient(inject("databaseUrl"));
const actor = { userId: null, label: "test" };
afterAll(() => prisma.$disconnect());

describe("request and response", () => {
  it("keeps a proposal answered only with 'acknowledged' (or nothing) the requester's proposal", () => {
    for (const response of ["ACKNOWLEDGED", "NO_REPLY"] as const) {
      expect(deriveSideAndFirmness({ requestedBy: "VIETNAM", requestedOf: "OTHER", response })).toEqual({ committedBy: "VIETNAM", firmness: "PROPOSAL" });
      expect(deriveSideAndFirmness({ requestedBy: "VIETNAM", requestedOf: "BOTH", response })).toEqual({ committedBy: "VIETNAM", firmness: "PROPOSAL" });
    }
  });

  it("binds the side asked when it accepts, agrees or is willing", () => {
    expect(deriveSideAndFirmness({ requestedBy: "VIETNAM", requestedOf: "OTHER", response: "AGREED" })).toEqual({ committedBy: "CHINA", firmness: "AGREEMENT" });
    expect(deriveSideAndFirmness({ requestedBy: "CHINA", requestedOf: "OTHER", response: "ACCEPTED" })).toEqual({ committedBy: "VIETNAM", firmness: "AGREEMENT" });
    expect(deriveSideAndFirmness({ requestedBy: "VIETNAM", requestedOf: "BOTH", response: "AGREED" })).toEqual({ committedBy: "BOTH", firmness: "AGREEMENT" });
    expect(deriveSideAndFirmness({ requestedBy: "VIETNAM", requestedOf: "OTHER", response: "WILLING" })).toEqual({ committedBy: "CHINA", firmness: "WILLINGNESS" });
    expect(deriveSideAndFirmness({ requestedBy: null, requestedOf: null, response: null })).toEqual({});
  });

  it("overrides a form that labels an acknowledged proposal as an agreement", async () => {
    const category = await prisma.category.findFirstOrThrow();
    const form = pledgeFieldNamesForForm({
      slug: "probe", title: "T", description: "D", categoryId: String(category.id), kind: "COMMITMENT",
      requestedBy: "VIETNAM", requestedOf: "OTHER", response: "ACKNOWLEDGED", committedBy: "BOTH", firmness: "AGREEMENT",
    });
    const parsed = createCommitmentSchema.parse(form);
    expect([parsed.committedBy, parsed.firmness]).toEqual(["VIETNAM", "PROPOSAL"]);
  });

  it("refuses half a request", async () => {
    const form = pledgeFieldNamesForForm({ slug: "probe", title: "T", description: "D", categoryId: "1", kind: "COMMITMENT", requestedBy: "VIETNAM", committedBy: "CHINA", firmness: "AGREEMENT" });
    const parsed = createCommitmentSchema.safeParse(form);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toContain("response");
  });
});

describe("measured progress", () => {
  it("is null without a numeric target, an actual value or the evidence for it", () => {
    expect(measuredProgress({ targetValue: null, actualValue: null, actualEvidenceId: null })).toBeNull();
    expect(measuredProgress({ targetValue: 1000, actualValue: null, actualEvidenceId: null })).toBeNull();
    expect(measuredProgress({ targetValue: 1000, actualValue: 340, actualEvidenceId: null })).toBeNull();
    expect(measuredProgress({ targetValue: null, actualValue: 340, actualEvidenceId: 7 })).toBeNull();
  });

  it("refuses an actual value without the evidence that reports it", () => {
    const form = pledgeFieldNamesForForm({ slug: "probe", title: "T", description: "D", categoryId: "1", kind: "COMMITMENT", committedBy: "CHINA", firmness: "FIRM_PLEDGE", targetValue: "1000", targetUnit: "scholarships", actualValue: "250" });
    const parsed = createCommitmentSchema.safeParse(form);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toContain("actualEvidenceId");
  });

  it("is actual ÷ target with the evidence", () => {
    expect(measuredProgress({ targetValue: 1000, actualValue: 340, actualEvidenceId: 7 })).toBe(34);
    expect(measuredProgress({ targetValue: 3, actualValue: 1, actualEvidenceId: 7 })).toBe(33.3);
  });

  it("will not take another pledge's evidence as the source of an actual value", async () => {
    const [pledge, other] = await prisma.commitment.findMany({ orderBy: { id: "asc" }, take: 2, select: { id: true, version: true } });
    const foreign = await prisma.evidence.create({
      data: { commitmentId: other!.id, url: `https://example.org/foreign-${Date.now()}`, title: "t", publisher: "p", publishedOn: new Date(), summary: "s", stance: "CONTEXT" },
    });
    const stored = await prisma.commitment.findUniqueOrThrow({ where: { id: pledge!.id }, select: pledgeFieldSelect });
    const fields = { ...(stored as PledgeFields), targetValue: 10, targetUnit: "u", actualValue: 5, actualEvidenceId: foreign.id };
    await expect(updateCommitment(actor, pledge!.id, pledge!.version, fields)).rejects.toBeInstanceOf(UserFacingError);
    expect((await prisma.commitment.findUniqueOrThrow({ where: { id: pledge!.id } })).version).toBe(pledge!.version);
  });
});

describe("review without a status change", () => {
  it("sets reviewedOn, writes one audit row, leaves status and history alone, and refuses a stale version", async () => {
    const pledge = await prisma.commitment.findFirstOrThrow({ where: { reviewedOn: null }, orderBy: { id: "asc" } });
    const historyBefore = await prisma.statusChange.count({ where: { commitmentId: pledge.id } });
    const today = parseIsoDate("2026-12-01");
    const after = await recordReview(actor, pledge.id, pledge.version, today);
    const stored = await prisma.commitment.findUniqueOrThrow({ where: { id: pledge.id } });
    expect(stored.reviewedOn).toEqual(today);
    expect(stored.status).toBe(pledge.status);
    expect(after.version).toBe(pledge.version + 1);
    expect(await prisma.statusChange.count({ where: { commitmentId: pledge.id } })).toBe(historyBefore);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityType: "Commitment", entityId: String(pledge.id), action: "review" } });
    expect(audit.after).toMatchObject({ reviewedOn: "2026-12-01T00:00:00.000Z" });
    await expect(recordReview(actor, pledge.id, pledge.version, today)).rejects.toThrow();
  });
});

describe("an evidenced actual value", () => {
  it("gives a percentage, and its evidence cannot be removed while it does", async () => {
    const pledge = await prisma.commitment.findFirstOrThrow({ where: { targetValue: { not: null } }, select: { ...pledgeFieldSelect, id: true, version: true } });
    const evidence = await prisma.evidence.create({
      data: { commitmentId: pledge.id, url: `https://example.org/count-${Date.now()}`, title: "Count", publisher: "p", publishedOn: new Date(), summary: "s", stance: "PROGRESS" },
    });
    const { id, version, ...stored } = pledge;
    const saved = await updateCommitment(actor, id, version, { ...(stored as PledgeFields), actualValue: pledge.targetValue! / 4, actualEvidenceId: evidence.id });
    expect(measuredProgress({ ...pledge, actualValue: saved.actualValue, actualEvidenceId: saved.actualEvidenceId })).toBe(25);
    await expect(removeEvidence(actor, evidence.id, evidence.version)).rejects.toThrow(/actual value/);
    expect(await prisma.evidence.findUnique({ where: { id: evidence.id } })).not.toBeNull();
    await updateCommitment(actor, id, saved.version, { ...(stored as PledgeFields), actualValue: null, actualEvidenceId: null });
  });
});

describe("the database's own guard", () => {
  it("refuses a request whose side and firmness contradict its response, whatever wrote it", async () => {
    const pledge = await prisma.commitment.findFirstOrThrow({ where: { response: "ACKNOWLEDGED" } });
    await expect(prisma.commitment.update({ where: { id: pledge.id }, data: { committedBy: "CHINA", firmness: "AGREEMENT" } })).rejects.toThrow();
    expect(await prisma.commitment.findUniqueOrThrow({ where: { id: pledge.id } })).toMatchObject({ committedBy: pledge.committedBy, firmness: "PROPOSAL" });
  });
});
