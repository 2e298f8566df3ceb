// Client JavaScript a page ships: every <script src> under /_next/static, gzipped, summed.
import { gzipSync } from "node:zlib";
import type { Figure } from "./results";
import { measured, notAvailable } from "./figure-specs";


export function scriptSources(html: string): string[] {
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!.replaceAll("&amp;", "&"));
  return [...new Set(sources.filter((src) => src.startsWith("/_next/static/")))];
}

async function gzippedScriptBytes(baseUrl: string, pagePath: string): Promise<{ kb: number; scripts: number } | string> {
  const page = await fetch(`${baseUrl}${pagePath}`);
  if (!page.ok) return `GET ${pagePath} answered ${page.status}`;
  const sources = scriptSources(await page.text());
  let bytes = 0;
  for (const src of sources) {
    const script = await fetch(`${baseUrl}${src}`);
    if (!script.ok) return `GET ${src} answered ${script.status}`;
    bytes += gzipSync(Buffer.from(await script.arrayBuffer()), { level: 9 }).length;
  }
  return { kb: bytes / 1024, scripts: sources.length };
}

export async function measureJavaScript(baseUrl: string): Promise<Record<string, Figure>> {
  const figures: Record<string, Figure> = {};
  for (const [key, path] of [["dashboardJs", "/"], ["listJs", "/commitments"]] as const) {
    const result = await gzippedScriptBytes(baseUrl, path);
    figures[key] = typeof result === "string"
      ? notAvailable(key, result)
      : measured(key, result.kb, { details: { scripts: result.scripts, path } });
  }
  return figures;
}
