// "Edit" beside a public pledge, for a signed-in analyst only (issue 16). Rendered per request
// like every page; a visitor without a session cookie costs no database read here.
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { commitmentIdOfSlug } from "@/lib/commitments/admin-queries";
import { getMessages } from "@/lib/i18n/messages";

export async function AnalystEditLink({ slug }: { slug: string }) {
  const user = await getCurrentUser();
  if (!user) return null;
  const id = await commitmentIdOfSlug(slug);
  if (id === null) return null;
  return (
    <Link href={`/admin/commitments/${id}`} className="ml-3 text-sm text-accent underline" data-testid="analyst-edit">
      {getMessages().public.pledge.edit}
    </Link>
  );
}
