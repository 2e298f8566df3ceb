import type { Metadata } from "next";
import { HelpLinks } from "@/components/ui/help-links";
import { getMessages } from "@/lib/i18n/messages";

const messages = getMessages();
export const metadata: Metadata = { title: messages.public.errors.notFoundTitle };

export default function NotFound() {
  const text = messages.public.errors;
  return (
    <div className="max-w-2xl">
      <h1 className="font-serif text-3xl font-semibold">{text.notFoundTitle}</h1>
      <p className="mt-3 text-lg text-muted">{text.notFoundBody}</p>
      <HelpLinks messages={text} />
    </div>
  );
}
