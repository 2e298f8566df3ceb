"use server";

// Every write on the indicators' pages, through defineAction (origin, session, role, strict
// schema, then lib/indicators/mutations.ts: one transaction with its audit row; caches expired).
import { defineAction } from "@/lib/actions/define-action";
import { actorOf } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/messages";
import { addIndicator, addPoint, correctPoint, linkIndicatorToPledge, removePoint, unlinkIndicatorFromPledge, updateIndicator } from "@/lib/indicators/mutations";
import { addPointFormSchema, correctPointFormSchema, editIndicatorFormSchema, indicatorFieldsSchema, pledgeLinkFormSchema, removePointFormSchema } from "@/lib/indicators/schema";

const m = getMessages().admin.indicators;

export const createIndicatorAction = defineAction({
  role: "ANALYST",
  schema: indicatorFieldsSchema,
  run: async (input, user) => {
    const created = await addIndicator(actorOf(user), input);
    return { redirectTo: `/admin/indicators/${created.id}?created=1` };
  },
});

export const updateIndicatorAction = defineAction({
  role: "ANALYST",
  schema: editIndicatorFormSchema,
  run: async ({ id, version, ...fields }, user) => {
    await updateIndicator(actorOf(user), id, version, fields);
  },
});

export const addPointAction = defineAction({
  role: "ANALYST",
  schema: addPointFormSchema,
  run: async ({ indicatorId, ...point }, user) => {
    await addPoint(actorOf(user), indicatorId, point);
    return { message: m.points.added };
  },
});

export const correctPointAction = defineAction({
  role: "ANALYST",
  schema: correctPointFormSchema,
  run: async ({ id, version, ...point }, user) => {
    await correctPoint(actorOf(user), id, version, point);
    return { message: m.points.corrected };
  },
});

export const removePointAction = defineAction({
  role: "ANALYST",
  schema: removePointFormSchema,
  run: async ({ id, version }, user) => {
    await removePoint(actorOf(user), id, version);
    return { message: m.points.removed };
  },
});

export const linkPledgeAction = defineAction({
  role: "ANALYST",
  schema: pledgeLinkFormSchema,
  run: async ({ indicatorId, commitmentId }, user) => {
    await linkIndicatorToPledge(actorOf(user), indicatorId, commitmentId);
    return { message: m.pledges.linked };
  },
});

export const unlinkPledgeAction = defineAction({
  role: "ANALYST",
  schema: pledgeLinkFormSchema,
  run: async ({ indicatorId, commitmentId }, user) => {
    await unlinkIndicatorFromPledge(actorOf(user), indicatorId, commitmentId);
    return { message: m.pledges.unlinked };
  },
});
