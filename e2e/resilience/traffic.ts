// Load generators: public readers and (when given) analysts writing, each an async loop.
export interface Sample {
  kind: "read" | "write";
  path: string;
  startedAt: number;
  ms: number;
  status: number; // 0: no HTTP answer (connection error or timeout)
  error?: string;
}

export async function timedFetch(kind: Sample["kind"], url: string, init: RequestInit = {}, timeoutMs = 15_000): Promise<Sample & { body: string }> {
  const startedAt = Date.now();
  const path = new URL(url).pathname + new URL(url).search;
  try {
    const response = await fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
    const body = await response.text();
    return { kind, path, startedAt, ms: Date.now() - startedAt, status: response.status, body };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { kind, path, startedAt, ms: Date.now() - startedAt, status: 0, error: cause ?? (error as Error).name, body: "" };
  }
}

export async function runReaders(options: { baseUrl: string; paths: string[]; readers: number; until: number }): Promise<Sample[]> {
  const samples: Sample[] = [];
  await Promise.all(
    Array.from({ length: options.readers }, async (_, reader) => {
      for (let i = reader; Date.now() < options.until; i++) {
        const sample: Sample = await timedFetch("read", options.baseUrl + options.paths[i % options.paths.length]);
        samples.push({ ...sample, body: undefined } as Sample);
      }
    }),
  );
  return samples;
}

export function summarise(samples: Sample[]): string {
  const byStatus = new Map<number, number>();
  for (const sample of samples) byStatus.set(sample.status, (byStatus.get(sample.status) ?? 0) + 1);
  return [...byStatus.entries()].sort(([a], [b]) => a - b).map(([status, count]) => `${status || "no answer"}: ${count}`).join(", ");
}
