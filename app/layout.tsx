import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { connection } from "next/server";
import { SiteFooter } from "@/components/ui/site-footer";
import { SiteHeader } from "@/components/ui/site-header";
import { getMessages } from "@/lib/i18n/messages";
import "./globals.css";

const messages = getMessages();

export const metadata: Metadata = {
  title: { default: messages.site.name, template: `%s · ${messages.site.name}` },
  description: messages.site.tagline,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * Every page is rendered per request, so that each response carries its own CSP nonce (proxy.ts,
 * Next's guide to CSP); a page cached whole could only run its inline scripts under
 * 'unsafe-inline'. The data behind the public pages is what is cached (the cached.ts files in lib): a
 * request renders from it, and a write expires it by tag for every instance.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          {messages.site.skipToContent}
        </a>
        <SiteHeader messages={messages} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter messages={messages} />
      </body>
    </html>
  );
}
