// Where a readout comes from: whose side published it, under which headline, and the link, or
// the reason there is none. Shown wherever a talk is, so no figure rests on an unnamed source.
import { safeHref } from "@/components/ui/format";
import type { PublicTalkSummary } from "@/lib/talks/cached";
import { getMessages } from "@/lib/i18n/messages";

const text = getMessages().public.talks;

type TalkSource = Pick<PublicTalkSummary, "publisher" | "headline" | "readoutBy" | "sourceUrl" | "sourceNote">;

export function TalkSourceLine({ talk }: { talk: TalkSource }) {
  const href = talk.sourceUrl ? safeHref(talk.sourceUrl) : undefined;
  return (
    <span data-testid="talk-source">
      {talk.readoutBy ? `${text.readoutSides[talk.readoutBy]} · ` : ""}
      {talk.publisher}
      {href ? (
        <> · <a href={href} rel="noopener noreferrer" target="_blank" className="text-accent underline">{talk.headline ?? text.source}</a></>
      ) : (
        <> · <span className="font-medium">{text.noSource}</span>{talk.sourceNote ? `: ${talk.sourceNote}` : ""}</>
      )}
    </span>
  );
}
