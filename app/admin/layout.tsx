import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { requirePageRole } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Admin", robots: { index: false, follow: false } };

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requirePageRole("ANALYST", "/admin");
  return (
    <div>
      <AdminNav user={user} />
      {children}
    </div>
  );
}
