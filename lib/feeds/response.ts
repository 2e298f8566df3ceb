// The feeds' route handlers: the cached entries of a scope, written as Atom.
import { unstable_cache } from "next/cache";
import { PUBLIC_DATA_TAG } from "@/lib/cache-tags";
import { errorResponse, jsonError } from "@/lib/http/responses";
import { singleFlight } from "@/lib/single-flight";
import { atomFeed } from "./atom";
import { feedSubject, readFeedEntries, type FeedScope } from "./entries";

async function readFeed(scope: FeedScope) {
  const subject = await feedSubject(scope);
  return subject && { subject, entries: await readFeedEntries(scope) };
}

const cachedFeed = unstable_cache(singleFlight(readFeed), ["atom-feed-v1"], { tags: [PUBLIC_DATA_TAG] });

const SLUG = /^[a-z0-9-]{1,120}$/;

/** The site's public address: NEXTAUTH_URL when configured (behind a proxy), else the request's. */
export function publicBaseUrl(request: Request): string {
  const configured = process.env.NEXTAUTH_URL;
  return (configured ? new URL(configured).origin : new URL(request.url).origin).replace(/\/$/, "");
}

export async function feedResponse(request: Request, scope: FeedScope): Promise<Response> {
  if (scope.kind !== "site" && !SLUG.test(scope.slug)) return jsonError(404, "not_found", "No such feed.");
  try {
    const feed = await cachedFeed(scope);
    if (!feed) return jsonError(404, "not_found", "No such feed.");
    return new Response(atomFeed(scope, feed.subject, feed.entries, publicBaseUrl(request)), {
      headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=60" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
