import { getPrisma } from "@/lib/db/client";

/** Users for the admin page: never the password hash. */
export function listUsers() {
  return getPrisma().user.findMany({
    select: { id: true, email: true, name: true, role: true, disabled: true, createdAt: true },
    orderBy: [{ disabled: "asc" }, { name: "asc" }, { id: "asc" }],
  });
}
