import Link from "next/link";
import { connection } from "next/server";
import { listCommitments } from "@/lib/commitments/queries";
import { listParamsSchema } from "@/lib/commitments/list-params";
import { getMessages } from "@/lib/i18n/messages";

export default async function DashboardPage() {
  await connection();
  const messages = getMessages();
  const page = await listCommitments(listParamsSchema.parse({ pageSize: 100 }));
  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold">{messages.site.name}</h1>
      <p className="mt-2 text-muted">{messages.site.tagline}</p>
      <ul className="mt-6 space-y-2">
        {page.items.map((item) => (
          <li key={item.slug}>
            <Link href={`/api/commitments/${item.slug}`}>{item.title}</Link> — {item.status}
          </li>
        ))}
      </ul>
    </div>
  );
}
