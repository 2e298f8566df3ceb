import { getPrisma } from "@/lib/db/client";

export function listTalksForAdmin() {
  return getPrisma().talk.findMany({
    select: { id: true, slug: true, title: true, heldOn: true, format: true, _count: { select: { quotes: true } } },
    orderBy: [{ heldOn: "desc" }, { id: "desc" }],
  });
}

export function getTalkForEdit(id: number) {
  return getPrisma().talk.findUnique({
    where: { id },
    select: { id: true, slug: true, title: true, heldOn: true, format: true, participants: true, publisher: true, headline: true, readoutBy: true, sourceUrl: true, sourceNote: true, language: true, text: true, version: true, _count: { select: { quotes: true } } },
  });
}
