// Checklist row 10: brute-force sign-in. The app counts attempts per account and per client
// address (X-Forwarded-For, which each test sets so that it starts from an address of its own).
import { expect, test } from "@playwright/test";
import { TEST_USERS } from "../support/auth";
import { errorCodeOf, postCredentials, type SignInAnswer } from "../support/credentials";

const ACCOUNT_LIMIT = 5;
const ADDRESS_LIMIT = 20;
const run = Date.now().toString(36);
const address = (group: number, n: number) => `10.${group}.${Math.floor(n / 250)}.${(n % 250) + 1}`;

function expectThrottled(answer: SignInAnswer) {
  expect(answer.status).toBe(429);
  const retryAfter = Number(answer.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  expect(answer.headers.get("content-type")).toContain("application/json");
  expect(answer.body.error).toMatchObject({ code: "too_many_attempts", retryAfterSeconds: retryAfter });
  expect(answer.body.error!.message).toMatch(/^Too many failed attempts\. Try again in \d+ minutes?\.$/);
  // The code the sign-in page's signIn() reads, with the wait in whole minutes.
  expect(errorCodeOf(answer)).toBe(`TooManyAttempts:${Math.ceil(retryAfter / 60)}`);
  expect(answer.setCookies.filter((cookie) => cookie.includes("session-token"))).toEqual([]);
}

test("50 wrong passwords on one account: refused 401 five times, then 429 even from new addresses and for the right password", async () => {
  const { email, password } = TEST_USERS.lockout;
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 50; attempt++) {
    const answer = await postCredentials(email, `wrong-password-${attempt}`, { address: address(50, attempt) });
    statuses.push(answer.status);
    if (attempt >= ACCOUNT_LIMIT) expectThrottled(answer);
  }
  expect(statuses).toEqual([...Array(ACCOUNT_LIMIT).fill(401), ...Array(50 - ACCOUNT_LIMIT).fill(429)]);
  expectThrottled(await postCredentials(email, password, { address: address(51, 0) }));
});

test("one password across 50 accounts from one address: 429 after 20, for that address only", async () => {
  const from = address(60, 0);
  const statuses: number[] = [];
  for (let account = 0; account < 50; account++) {
    const answer = await postCredentials(`spray-${run}-${account}@example.org`, "Summer2026!Summer", { address: from });
    statuses.push(answer.status);
    if (account >= ADDRESS_LIMIT) expectThrottled(answer);
  }
  expect(statuses).toEqual([...Array(ADDRESS_LIMIT).fill(401), ...Array(50 - ADDRESS_LIMIT).fill(429)]);
  // A real analyst with the right password is refused from that address, and let in from another.
  const { email, password } = TEST_USERS.analyst;
  expectThrottled(await postCredentials(email, password, { address: from }));
  const elsewhere = await postCredentials(email, password, { address: address(61, 0) });
  expect(elsewhere.status).toBe(200);
  expect(elsewhere.setCookies.some((cookie) => cookie.startsWith("next-auth.session-token="))).toBe(true);
});

test("parallel attempts cannot slip past the limit", async () => {
  const email = `burst-${run}@example.org`;
  const answers = await Promise.all(Array.from({ length: 20 }, (_, n) => postCredentials(email, `guess-${n}`, { address: address(70, n) })));
  const statuses = answers.map((answer) => answer.status).sort();
  expect(statuses).toEqual([...Array(ACCOUNT_LIMIT).fill(401), ...Array(20 - ACCOUNT_LIMIT).fill(429)]);
  for (const answer of answers.filter((item) => item.status === 429)) expectThrottled(answer);
});

test("an unknown email and a wrong password get the same answer, before and after throttling", async () => {
  const unknown = `nobody-${run}@example.org`;
  const known = TEST_USERS.admin.email;
  const comparable = (answer: SignInAnswer) => ({
    status: answer.status,
    contentType: answer.headers.get("content-type"),
    body: answer.body,
    cookies: answer.setCookies.map((cookie) => cookie.split("=")[0]).sort(),
  });
  const first = [await postCredentials(unknown, "some-password-1", { address: address(80, 0) }), await postCredentials(known, "some-password-1", { address: address(80, 1) })];
  expect(first[0]!.status).toBe(401);
  expect(errorCodeOf(first[0]!)).toBe("CredentialsSignin");
  expect(comparable(first[1]!)).toEqual(comparable(first[0]!));

  // Five more each: both throttled, with the same answer (up to the seconds left).
  for (let n = 0; n < ACCOUNT_LIMIT; n++) {
    await postCredentials(unknown, `some-password-${n}`, { address: address(81, n) });
    await postCredentials(known, `some-password-${n}`, { address: address(82, n) });
  }
  const [a, b] = [await postCredentials(unknown, "x-password-9", { address: address(83, 0) }), await postCredentials(known, "x-password-9", { address: address(83, 1) })];
  expectThrottled(a);
  expectThrottled(b);
  expect(b.body.error!.code).toBe(a.body.error!.code);
});
