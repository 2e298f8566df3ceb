"use client";
// The as-of view's links (lib/as-of): inside a view of a past date, every link the dashboard's
// charts, tables and lists draw to the pledge list or a pledge opens the same date. Client
// components read the date's query from this context; today's view provides none.
import { createContext, useContext, type ReactNode } from "react";
import { listHref, type ListFilter } from "@/lib/stats/chart-tables";

const SnapshotQuery = createContext("");

export function SnapshotLinks({ query, children }: { query: string; children: ReactNode }) {
  return <SnapshotQuery.Provider value={query}>{children}</SnapshotQuery.Provider>;
}

/** Adds the view's date to a site address (nothing in today's view). */
export function useThen(): (href: string) => string {
  const query = useContext(SnapshotQuery);
  return (href) => {
    if (!query) return href;
    const hashAt = href.indexOf("#");
    const [path, hash] = hashAt >= 0 ? [href.slice(0, hashAt), href.slice(hashAt)] : [href, ""];
    return `${path}${path.includes("?") ? "&" : "?"}${query}${hash}`;
  };
}

/** listHref (lib/stats/chart-tables.ts) in the view's date. */
export function useListHref(): (filter: ListFilter) => string {
  const then = useThen();
  return (filter) => then(listHref(filter));
}
