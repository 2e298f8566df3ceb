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
  // Enum columns are compared with values cast to the enum (never the column to text), so that
  // their indexes and statistics serve the query.
  const isAny = (name: string, type: string, values: readonly string[]) =>
    Prisma.sql`${column(name)} IN (${Prisma.join(values.map((value) => Prisma.sql`${value}::${Prisma.raw(`"${type}"`)}`))})`;
  if (params.status.length) and.push(isAny("status", "CommitmentStatus", params.status));
  if (params.category.length) {
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "Category" cat WHERE cat.id = ${column("categoryId")} AND cat.slug IN (${Prisma.join(params.category)}))`);
  }
  if (params.side.length) and.push(isAny("committedBy", "CommittingSide", params.side));
  if (params.kind !== "all") and.push(isAny("kind", "CommitmentKind", [fromPublicKind(params.kind)]));
  if (params.review) and.push(params.review === "never" ? Prisma.sql`${column("reviewedOn")} IS NULL` : Prisma.sql`${column("reviewedOn")} IS NOT NULL`);
  if (params.talk) and.push(Prisma.sql`EXISTS (SELECT 1 FROM "Quote" q WHERE q."commitmentId" = ${column("id")} AND q."talkId" = ${params.talk})`);
  if (params.overdue) and.push(overdueSql(alias, today));
  if (params.q) and.push(searchSql(column, params.q));
  return Prisma.join(and, " AND ");
}

/** Joins a pledge's texts in "CommitmentSearch" (migration 20261202055638_list_search_text). */
const SEARCH_TEXT_SEPARATOR = "\u001f";

function searchSql(column: (name: string) => Prisma.Sql, q: string): Prisma.Sql {
  // As Prisma's insensitive `contains`: ILIKE, with %, _ and \ matching themselves.
  const pattern = `%${q.replace(/[\\%_]/g, "\\$&")}%`;
  // The same match on the texts lowered once at write time, with a trigram index (PostgreSQL's
  // ILIKE is lower(text) LIKE lower(pattern)). A search holding the separator could match across
  // two texts there: it asks each text instead.
  if (!q.includes(SEARCH_TEXT_SEPARATOR)) {
    return Prisma.sql`${column("id")} IN (SELECT s."commitmentId" FROM "CommitmentSearch" s WHERE s."text" LIKE lower(${pattern}))`;
  }
  return Prisma.sql`(${column("title")} ILIKE ${pattern} OR ${column("description")} ILIKE ${pattern}
      OR EXISTS (SELECT 1 FROM "Quote" qt WHERE qt."commitmentId" = ${column("id")} AND qt.text ILIKE ${pattern}))`;
}
