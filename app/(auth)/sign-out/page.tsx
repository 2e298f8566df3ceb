import type { Metadata } from "next";
import { SignOutButton } from "@/components/admin/sign-out-button";
import { getMessages } from "@/lib/i18n/messages";

const t = getMessages().admin.signOut;

export const metadata: Metadata = { title: t.title, robots: { index: false } };

export default function SignOutPage() {
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="font-serif text-2xl font-semibold">{t.title}</h1>
      <p className="mt-2 text-sm text-muted">{t.confirm}</p>
      <div className="mt-4">
        <SignOutButton />
      </div>
    </div>
  );
}
