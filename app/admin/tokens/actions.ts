"use server";

// Analysts revoke their own API tokens; admins anyone's.
import { defineAction } from "@/lib/actions/define-action";
import { revokeApiToken } from "@/lib/api-tokens/mutations";
import { revokeApiTokenSchema } from "@/lib/api-tokens/schema";
import { actorOf } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/messages";

export const revokeApiTokenAction = defineAction({
  role: "ANALYST",
  schema: revokeApiTokenSchema,
  run: async ({ id }, user) => {
    await revokeApiToken(actorOf(user), id, { ownerId: user.role === "ADMIN" ? undefined : user.id });
    return { message: getMessages().admin.tokens.revokedDone };
  },
});
