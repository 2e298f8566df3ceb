"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** A main-navigation link that tells the reader (and screen readers) which section they are in. */
export function NavLink({ href, label }: { href: string; label: string }) {
  const pathname = usePathname();
  const current = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`hover:text-accent hover:underline ${current ? "text-accent underline decoration-2 underline-offset-4" : "text-ink no-underline"}`}
    >
      {label}
    </Link>
  );
}
