// The audit log for the admin page: newest first, filtered by entity type (and one record of
// it), action and actor.
import type { Prisma } from "@/lib/generated/prisma/client";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";

export const auditFilterSchema = z.object({
  entity: z.string().regex(/^[A-Za-z]{1,40}$/).optional().catch(undefined),
  actor: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  action: z.string().regex(/^[a-z-]{1,40}$/).optional().catch(undefined),
  /** One record's entries (with `entity`): the links from an entry to its record's history. */
  id: z.string().regex(/^\d{1,12}$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1).catch(1),
});

export type AuditFilter = z.output<typeof auditFilterSchema>;

const PAGE_SIZE = 50;

export async function listAudit(filter: AuditFilter) {
  const where: Prisma.AuditLogWhereInput = {
    ...(filter.entity ? { entityType: filter.entity } : {}),
    ...(filter.entity && filter.id ? { entityId: filter.id } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actor ? { actorId: filter.actor } : {}),
  };
  const prisma = getPrisma();
  const [total, entries] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, action: true, entityType: true, entityId: true, before: true, after: true, createdAt: true, actorLabel: true, actor: { select: { name: true, email: true } } },
    }),
  ]);
  return { total, page: filter.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), entries };
}

/** Choices for the filters: the entity types and the people that appear in the log. */
export async function auditFilterOptions() {
  const prisma = getPrisma();
  const [types, actions, actors] = await Promise.all([
    prisma.auditLog.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
    prisma.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    prisma.user.findMany({ where: { auditEntries: { some: {} } }, select: { id: true, name: true, email: true }, orderBy: { name: "asc" } }),
  ]);
  return { entityTypes: types.map((row) => row.entityType), actions: actions.map((row) => row.action), actors };
}
