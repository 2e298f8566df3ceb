import { getPrisma } from "@/lib/db/client";

/** Tokens as the admin lists them (never the hash): one user's, or everyone's when ownerId is null. */
export async function listApiTokens(ownerId: number | null) {
  return getPrisma().apiToken.findMany({
    where: ownerId === null ? {} : { userId: ownerId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { id: "desc" }],
    select: {
      id: true,
      label: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, disabled: true } },
    },
  });
}

export type ApiTokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];
