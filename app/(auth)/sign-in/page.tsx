import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { getCurrentUser } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/messages";

const t = getMessages().admin;

export const metadata: Metadata = { title: t.signIn.title, robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackPath);
  const initialError = signInErrorMessage(typeof params.error === "string" ? params.error : undefined, "failed");
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="font-serif text-2xl font-semibold">{t.signIn.title}</h1>
      {params.signedOut ? <p role="status" className="mt-2 text-sm text-green-900">{t.signOut.done}</p> : null}
      <p className="mt-2 text-sm text-muted">{t.signIn.intro}</p>
      <div className="mt-6 rounded border border-rule bg-white p-4">
        <SignInForm callbackPath={callbackPath} initialError={initialError} />
      </div>
    </div>
  );
}
