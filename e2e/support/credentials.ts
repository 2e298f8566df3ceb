// Credentials sign-in over plain HTTP, the way next-auth's signIn() does it (CSRF token, then a
// form POST with json=true), with the cookies handled by hand so that Secure ones are visible.
import { E2E_BASE_URL } from "./server";

export interface SignInAnswer {
  status: number;
  headers: Headers;
  body: { url?: string; error?: { code: string; message: string; retryAfterSeconds?: number } };
  setCookies: string[];
}

interface SignInOptions {
  /** The client address the app counts attempts under (it reads X-Forwarded-For). */
  address: string;
  /** Sent as X-Forwarded-Proto, as a TLS-terminating proxy would. */
  proto?: "http" | "https";
  baseUrl?: string;
}

const cookiePairs = (setCookies: string[]) => setCookies.map((cookie) => cookie.split(";")[0]).join("; ");

export async function postCredentials(email: string, password: string, { address, proto, baseUrl = E2E_BASE_URL }: SignInOptions): Promise<SignInAnswer> {
  const common: Record<string, string> = { "X-Forwarded-For": address, ...(proto ? { "X-Forwarded-Proto": proto } : {}) };
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers: common });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    // A browser on the https site (behind the TLS proxy) names it with its scheme: the app refuses
    // an http Origin for an https site (lib/auth/origin.ts).
    headers: { ...common, "Content-Type": "application/x-www-form-urlencoded", Origin: proto === "https" ? baseUrl.replace(/^http:/, "https:") : baseUrl, Cookie: cookiePairs(csrf.headers.getSetCookie()) },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${baseUrl}/admin`, json: "true" }),
  });
  return { status: response.status, headers: response.headers, body: await response.json().catch(() => ({})), setCookies: response.headers.getSetCookie() };
}

/** The `error` code next-auth's signIn() would hand the page. */
export const errorCodeOf = (answer: SignInAnswer) => (answer.body.url ? new URL(answer.body.url).searchParams.get("error") : null);

export function parseSetCookie(header: string) {
  const [pair, ...attributes] = header.split(";").map((part) => part.trim());
  const [name, ...value] = pair!.split("=");
  const flags = new Map(attributes.map((attribute) => {
    const [key, ...rest] = attribute.split("=");
    return [key!.toLowerCase(), rest.join("=")] as const;
  }));
  return { name: name!, value: value.join("="), flags };
}
