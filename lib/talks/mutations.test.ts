import { inject, afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { ConflictError, UserFacingError } from "@/lib/errors";
import { updateTalk } from "./mutations";

const prisma = createPrismaClient(inject("databaseUrl"));
const actor = { userId: null, label: "test" };
afterAll(() => prisma.$disconnect());

async function quotedTalk() {
  const quote = await prisma.quote.findFirstOrThrow({ orderBy: { id: "asc" }, select: { text: true, talk: true } });
  return { talk: quote.talk, quote };
}
const fieldsOf = (talk: Awaited<ReturnType<typeof quotedTalk>>["talk"], text: string) => ({
  slug: talk.slug, title: talk.title, heldOn: talk.heldOn, format: talk.format, participants: talk.participants,
  publisher: talk.publisher, headline: talk.headline, readoutBy: talk.readoutBy ?? "VIETNAM", sourceUrl: talk.sourceUrl, sourceNote: talk.sourceNote, language: talk.language, text,
});

describe("updateTalk", () => {
  it("refuses a text that would break a quote, names it, and writes nothing", async () => {
    const { talk, quote } = await quotedTalk();
    const broken = talk.text.replace(quote.text, quote.text.toUpperCase());
    const audits = await prisma.auditLog.count();
    const error = await updateTalk(actor, talk.id, talk.version, fieldsOf(talk, broken)).catch((caught) => caught);
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error.status).toBe(409);
    expect(error.fieldErrors.text.join(" ")).toContain(quote.text.slice(0, 40));
    expect((await prisma.talk.findUniqueOrThrow({ where: { id: talk.id } })).text).toBe(talk.text);
    expect(await prisma.auditLog.count()).toBe(audits);
  });

  it("accepts an edit after the quoted passages, bumps the version and audits it; a stale version conflicts", async () => {
    const { talk } = await quotedTalk();
    const saved = await updateTalk(actor, talk.id, talk.version, fieldsOf(talk, `${talk.text}\n\n(Appended note.)`));
    expect(saved.version).toBe(talk.version + 1);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityType: "Talk", entityId: String(talk.id) }, orderBy: { id: "desc" } });
    expect(audit.action).toBe("update");
    await expect(updateTalk(actor, talk.id, talk.version, fieldsOf(talk, talk.text))).rejects.toBeInstanceOf(ConflictError);
  });
});
