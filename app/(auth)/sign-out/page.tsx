import type { Metadata } from "next";
import { connection } from "next/server";
import { SignOutButton } from "@/components/admin/sign-out-button";
import { getMessages } from "@/lib/i18n/messages";

const t = getMessages().admin.signOut;

export const metadata: Metadata = { title: t.title, robots: { index: false } };

// Rendered per request, like every page that holds a session: its scripts carry the nonce of the
// strict policy proxy.ts sends (a prerendered page would have none, and its scripts would be blocked).
export default async function SignOutPage() {
  await connection();
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
