"use client";
// The date picker's form: a plain GET form (it works without JavaScript), which with JavaScript
// leaves its empty fields out of the address, so a shared link reads `/?asOf=2024-05-01`.
import type { ReactNode } from "react";

export function AsOfForm({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <form
      method="get"
      action="/"
      className={className}
      data-testid="as-of-picker"
      onSubmit={(event) => {
        const empty = [...event.currentTarget.querySelectorAll("input")].filter((input) => !input.value);
        for (const input of empty) input.disabled = true;
        setTimeout(() => empty.forEach((input) => (input.disabled = false)));
      }}
    >
      {children}
    </form>
  );
}
