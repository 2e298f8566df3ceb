"use client";
import { useEffect } from "react";

/**
 * Marks the element named by the URL's #fragment with `is-target` and scrolls to it. A client-side
 * navigation (next/link) changes the URL with pushState, which does not update CSS `:target`, so
 * a reader arriving from a pledge page would otherwise not see which passage is meant.
 */
export function HashTarget() {
  useEffect(() => {
    const mark = () => {
      document.querySelectorAll(".is-target").forEach((element) => element.classList.remove("is-target"));
      const id = decodeURIComponent(window.location.hash.slice(1));
      const element = id ? document.getElementById(id) : null;
      if (!element) return;
      element.classList.add("is-target");
      element.scrollIntoView({ block: "center" });
    };
    mark();
    window.addEventListener("hashchange", mark);
    return () => window.removeEventListener("hashchange", mark);
  }, []);
  return null;
}
