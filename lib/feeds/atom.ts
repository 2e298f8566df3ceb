// The Atom documents (RFC 4287), written by the `feed` library from the entries of ./entries.ts.
// Ids are tag URIs (RFC 4151) of the records themselves, never of an address or a title, so an
// entry keeps its id whatever is renamed, and the same data always gives the same document (the
// feed's updated time is its newest entry's, not the time of the request).
import { Feed } from "feed";
import { STATUS_DEFINITIONS } from "@/lib/commitments/status";
import { format, getMessages } from "@/lib/i18n/messages";
import type { FeedEntry, FeedScope, FeedSubject } from "./entries";

/** The tracker's tagging entity: fixed, so that ids survive a change of the site's address. */
export const TAG_PREFIX = "tag:china-vietnam-pledge-tracker,2026:";
/** The updated time of a feed with no entry yet: the first talk the tracker follows. */
const EMPTY_FEED_UPDATED = new Date("2020-05-29T00:00:00.000Z");

const html = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const label = (status: keyof typeof STATUS_DEFINITIONS) => STATUS_DEFINITIONS[status].label;

export const entryId = (entry: Pick<FeedEntry, "type" | "id">) => `${TAG_PREFIX}${entry.type === "status" ? "status-change" : "correction"}:${entry.id}`;

export function feedId(scope: FeedScope, subject: FeedSubject): string {
  if (scope.kind === "site") return `${TAG_PREFIX}feed`;
  return `${TAG_PREFIX}${scope.kind === "pledge" ? "commitment" : "category"}:${subject.id}`;
}

export function feedPath(scope: FeedScope): string {
  if (scope.kind === "site") return "/feed.atom";
  return scope.kind === "pledge" ? `/commitments/${scope.slug}/feed.atom` : `/categories/${scope.slug}/feed.atom`;
}

function entryTitle(entry: FeedEntry): string {
  const text = getMessages().time.feeds;
  if (entry.type === "correction") return format(text.correctionTitle, { title: entry.pledge.title });
  const { from, to } = entry.status!;
  return from ? format(text.statusTitle, { title: entry.pledge.title, from: label(from), to: label(to) }) : format(text.statusFirstTitle, { title: entry.pledge.title, to: label(to) });
}

function entryContent(entry: FeedEntry): { summary: string; content: string } {
  const text = getMessages().time;
  if (entry.type === "status") {
    const summary = format(text.feeds.statusSummary, { date: entry.status!.effectiveOn, note: entry.note });
    return { summary: html(summary), content: `<p>${html(summary)}</p>` };
  }
  const changes = (entry.changes ?? [])
    .map((change) => `<li>${html(change.label)}: <del>${html(change.before ?? text.history.none)}</del> → <ins>${html(change.after ?? text.history.none)}</ins></li>`)
    .join("");
  return { summary: html(entry.note), content: `<p>${html(entry.note)}</p>${changes ? `<ul>${changes}</ul>` : ""}` };
}

/** The feed of a scope as Atom XML; `baseUrl` is the site's public address (no trailing slash). */
export function atomFeed(scope: FeedScope, subject: FeedSubject, entries: readonly FeedEntry[], baseUrl: string): string {
  const messages = getMessages();
  const text = messages.time.feeds;
  const page =
    scope.kind === "site" ? `${baseUrl}/` : scope.kind === "pledge" ? `${baseUrl}/commitments/${subject.slug}` : `${baseUrl}/commitments?category=${encodeURIComponent(subject.slug!)}`;
  const title =
    scope.kind === "site" ? text.siteTitle : format(scope.kind === "pledge" ? text.pledgeTitle : text.categoryTitle, { title: subject.title!, name: subject.title! });
  const feed = new Feed({
    id: feedId(scope, subject),
    title,
    description: scope.kind === "site" ? text.siteDescription : undefined,
    link: page,
    feed: `${baseUrl}${feedPath(scope)}`,
    updated: entries[0] ? new Date(entries[0].at) : EMPTY_FEED_UPDATED,
    generator: messages.site.name,
    language: "en",
    author: { name: messages.site.name, link: `${baseUrl}/` },
    copyright: messages.site.dataLicence,
  });
  for (const entry of entries) {
    const { summary, content } = entryContent(entry);
    feed.addItem({
      id: entryId(entry),
      title: html(entryTitle(entry)),
      link: `${baseUrl}/commitments/${entry.pledge.slug}/history#${entry.historyKey}`,
      date: new Date(entry.at),
      published: new Date(entry.at),
      description: summary,
      content,
      author: [{ name: entry.who }],
      // The term only: the library writes a label attribute with no escaping but of "&".
      category: [{ term: entry.category.slug }],
    });
  }
  return feed.atom1();
}
