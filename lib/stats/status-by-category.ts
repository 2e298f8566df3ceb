import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import { pivotByStatus, type StatusCounts } from "./status-counts";
import { readCountedGroups, type CountedGroup } from "./counted-groups";

export interface StatusByCategoryRow extends StatusCounts {
  category: string;
  name: string;
}

/** Current status counts per category, categories in their editorial order (empty ones kept). */
export async function getStatusByCategory(db: PrismaClient = getPrisma(), groups: Promise<CountedGroup[]> = readCountedGroups(db)): Promise<StatusByCategoryRow[]> {
  const categories = await db.$queryRaw<{ id: number; slug: string; name: string }[]>`SELECT id, slug, name FROM "Category" ORDER BY "sortOrder", slug`;
  const keys = categories.map((category) => String(category.id));
  const pivot = pivotByStatus(keys, (await groups).map((group) => ({ key: String(group.categoryId), status: group.status, count: group.count })));
  return categories.map((category) => ({ category: category.slug, name: category.name, ...pivot.get(String(category.id))! }));
}
