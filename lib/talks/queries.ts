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
      headline: true,
      readoutBy: true,
      sourceUrl: true,
      sourceNote: true,
      language: true,
      quotes: { select: { commitmentId: true, commitment: { select: { kind: true } } }, where: { commitment: { archived: false } } },
    },
    orderBy: [{ heldOn: "desc" }, { id: "desc" }],
  });
  const distinct = (quotes: (typeof talks)[number]["quotes"], kind: "COMMITMENT" | "STATEMENT") =>
    new Set(quotes.filter((quote) => quote.commitment.kind === kind).map((quote) => quote.commitmentId)).size;
  return talks.map(({ quotes, ...talk }) => ({
    ...talk,
    /** Commitments quoted from the talk (what the figures count), and statements beside them. */
    commitmentCount: distinct(quotes, "COMMITMENT"),
    statementCount: distinct(quotes, "STATEMENT"),
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
      headline: true,
      readoutBy: true,
      sourceUrl: true,
      sourceNote: true,
      language: true,
      text: true,
      quotes: {
        where: { commitment: { archived: false } },
        select: {
          id: true,
          text: true,
          startOffset: true,
          endOffset: true,
          commitment: { select: { slug: true, title: true, status: true, kind: true } },
        },
        orderBy: [{ startOffset: "asc" }, { id: "asc" }],
      },
    },
  });
}

export type TalkDetail = NonNullable<Awaited<ReturnType<typeof getTalk>>>;
