import { getPrisma } from "@/lib/db/client";

export async function listTalks() {
  const talks = await getPrisma().talk.findMany({
    select: {
      id: true,
      slug: true,
      title: true,
      heldOn: true,
      format: true,
      participants: true,
      publisher: true,
      sourceUrl: true,
      language: true,
      quotes: { select: { commitmentId: true }, where: { commitment: { archived: false } } },
    },
    orderBy: [{ heldOn: "desc" }, { id: "desc" }],
  });
  return talks.map(({ quotes, ...talk }) => ({
    ...talk,
    commitmentCount: new Set(quotes.map((quote) => quote.commitmentId)).size,
  }));
}

export async function getTalk(id: number) {
  return getPrisma().talk.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      heldOn: true,
      format: true,
      participants: true,
      publisher: true,
      sourceUrl: true,
      language: true,
      text: true,
      quotes: {
        where: { commitment: { archived: false } },
        select: {
          id: true,
          text: true,
          startOffset: true,
          endOffset: true,
          commitment: { select: { slug: true, title: true, status: true } },
        },
        orderBy: [{ startOffset: "asc" }, { id: "asc" }],
      },
    },
  });
}

export type TalkDetail = NonNullable<Awaited<ReturnType<typeof getTalk>>>;
