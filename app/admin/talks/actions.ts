"use server";

import { defineAction } from "@/lib/actions/define-action";
import { actorOf } from "@/lib/auth/session";
import { createTalkSchema, updateTalkSchema } from "@/lib/talks/schema";
import { createTalk, updateTalk } from "@/lib/talks/mutations";

export const createTalkAction = defineAction({
  role: "ANALYST",
  schema: createTalkSchema,
  run: async (input, user) => {
    const created = await createTalk(actorOf(user), input);
    return { redirectTo: `/admin/talks/${created.id}?created=1` };
  },
});

export const updateTalkAction = defineAction({
  role: "ANALYST",
  schema: updateTalkSchema,
  run: async ({ id, version, ...fields }, user) => {
    await updateTalk(actorOf(user), id, version, fields);
  },
});
