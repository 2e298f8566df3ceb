// Loads seed/data/ into the database. Insert-only by natural key (slugs, evidence URLs): a record
// that already exists is left exactly as analysts may have edited it, so a second run changes
// nothing. Everything goes in one transaction, through the same history and audit code as the app.
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { SEED_ACTOR, writeAudit } from "@/lib/audit";
import { parseIsoDate } from "@/lib/dates";
import { appendStatusChange } from "@/lib/status-history/append";
import { fromPublicKind } from "@/lib/commitments/kind";
import { readSeedData, type SeedData } from "./read-data";
import type { QuoteRole } from "@/lib/generated/prisma/enums";
import { loadIndicators } from "./indicators";



export interface SeedReport {
  categories: number;
  talks: number;
  commitments: number;
  quotes: number;
  evidence: number;
  statusChanges: number;
}

/**
 * `indicators: false` loads everything but the measured series: for a database whose schema
 * predates them (the tests of older migrations on a database with data).
 */
export async function loadSeed(prisma: PrismaClient, data: SeedData = readSeedData(), options: { indicators?: boolean } = {}): Promise<SeedReport> {
  return prisma.$transaction((tx) => loadInto(tx, data, options.indicators ?? true), { timeout: 120_000, maxWait: 10_000 });
}

async function loadInto(tx: Prisma.TransactionClient, data: SeedData, withIndicators: boolean): Promise<SeedReport> {
  const report: SeedReport = { categories: 0, talks: 0, commitments: 0, quotes: 0, evidence: 0, statusChanges: 0 };

  const categoryIds = new Map<string, number>();
  for (const [sortOrder, category] of data.categories.entries()) {
    const existing = await tx.category.findUnique({ where: { slug: category.slug }, select: { id: true } });
    if (existing) {
      categoryIds.set(category.slug, existing.id);
      continue;
    }
    const created = await tx.category.create({ data: { ...category, sortOrder } });
    await writeAudit(tx, SEED_ACTOR, { action: "create", entityType: "Category", entityId: created.id, after: created });
    categoryIds.set(category.slug, created.id);
    report.categories++;
  }

  const talks = new Map<string, { id: number; heldOn: Date; title: string }>();
  for (const talk of data.talks) {
    let row = await tx.talk.findUnique({ where: { slug: talk.key }, select: { id: true, heldOn: true, title: true } });
    if (!row) {
      const created = await tx.talk.create({
        data: {
          slug: talk.key,
          title: talk.title,
          heldOn: parseIsoDate(talk.date),
          format: talk.format,
          participants: talk.participants,
          publisher: talk.publisher,
          headline: talk.headline,
          readoutBy: talk.readoutBy,
          sourceUrl: talk.sourceUrl,
          sourceNote: talk.sourceNote,
          language: talk.language,
          text: talk.text,
        },
      });
      const { text, ...auditable } = created;
      await writeAudit(tx, SEED_ACTOR, {
        action: "create",
        entityType: "Talk",
        entityId: created.id,
        after: { ...auditable, textLength: text.length },
      });
      row = created;
      report.talks++;
    }
    talks.set(talk.key, row);
  }

  for (const seed of data.commitments) {
    if (await tx.commitment.findUnique({ where: { slug: seed.slug }, select: { id: true } })) continue;
    const commitment = await tx.commitment.create({
      data: {
        slug: seed.slug,
        title: seed.title,
        description: seed.description,
        categoryId: categoryIds.get(seed.category)!,
        kind: fromPublicKind(seed.kind),
        requestedBy: seed.request?.by ?? null,
        requestedOf: seed.request?.of ?? null,
        response: seed.request?.response ?? null,
        reviewedOn: seed.reviewedOn ? parseIsoDate(seed.reviewedOn) : null,
        committedBy: seed.committedBy,
        firmness: seed.firmness,
        targetValue: seed.target?.value ?? null,
        targetUnit: seed.target?.unit ?? null,
        baselineValue: seed.target?.baseline ?? null,
        actualValue: seed.target?.actual ?? null,
        deadline: seed.deadline ? parseIsoDate(seed.deadline.date) : null,
        deadlinePrecision: seed.deadline?.precision ?? null,
        quotes: {
          create: seed.located.map((quote) => ({
            talkId: talks.get(quote.talk)!.id,
            text: quote.text,
            role: quote.role.toUpperCase() as QuoteRole,
            startOffset: quote.startOffset,
            endOffset: quote.endOffset,
          })),
        },
      },
    });
    await writeAudit(tx, SEED_ACTOR, {
      action: "create",
      entityType: "Commitment",
      entityId: commitment.id,
      after: { ...commitment, quotes: seed.located },
    });
    report.commitments++;
    report.quotes += seed.located.length;

    const firstTalk = seed.located
      .map((quote) => talks.get(quote.talk)!)
      .sort((a, b) => a.heldOn.getTime() - b.heldOn.getTime())[0]!;
    await appendStatusChange(tx, SEED_ACTOR, {
      commitmentId: commitment.id,
      toStatus: "ANNOUNCED",
      effectiveOn: firstTalk.heldOn,
      note: `Pledged in the readout of “${firstTalk.title}”.`,
    });
    report.statusChanges++;

    const evidenceIds = new Map<string, number>();
    for (const item of data.evidence.filter((evidence) => evidence.slug === seed.slug)) {
      const created = await tx.evidence.create({
        data: {
          commitmentId: commitment.id,
          url: item.url,
          title: item.title,
          publisher: item.publisher,
          publishedOn: parseIsoDate(item.publishedOn),
          publishedOnApprox: item.approximate,
          summary: item.summary,
          stance: item.stance,
        },
      });
      await writeAudit(tx, SEED_ACTOR, { action: "create", entityType: "Evidence", entityId: created.id, after: created });
      evidenceIds.set(item.url, created.id);
      report.evidence++;
    }
    const actualUrl = seed.target?.actualEvidenceUrl ?? null;
    if (actualUrl) {
      const after = await tx.commitment.update({ where: { id: commitment.id }, data: { actualEvidenceId: evidenceIds.get(actualUrl)! }, select: { id: true, actualValue: true, actualEvidenceId: true } });
      await writeAudit(tx, SEED_ACTOR, { action: "update", entityType: "Commitment", entityId: commitment.id, after });
    }

    for (const change of data.statusChanges.filter((entry) => entry.slug === seed.slug)) {
      await appendStatusChange(tx, SEED_ACTOR, {
        commitmentId: commitment.id,
        toStatus: change.to,
        effectiveOn: parseIsoDate(change.effectiveDate),
        note: change.note,
        evidenceIds: change.evidenceUrls.map((url) => evidenceIds.get(url)!),
      });
      report.statusChanges++;
    }
  }
  // After the pledges: an indicator names the pledges it measures.
  if (withIndicators) await loadIndicators(tx);
  return report;
}
