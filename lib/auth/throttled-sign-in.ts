// A throttled credentials sign-in answers 429 with Retry-After. next-auth itself answers every
// refusal 401, so the route asks here before and after handing the request to it.
import { signInErrorMessage, throttledErrorCode, throttledMinutesOf } from "./sign-in-errors";
import { normaliseSignInEmail, signInAddress, throttledForSeconds } from "./throttle";

/** The email a credentials sign-in names, from the body as next-auth reads it (form or JSON). */
function emailOf(contentType: string, body: string): string {
  if (contentType.includes("application/json")) {
    try {
      return normaliseSignInEmail((JSON.parse(body) as { email?: unknown } | null)?.email);
    } catch {
      return "";
    }
  }
  return normaliseSignInEmail(new URLSearchParams(body).get("email"));
}

/**
 * The body keeps next-auth's `url` (the page's signIn() reads the error code, with the wait, from
 * it) and adds the JSON error every route answers with.
 */
function tooManyAttempts(url: string, code: string, waitSeconds: number, headers = new Headers()): Response {
  headers.set("Content-Type", "application/json");
  headers.set("Retry-After", String(waitSeconds));
  headers.set("Cache-Control", "no-store");
  const body = { url, error: { code: "too_many_attempts", message: signInErrorMessage(code), retryAfterSeconds: waitSeconds } };
  return new Response(JSON.stringify(body), { status: 429, headers });
}

/** Before next-auth: the account or address is already throttled, so nothing is checked. */
export async function throttledSignInResponse(request: Request, body: string): Promise<Response | null> {
  const email = emailOf(request.headers.get("content-type") ?? "", body);
  const wait = await throttledForSeconds(email, signInAddress(request.headers));
  if (wait === 0) return null;
  const code = throttledErrorCode(wait);
  return tooManyAttempts(new URL(`/sign-in?${new URLSearchParams({ error: code })}`, request.url).toString(), code, wait);
}

/** After next-auth: authorize() refused an attempt over the limit (one of several in parallel). */
export async function asThrottledWhenRefusedForIt(response: Response): Promise<Response> {
  if (response.status !== 401 || !(response.headers.get("content-type") ?? "").includes("application/json")) return response;
  const body = (await response.clone().json().catch(() => null)) as { url?: unknown } | null;
  if (typeof body?.url !== "string") return response;
  const code = new URL(body.url, "http://localhost").searchParams.get("error");
  const minutes = throttledMinutesOf(code);
  return minutes && code ? tooManyAttempts(body.url, code, minutes * 60, new Headers(response.headers)) : response;
}
