import { RateLimiterMemory } from "rate-limiter-flexible";

// Failed sign-ins only count against these; a success clears the account's counter.
// Per account: slows guessing one password. Per address: slows one password tried on many accounts.
const WINDOW_SECONDS = 15 * 60;
const perAccount = new RateLimiterMemory({ keyPrefix: "signin-account", points: 5, duration: WINDOW_SECONDS });
const perAddress = new RateLimiterMemory({ keyPrefix: "signin-address", points: 20, duration: WINDOW_SECONDS });

export async function isThrottled(email: string, address: string): Promise<boolean> {
  const [account, ip] = await Promise.all([perAccount.get(email), perAddress.get(address)]);
  return (account?.consumedPoints ?? 0) >= 5 || (ip?.consumedPoints ?? 0) >= 20;
}

export async function recordFailure(email: string, address: string): Promise<void> {
  await Promise.all([perAccount.penalty(email, 1), perAddress.penalty(address, 1)]);
}

export async function recordSuccess(email: string): Promise<void> {
  await perAccount.delete(email);
}
