import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { parseIsoDate } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import { listParamsSchema } from "./list-params";
import { listWhereSql } from "./list-where-sql";
import { listWhere } from "./queries";

const today = parseIsoDate("2026-11-23");

// Every combination of a few values per filter, plus searches with LIKE's special characters.
const OPTIONS = {
  kind: [undefined, "statement", "all"],
  status: [undefined, "IN_PROGRESS", "ANNOUNCED,FULFILLED"],
  side: [undefined, "CHINA", "VIETNAM,BOTH"],
  overdue: [undefined, "true"],
  review: [undefined, "never", "reviewed"],
} as const;

function* combinations(): Generator<Record<string, string>> {
  const keys = Object.keys(OPTIONS) as (keyof typeof OPTIONS)[];
  const total = keys.reduce((product, key) => product * OPTIONS[key].length, 1);
  for (let index = 0; index < total; index++) {
    let rest = index;
    const input: Record<string, string> = {};
    for (const key of keys) {
      const value = OPTIONS[key][rest % OPTIONS[key].length];
      rest = Math.floor(rest / OPTIONS[key].length);
      if (value) input[key] = value;
    }
    yield input;
  }
  for (const q of ["rail", "RAIL", "Đường", "100%", "a_b", "\\", "'", "scholar"]) yield { q, kind: "all" };
  for (const category of ["education", "trade", "education,trade"]) yield { category, kind: "all" };
  for (const talk of ["1", "2", "3"]) yield { talk, kind: "all" };
}

describe("listWhereSql", () => {
  it("selects exactly the pledges listWhere selects", async () => {
    const prisma = getPrisma();
    let nonEmpty = 0;
    for (const input of combinations()) {
      const params = listParamsSchema.parse(input);
      const expected = (await prisma.commitment.findMany({ where: listWhere(params, today), select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);
      const rows = await prisma.$queryRaw<{ id: number }[]>(Prisma.sql`SELECT c.id FROM "Commitment" c WHERE ${listWhereSql("c", params, today)} ORDER BY c.id`);
      expect(rows.map((row) => row.id), JSON.stringify(input)).toEqual(expected);
      if (expected.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(20);
  });
});
