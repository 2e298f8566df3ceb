import Link from "next/link";
import { format } from "@/lib/i18n/messages";
import type { Messages } from "@/lib/i18n/en";

interface Props {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  messages: Messages["public"]["list"];
}

export function Pagination({ page, pageCount, hrefFor, messages }: Props) {
  if (pageCount <= 1) return null;
  const link = "rounded border border-rule bg-white px-3 py-1.5 text-sm text-accent no-underline hover:border-accent";
  return (
    <nav aria-label={messages.pagination} className="mt-4 flex flex-wrap items-center justify-between gap-2">
      {page > 1 ? <Link rel="prev" href={hrefFor(page - 1)} className={link}>← {messages.previous}</Link> : <span />}
      <span className="text-sm text-muted" aria-current="page">{format(messages.pageOf, { page, pageCount })}</span>
      {page < pageCount ? <Link rel="next" href={hrefFor(page + 1)} className={link}>{messages.next} →</Link> : <span />}
    </nav>
  );
}
