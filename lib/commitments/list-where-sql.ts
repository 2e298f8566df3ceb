// The public list's filter (./queries.ts listWhere) as SQL over "Commitment" under an alias, for
// the reads that Prisma's query builder cannot express (COPY exports). Built from the same parsed
// ListParams and the same rules (./rules.ts); list-where-sql.test.ts proves that both select
// exactly the same pledges for many filter combinations. Change both together.
import { Prisma } from "@/lib/generated/prisma/client";
import { todayUtc } from "@/lib/dates";
import { fromPublicKind } from "./kind";
import type { ListParams } from "./list-params";
import { overdueSql } from "./rules";

export function listWhereSql(alias: string, params: Omit<ListParams, "page" | "pageSize" | "sort">, today = todayUtc()): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`${alias}."${name}"`);
  const and: Prisma.Sql[] = [Prisma.sql`NOT ${column("archived")}`];
  if (params.status.length) and.push(Prisma.sql`${column("status")}::text IN (${Prisma.join(params.status)})`);
  if (params.category.length) {
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "Category" cat WHERE cat.id = ${column("categoryId")} AND cat.slug IN (${Prisma.join(params.category)}))`);
  }
  if (params.side.length) and.push(Prisma.sql`${column("committedBy")}::text IN (${Prisma.join(params.side)})`);
  if (params.kind !== "all") and.push(Prisma.sql`${column("kind")}::text = ${fromPublicKind(params.kind)}`);
  if (params.review) and.push(params.review === "never" ? Prisma.sql`${column("reviewedOn")} IS NULL` : Prisma.sql`${column("reviewedOn")} IS NOT NULL`);
  if (params.talk) and.push(Prisma.sql`EXISTS (SELECT 1 FROM "Quote" q WHERE q."commitmentId" = ${column("id")} AND q."talkId" = ${params.talk})`);
  if (params.overdue) and.push(overdueSql(alias, today));
  if (params.q) {
    // As Prisma's insensitive `contains`: ILIKE, with %, _ and \ matching themselves.
    const pattern = `%${params.q.replace(/[\\%_]/g, "\\$&")}%`;
    and.push(Prisma.sql`(${column("title")} ILIKE ${pattern} OR ${column("description")} ILIKE ${pattern}
      OR EXISTS (SELECT 1 FROM "Quote" qt WHERE qt."commitmentId" = ${column("id")} AND qt.text ILIKE ${pattern}))`);
  }
  return Prisma.join(and, " AND ");
}
