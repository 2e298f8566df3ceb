import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { writeAudit, type Actor } from "@/lib/audit";
import { isUniqueViolation } from "@/lib/actions/version-check";
import { hashPassword } from "@/lib/auth/password";
import { getPrisma } from "@/lib/db/client";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { getMessages } from "@/lib/i18n/messages";
import type { CreateUserInput } from "./schema";
import { inWriteTransaction } from "@/lib/db/transaction";

const m = () => getMessages().admin.users;

// Never the password hash: audit rows and pages see only these.
const publicUserSelect = { id: true, email: true, name: true, role: true, disabled: true } satisfies Prisma.UserSelect;

/** Creates a user (the CLI passes its own client; the app uses the shared one). */
export async function createUser(actor: Actor, input: CreateUserInput, prisma: PrismaClient = getPrisma()) {
  const passwordHash = await hashPassword(input.password);
  return prisma
    .$transaction(async (tx) => {
      const created = await tx.user.create({ data: { email: input.email, name: input.name, role: input.role, passwordHash }, select: publicUserSelect });
      await writeAudit(tx, actor, { action: "create", entityType: "User", entityId: created.id, after: created });
      return created;
    })
    .catch((error) => {
      if (isUniqueViolation(error)) throw new UserFacingError(m().emailTaken, 409, { email: [m().emailTaken] });
      throw error;
    });
}

async function updateUser(actor: Actor, id: number, data: Prisma.UserUpdateInput, audited: Record<string, unknown>) {
  return inWriteTransaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: publicUserSelect });
    if (!before) throw new NotFoundError(m().what);
    const after = await tx.user.update({ where: { id }, data, select: publicUserSelect });
    await writeAudit(tx, actor, { action: "update", entityType: "User", entityId: id, before, after: { ...after, ...audited } });
    return after;
  });
}

/** An admin cannot demote or disable themselves: the last admin could otherwise lock everyone out. */
function refuseSelf(actor: Actor, id: number) {
  if (actor.userId === id) throw new UserFacingError(m().notYourself, 422);
}

export async function changeRole(actor: Actor, id: number, role: UserRole) {
  refuseSelf(actor, id);
  return updateUser(actor, id, { role }, {});
}

export async function setDisabled(actor: Actor, id: number, disabled: boolean) {
  refuseSelf(actor, id);
  return updateUser(actor, id, { disabled }, {});
}

export async function resetPassword(actor: Actor, id: number, password: string) {
  return updateUser(actor, id, { passwordHash: await hashPassword(password) }, { passwordReset: true });
}
