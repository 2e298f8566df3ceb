import { describe, expect, it } from "vitest";
import { markTags, tagsVerdict } from "./tag-state";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the handler is CommonJS, as Next loads it
const Handler = require("./handler") as new () => {
  get(key: string, ctx: object): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, value: unknown, ctx: object): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
};

const page = (tag: string, html: string) => ({ kind: "APP_PAGE", html, headers: { "x-next-cache-tags": `${tag},_N_T_/layout` } });
const pageCtx = { kind: "APP_PAGE", isFallback: false };
const unique = () => `tag-${Math.random().toString(36).slice(2)}`;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("tag state", () => {
  it("calls an entry stale when its tag changed after it was made, expired only when told to", async () => {
    const tag = unique();
    const madeAt = Date.now();
    await wait(2);
    expect(tagsVerdict([tag], madeAt)).toBe("fresh");
    markTags([tag], { expire: 3600 });
    expect(tagsVerdict([tag], madeAt)).toBe("stale");
    expect(tagsVerdict([tag], Date.now() + 1)).toBe("fresh");
    markTags([tag]); // no profile: updateTag, at once
    expect(tagsVerdict([tag], madeAt)).toBe("expired");
  });
});

describe("cache handler", () => {
  it("serves a stale page as it is but dated past its revalidate time, so Next renders it again in the background", async () => {
    const handler = new Handler();
    const tag = unique();
    const key = `/route-cache/APP_PAGE/${tag}`;
    expect(await handler.get(key, pageCtx)).toBeNull();
    await handler.set(key, page(tag, "<p>old</p>"), { cacheControl: { revalidate: 3600, expire: 31536000 } });
    const fresh = await handler.get(key, pageCtx);
    expect(fresh?.value).toMatchObject({ html: "<p>old</p>" });
    expect(Date.now() - fresh!.lastModified).toBeLessThan(1_000);
    await wait(2);
    await handler.revalidateTag(tag, { expire: 31536000 });
    const stale = await handler.get(key, pageCtx);
    expect(stale?.value).toMatchObject({ html: "<p>old</p>" });
    expect(Date.now() - stale!.lastModified).toBeGreaterThan(3600 * 1000);
    await handler.revalidateTag(tag);
    expect(await handler.get(key, pageCtx)).toBeNull();
  });

  it("dates a render from the read that found the entry missing, so a write during the render leaves it stale", async () => {
    const handler = new Handler();
    const tag = unique();
    const key = `/route-cache/APP_PAGE/${tag}`;
    expect(await handler.get(key, pageCtx)).toBeNull(); // the render starts here
    await wait(2);
    await handler.revalidateTag(tag, { expire: 31536000 }); // a write commits meanwhile
    await wait(2);
    await handler.set(key, page(tag, "<p>read before the write</p>"), { cacheControl: { revalidate: 3600, expire: 31536000 } });
    const entry = await handler.get(key, pageCtx);
    expect(Date.now() - entry!.lastModified).toBeGreaterThan(3600 * 1000);
  });

  it("checks a cached read's own tags and the ones its caller names", async () => {
    const handler = new Handler();
    const tag = unique();
    const key = `fetch-${tag}`;
    await handler.set(key, { kind: "FETCH", data: { body: "1" }, revalidate: 60 }, { tags: [tag] });
    expect((await handler.get(key, { kind: "FETCH", revalidate: 60, tags: [tag] }))?.value).toMatchObject({ kind: "FETCH" });
    await wait(2);
    markTags([tag], { expire: 3600 });
    const stale = await handler.get(key, { kind: "FETCH", revalidate: 60, tags: [tag] });
    expect(Date.now() - stale!.lastModified).toBeGreaterThan(60 * 1000);
  });
});
