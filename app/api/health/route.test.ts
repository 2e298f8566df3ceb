import { afterEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { GET } from "./route";

const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createPrismaClient> };

afterEach(async () => {
  await globalForPrisma.prisma?.$disconnect();
  globalForPrisma.prisma = undefined;
});

describe("GET /api/health", () => {
  it("answers 200 when the database answers", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "reachable" });
  });

  it("answers 503 with a clear body, fast, when the database is down", async () => {
    // Port 9 (discard) on loopback: nothing listens, the connection is refused.
    globalForPrisma.prisma = createPrismaClient("postgresql://postgres@127.0.0.1:9/postgres");
    const started = Date.now();
    const response = await GET();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toMatchObject({ status: "unavailable", database: "unreachable" });
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|prisma|stack/i);
  });
});
