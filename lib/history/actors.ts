// Who made a change, as the public may know it: an analyst's role and a number that tells one
// analyst's edits from another's, or the process that wrote the record. Never a name or an email.
import { getMessages } from "@/lib/i18n/messages";

export interface ActorFields {
  userId: number | null;
  role: string | null;
  actorLabel: string;
}

export function publicActor({ userId, role, actorLabel }: ActorFields): string {
  const text = getMessages().time.history.actors;
  if (userId !== null) return `${role === "ADMIN" ? text.admin : text.analyst} ${userId}`;
  return text.system[actorLabel as keyof typeof text.system] ?? text.system.other;
}
