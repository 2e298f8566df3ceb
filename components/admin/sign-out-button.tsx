"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { getMessages } from "@/lib/i18n/messages";
import { buttonClass } from "./form-parts";

const t = getMessages().admin.signOut;

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  const router = useRouter();
  return (
    <button
      type="button"
      className={buttonClass}
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await signOut({ redirect: false });
        router.replace("/sign-in?signedOut=1");
        router.refresh();
      }}
    >
      {t.submit}
    </button>
  );
}
