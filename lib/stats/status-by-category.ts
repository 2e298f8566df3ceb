import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import { pivotByStatus, type StatusCounts } from "./status-counts";
import { countedSql } from "@/lib/commitments/rules";

export interface StatusByCategoryRow extends StatusCounts {
  category: string;
  name: string;
}

/** Current status counts per category, categories in their editorial order (empty ones kept). */
export async function getStatusByCategory(db: PrismaClient = getPrisma()): Promise<StatusByCategoryRow[]> {
  const [categories, rows] = await Promise.all([
    db.category.findMany({ select: { slug: true, name: true }, orderBy: [{ sortOrder: "asc" }, { slug: "asc" }] }),
    db.$queryRaw<{ key: string; status: string; count: number }[]>`
      SELECT cat.slug AS key, c.status::text AS status, count(*)::int AS count
      FROM "Commitment" c JOIN "Category" cat ON cat.id = c."categoryId"
      WHERE ${countedSql("c")}
      GROUP BY cat.slug, c.status`,
  ]);
  const pivot = pivotByStatus(categories.map((category) => category.slug), rows);
  return categories.map((category) => ({ category: category.slug, name: category.name, ...pivot.get(category.slug)! }));
}
