import { createHash } from "node:crypto";
import pg from "pg";
import { inject, afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { loadSeed } from "./load";
import { deriveSideAndFirmness, type RequestShape } from "@/lib/commitments/request";
import { readSeedData } from "./read-data";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

/** A digest of every seeded table, to prove that a second run changes nothing at all. */
async function databaseDigest(): Promise<string> {
  const tables = ["Category", "Talk", "Commitment", "Quote", "Evidence", "StatusChange", "StatusChangeEvidence", "AuditLog"];
  const hash = createHash("sha256");
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  try {
    for (const table of tables) {
      const { rows } = await client.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${table}" t ORDER BY 1`);
      hash.update(`${table}:${rows.map((r) => r.row).join("\n")}`);
    }
  } finally {
    await client.end();
  }
  return hash.digest("hex");
}

describe("the seed", () => {
  it("holds the five talks, every pledge and every evidence row of the data files", async () => {
    const data = readSeedData();
    expect(await prisma.talk.count()).toBe(5);
    expect(await prisma.commitment.count({ where: { slug: { in: data.commitments.map((c) => c.slug) } } })).toBe(data.commitments.length);
    expect(data.commitments.length).toBeGreaterThanOrEqual(35);
    // Other test files add evidence of their own to the shared database: count the seed's URLs.
    expect(await prisma.evidence.count({ where: { url: { in: data.evidence.map((item) => item.url) } } })).toBe(data.evidence.length);
  });

  it("gives every talk a source address, or says why it has none", async () => {
    const talks = await prisma.talk.findMany({ select: { slug: true, sourceUrl: true, sourceNote: true, readoutBy: true, headline: true } });
    for (const talk of talks) {
      expect(talk.sourceUrl === null, talk.slug).toBe(talk.sourceNote !== null);
      expect(talk.readoutBy, talk.slug).not.toBeNull();
      expect(talk.headline, talk.slug).toBeTruthy();
    }
  });

  it("keeps a request's side and firmness in step with its response", async () => {
    const requests = await prisma.commitment.findMany({
      where: { requestedBy: { not: null } },
      select: { slug: true, requestedBy: true, requestedOf: true, response: true, committedBy: true, firmness: true },
    });
    expect(requests.length).toBeGreaterThan(0);
    for (const request of requests) {
      expect({ slug: request.slug, ...deriveSideAndFirmness(request as RequestShape) }).toEqual({ slug: request.slug, committedBy: request.committedBy, firmness: request.firmness });
    }
  });

  it("stores every quote verbatim at its offsets in its talk's text", async () => {
    const quotes = await prisma.quote.findMany({ select: { text: true, startOffset: true, endOffset: true, talk: { select: { text: true } } } });
    expect(quotes.length).toBeGreaterThanOrEqual(35);
    for (const quote of quotes) expect(quote.talk.text.slice(quote.startOffset, quote.endOffset)).toBe(quote.text);
  });

  it("contains the pledges the customer named", async () => {
    const quotes = (await prisma.quote.findMany({ select: { text: true } })).map((q) => q.text).join("\n");
    expect(quotes).toMatch(/no less than 1,000 government scholarships/);
    expect(quotes).toMatch(/1,000 Chinese teachers/);
    expect(quotes).toMatch(/[Rr]ailway/);
    expect(quotes).toMatch(/agricultur|farm products/);
    expect(quotes).toMatch(/Code of Conduct/);
  });

  it("links a pledge restated in several talks to one commitment with several quotes", async () => {
    const restated = await prisma.commitment.findMany({ where: { quotes: { some: {} } }, select: { quotes: { select: { talkId: true } } } });
    expect(restated.some((c) => new Set(c.quotes.map((q) => q.talkId)).size >= 2)).toBe(true);
  });

  it("builds real current statuses from the evidence, in step with the history", async () => {
    const statuses = await prisma.commitment.groupBy({ by: ["status"], _count: true });
    expect(statuses.filter((s) => s.status !== "ANNOUNCED").length).toBeGreaterThanOrEqual(2);
    const commitments = await prisma.commitment.findMany({
      select: { status: true, statusChanges: { orderBy: [{ effectiveOn: "desc" }, { id: "desc" }], take: 1, select: { toStatus: true } } },
    });
    for (const commitment of commitments) {
      expect(commitment.statusChanges[0]).toEqual({ toStatus: commitment.status });
    }
  });

  it("is idempotent: a second run adds nothing and changes nothing", async () => {
    const before = await databaseDigest();
    const report = await loadSeed(prisma);
    expect(report).toEqual({ categories: 0, talks: 0, commitments: 0, quotes: 0, evidence: 0, statusChanges: 0 });
    expect(await databaseDigest()).toBe(before);
  });
});

describe("the seed data files", () => {
  it("keep no page furniture in the talk texts", () => {
    for (const talk of readSeedData().talks) {
      expect(talk.text).not.toMatch(/Suggest to a friend|Báo In|^Update:/m);
    }
  });
});
