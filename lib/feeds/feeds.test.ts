// The Atom feeds (issue 14): they parse as XML and hold what RFC 4287 requires of a feed and its
// entries; entry ids are stable (the same after a rename, the same on every read); a correction
// and a status change appear in the site's, the pledge's and the category's feeds.
import { xml2js, type Element } from "xml-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit";
import { pledgeFieldSelect, type PledgeFields } from "@/lib/commitments/fields";
import { updateCommitment } from "@/lib/commitments/mutations";
import { createPrismaClient } from "@/lib/db/client";
import { parseIsoDate } from "@/lib/dates";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendStatusChange } from "@/lib/status-history/append";
import { createTestDatabase, type TestDatabase } from "@/testing/test-database";
import { loadSeed } from "@/seed/load";
import { atomFeed, TAG_PREFIX } from "./atom";
import { feedSubject, readFeedEntries, type FeedScope } from "./entries";

let database: TestDatabase;
let db: PrismaClient;
let analyst: Actor;
const previousUrl = process.env.DATABASE_URL;
let pledge: { id: number; slug: string; category: string };

beforeAll(async () => {
  database = await createTestDatabase("feeds");
  process.env.DATABASE_URL = database.url;
  db = createPrismaClient(database.url);
  await loadSeed(db);
  const user = await db.user.create({ data: { email: "feeds@example.org", name: "Feeds", passwordHash: "x", role: "ANALYST" } });
  analyst = { userId: user.id, label: user.email };
  const stored = await db.commitment.findFirstOrThrow({ where: { kind: "COMMITMENT", archived: false }, orderBy: { id: "asc" }, select: { ...pledgeFieldSelect, id: true, version: true, category: { select: { slug: true } } } });
  pledge = { id: stored.id, slug: stored.slug, category: stored.category.slug };
  const { id, version, category, ...fields } = stored;
  void category;
  await updateCommitment(analyst, id, version, { ...(fields as PledgeFields), title: `${fields.title} & more <tags>` }, { correctionNote: "The title left out half the pledge & its <scope>." });
  await appendStatusChange(db, analyst, { commitmentId: id, toStatus: "STALLED", effectiveOn: parseIsoDate("2026-11-01"), note: "Work stopped." }, { ownTransaction: true });
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  const global = globalThis as unknown as { prisma?: PrismaClient };
  await global.prisma?.$disconnect();
  global.prisma = undefined;
  process.env.DATABASE_URL = previousUrl;
  await database?.dispose();
});

const BASE = "https://tracker.example.org";

async function render(scope: FeedScope) {
  const subject = (await feedSubject(scope, db))!;
  return atomFeed(scope, subject, await readFeedEntries(scope, db), BASE);
}

const children = (element: Element, name: string) => (element.elements ?? []).filter((child) => child.name === name);
const one = (element: Element, name: string) => {
  const found = children(element, name);
  expect(found, name).toHaveLength(1);
  return found[0]!;
};
const textOf = (element: Element) => (element.elements ?? []).map((child) => child.text ?? child.cdata ?? "").join("");
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses the document strictly and checks the elements RFC 4287 requires (section 4.1). */
function parseAtom(xml: string) {
  const document = xml2js(xml, { compact: false }) as Element;
  const feed = one(document, "feed");
  expect(feed.attributes?.xmlns).toBe("http://www.w3.org/2005/Atom");
  const feedId = textOf(one(feed, "id"));
  expect(() => new URL(feedId)).not.toThrow();
  expect(textOf(one(feed, "title")).length).toBeGreaterThan(0);
  const updated = textOf(one(feed, "updated"));
  expect(updated).toMatch(RFC3339);
  expect(children(feed, "author").length).toBeGreaterThan(0);
  expect(children(feed, "link").map((link) => link.attributes?.rel)).toEqual(expect.arrayContaining(["alternate", "self"]));
  const entries = children(feed, "entry").map((entry) => {
    const link = children(entry, "link").find((candidate) => (candidate.attributes?.rel ?? "alternate") === "alternate");
    expect(link?.attributes?.href).toMatch(/^https:\/\/tracker\.example\.org\//);
    expect(textOf(one(entry, "updated"))).toMatch(RFC3339);
    return { id: textOf(one(entry, "id")), title: textOf(one(entry, "title")), updated: textOf(one(entry, "updated")), href: String(link!.attributes!.href), content: textOf(one(entry, "content")) };
  });
  expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
  for (const entry of entries) expect(entry.id.startsWith(TAG_PREFIX)).toBe(true);
  if (entries.length) expect(updated).toBe(entries[0]!.updated);
  return { feedId, updated, entries };
}

describe("the Atom feeds", () => {
  it("the site's: every status change and correction, newest first, valid Atom", async () => {
    const feed = parseAtom(await render({ kind: "site" }));
    expect(feed.feedId).toBe(`${TAG_PREFIX}feed`);
    const [status, correction] = feed.entries;
    expect(status!.id).toMatch(/:status-change:\d+$/);
    expect(status!.title).toContain("→ Stalled");
    expect(correction!.id).toMatch(/:correction:\d+$/);
    expect(correction!.title).toBe(`Correction: ${(await db.commitment.findUniqueOrThrow({ where: { id: pledge.id } })).title.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}`);
    expect(correction!.content).toContain("The title left out half the pledge &amp; its &lt;scope&gt;.");
    expect(correction!.href).toBe(`${BASE}/commitments/${pledge.slug}/history#${(await readFeedEntries({ kind: "site" }, db))[1]!.historyKey}`);
    expect(feed.entries.length).toBeLessThanOrEqual(50);
  });

  it("the pledge's and its category's hold the same entries with the same ids", async () => {
    const site = parseAtom(await render({ kind: "site" }));
    const own = parseAtom(await render({ kind: "pledge", slug: pledge.slug }));
    const category = parseAtom(await render({ kind: "category", slug: pledge.category }));
    expect(own.feedId).toBe(`${TAG_PREFIX}commitment:${pledge.id}`);
    expect(category.feedId).toMatch(new RegExp(`^${TAG_PREFIX}category:\\d+$`));
    expect(own.entries.slice(0, 2).map((entry) => entry.id)).toEqual(site.entries.slice(0, 2).map((entry) => entry.id));
    expect(category.entries.slice(0, 2).map((entry) => entry.id)).toEqual(site.entries.slice(0, 2).map((entry) => entry.id));
    // The pledge's own: its initial announcement too, and nothing of another pledge.
    expect(own.entries.every((entry) => entry.href.startsWith(`${BASE}/commitments/${pledge.slug}/`))).toBe(true);
    expect(own.entries.at(-1)!.title).toMatch(/: Announced$/);
  });

  it("keeps every id, and the document, the same on another read; ids survive a rename", async () => {
    const first = await render({ kind: "pledge", slug: pledge.slug });
    expect(await render({ kind: "pledge", slug: pledge.slug })).toBe(first);
    const stored = await db.commitment.findUniqueOrThrow({ where: { id: pledge.id }, select: { ...pledgeFieldSelect, version: true } });
    const { version, ...fields } = stored;
    await updateCommitment(analyst, pledge.id, version, { ...(fields as PledgeFields), slug: `${pledge.slug}-renamed` });
    const renamed = parseAtom(await render({ kind: "pledge", slug: `${pledge.slug}-renamed` }));
    const before = parseAtom(first);
    expect(renamed.feedId).toBe(before.feedId);
    expect(renamed.entries.map((entry) => entry.id)).toEqual(before.entries.map((entry) => entry.id));
  });

  it("has no feed for an unknown or archived pledge or category", async () => {
    expect(await feedSubject({ kind: "pledge", slug: "no-such-pledge" }, db)).toBeNull();
    expect(await feedSubject({ kind: "category", slug: "no-such-category" }, db)).toBeNull();
  });
});
