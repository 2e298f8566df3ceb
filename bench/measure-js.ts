// What a page weighs in the browser: its HTML (uncompressed), and the client JavaScript it loads,
// every <script src> under /_next/static gzipped and summed.
import { gzipSync } from "node:zlib";
import type { Figure } from "./results";
import { measured, notAvailable } from "./figure-specs";

export interface ScriptTag {
  src: string;
  /** `nomodule`: fetched and run only by browsers without ES modules, so no current browser loads it. */
  noModule: boolean;
}

export function scriptTags(html: string): ScriptTag[] {
  const tags = [...html.matchAll(/<script\b([^>]*)>/g)].flatMap((match) => {
    const src = /\bsrc="([^"]+)"/.exec(match[1]!)?.[1]?.replaceAll("&amp;", "&");
    return src?.startsWith("/_next/static/") ? [{ src, noModule: /\bnomodule\b/i.test(match[1]!) }] : [];
  });
  return tags.filter((tag, index) => tags.findIndex((other) => other.src === tag.src) === index);
}

type Weight = { htmlBytes: number; kb: number; scripts: number; noModuleKb: number };

async function pageWeight(baseUrl: string, pagePath: string): Promise<Weight | string> {
  const page = await fetch(`${baseUrl}${pagePath}`);
  if (!page.ok) return `GET ${pagePath} answered ${page.status}`;
  const html = await page.text();
  const tags = scriptTags(html);
  let bytes = 0;
  let noModuleBytes = 0;
  for (const tag of tags) {
    const script = await fetch(`${baseUrl}${tag.src}`);
    if (!script.ok) return `GET ${tag.src} answered ${script.status}`;
    const gzipped = gzipSync(Buffer.from(await script.arrayBuffer()), { level: 9 }).length;
    if (tag.noModule) noModuleBytes += gzipped;
    else bytes += gzipped;
  }
  return { htmlBytes: Buffer.byteLength(html), kb: bytes / 1024, scripts: tags.filter((tag) => !tag.noModule).length, noModuleKb: noModuleBytes / 1024 };
}

/** `dashboardHtml`, `dashboardJs` and `listJs`. The nomodule polyfills are reported beside, not counted. */
export async function measurePageWeight(baseUrl: string): Promise<Record<string, Figure>> {
  const figures: Record<string, Figure> = {};
  for (const [key, path] of [["dashboardJs", "/"], ["listJs", "/commitments"]] as const) {
    const result = await pageWeight(baseUrl, path);
    if (typeof result === "string") {
      figures[key] = notAvailable(key, result);
      if (key === "dashboardJs") figures.dashboardHtml = notAvailable("dashboardHtml", result);
      continue;
    }
    figures[key] = measured(key, result.kb, { details: { scripts: result.scripts, path, noModuleKb: result.noModuleKb } });
    if (key === "dashboardJs") figures.dashboardHtml = measured("dashboardHtml", result.htmlBytes / 1024, { details: { bytes: result.htmlBytes, path } });
  }
  return figures;
}
