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
import { endSessionsUpdate } from "@/lib/auth/session-version";

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

// Every change to who is an active admin takes this lock first, so such changes run one after
// another: two admins demoting each other at once cannot both pass their checks.
const ADMIN_SET_LOCK = 740_012;

/**
 * Inside the lock, as the database has it now: the acting user must still be an active admin
 * (the role the action checked may have been taken away a moment ago), and the change must leave
 * at least one.
 */
async function lockAdminSet(tx: Prisma.TransactionClient, actor: Actor) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMIN_SET_LOCK})`;
  if (actor.userId === null) return;
  const acting = await tx.user.findUnique({ where: { id: actor.userId }, select: { role: true, disabled: true } });
  if (acting?.role !== "ADMIN" || acting.disabled) throw new UserFacingError(m().noLongerAdmin, 409);
}

async function refuseNoAdminLeft(tx: Prisma.TransactionClient) {
  if ((await tx.user.count({ where: { role: "ADMIN", disabled: false } })) === 0) throw new UserFacingError(m().lastAdmin, 409);
}

async function updateUser(actor: Actor, id: number, data: Prisma.UserUpdateInput, audited: Record<string, unknown>, { changesAdmins = false } = {}) {
  return inWriteTransaction(async (tx) => {
    if (changesAdmins) await lockAdminSet(tx, actor);
    const before = await tx.user.findUnique({ where: { id }, select: publicUserSelect });
    if (!before) throw new NotFoundError(m().what);
    const after = await tx.user.update({ where: { id }, data, select: publicUserSelect });
    if (changesAdmins) await refuseNoAdminLeft(tx);
    await writeAudit(tx, actor, { action: "update", entityType: "User", entityId: id, before, after: { ...after, ...audited } });
    return after;
  });
}

/** An admin cannot demote or disable themselves: the last admin could otherwise lock everyone out. */
function refuseSelf(actor: Actor, id: number) {
  if (actor.userId === id) throw new UserFacingError(m().notYourself, 422);
}

// Each of these ends the user's sessions: a new role, a new password or a disabled (or enabled
// again) account is signed in afresh, and a copy of an old cookie opens nothing.
export async function changeRole(actor: Actor, id: number, role: UserRole) {
  refuseSelf(actor, id);
  return updateUser(actor, id, { role, ...endSessionsUpdate }, {}, { changesAdmins: true });
}

export async function setDisabled(actor: Actor, id: number, disabled: boolean) {
  refuseSelf(actor, id);
  return updateUser(actor, id, { disabled, ...endSessionsUpdate }, {}, { changesAdmins: true });
}

export async function resetPassword(actor: Actor, id: number, password: string) {
  return updateUser(actor, id, { passwordHash: await hashPassword(password), ...endSessionsUpdate }, { passwordReset: true });
}

/** "Sign out everywhere" for a user: every session they hold ends now (an admin's own included). */
export async function endSessions(actor: Actor, id: number) {
  return updateUser(actor, id, endSessionsUpdate, { sessionsEnded: true });
}
