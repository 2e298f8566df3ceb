"use server";

// Admin only: who may edit the tracker.
import { defineAction } from "@/lib/actions/define-action";
import { actorOf } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/messages";
import { changeRoleSchema, createUserSchema, endSessionsSchema, resetPasswordSchema, setDisabledSchema } from "@/lib/users/schema";
import { changeRole, createUser, endSessions, resetPassword, setDisabled } from "@/lib/users/mutations";

const m = getMessages().admin.users;

export const createUserAction = defineAction({
  role: "ADMIN",
  schema: createUserSchema,
  run: async (input, user) => {
    await createUser(actorOf(user), input);
    return { message: m.created };
  },
});

export const changeRoleAction = defineAction({
  role: "ADMIN",
  schema: changeRoleSchema,
  run: async ({ id, role }, user) => {
    await changeRole(actorOf(user), id, role);
    return { message: m.roleChanged };
  },
});

export const setDisabledAction = defineAction({
  role: "ADMIN",
  schema: setDisabledSchema,
  run: async ({ id, disabled }, user) => {
    await setDisabled(actorOf(user), id, disabled);
    return { message: m.stateChanged };
  },
});

export const resetPasswordAction = defineAction({
  role: "ADMIN",
  schema: resetPasswordSchema,
  run: async ({ id, password }, user) => {
    await resetPassword(actorOf(user), id, password);
    return { message: m.passwordReset };
  },
});

export const endSessionsAction = defineAction({
  role: "ADMIN",
  schema: endSessionsSchema,
  run: async ({ id }, user) => {
    await endSessions(actorOf(user), id);
    return { message: m.sessionsEnded };
  },
});
