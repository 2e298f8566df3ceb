import { describe, expect, it } from "vitest";
import { isPublicAddress } from "./address";
import { createWebhookSchema } from "./schema";
import { resolveWebhookTarget } from "./target";

const REFUSED = [
  "127.0.0.1", "127.255.255.254", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
  "169.254.169.254", "100.64.0.1", "224.0.0.1", "239.255.255.250", "255.255.255.255", "192.0.2.10", "198.18.0.1",
  "::", "::1", "fe80::1", "fe80::1%eth0", "fc00::1", "fd12:3456::1", "ff02::1", "2001:db8::1", "64:ff9b::7f00:1",
  "::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:10.0.0.1", "::ffff:a9fe:a9fe", "[::1]", "::127.0.0.1", "2002:7f00:1::1",
  "not-an-address", "",
];
const ALLOWED = ["93.184.215.14", "8.8.8.8", "1.1.1.1", "172.32.0.1", "2606:4700:4700::1111", "2a00:1450:4001:80b::200e", "::ffff:8.8.8.8"];

describe("isPublicAddress", () => {
  it.each(REFUSED)("refuses %s", (address) => expect(isPublicAddress(address)).toBe(false));
  it.each(ALLOWED)("allows %s", (address) => expect(isPublicAddress(address)).toBe(true));
});

describe("resolveWebhookTarget", () => {
  const resolveTo = (...addresses: string[]) => async () => addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

  it("pins the address a public host resolves to", async () => {
    const target = await resolveWebhookTarget("https://news.example/hooks", { allowPrivate: false, resolve: resolveTo("93.184.215.14") });
    expect(target).toMatchObject({ address: "93.184.215.14", family: 4 });
  });

  it("refuses a host with any private answer (DNS rebinding), and private literals", async () => {
    await expect(resolveWebhookTarget("https://news.example/", { allowPrivate: false, resolve: resolveTo("93.184.215.14", "127.0.0.1") })).rejects.toThrow(/private/);
    await expect(resolveWebhookTarget("https://[::ffff:127.0.0.1]/", { allowPrivate: false })).rejects.toThrow(/private/);
    await expect(resolveWebhookTarget("https://169.254.169.254/latest", { allowPrivate: false })).rejects.toThrow(/private/);
  });

  it("refuses http, credentials and garbage; allows http and loopback only when configured for tests", async () => {
    await expect(resolveWebhookTarget("http://news.example/", { allowPrivate: false, resolve: resolveTo("93.184.215.14") })).rejects.toThrow(/https/);
    await expect(resolveWebhookTarget("https://user:pw@news.example/", { allowPrivate: false, resolve: resolveTo("93.184.215.14") })).rejects.toThrow(/user name/);
    await expect(resolveWebhookTarget("not a url", { allowPrivate: false })).rejects.toThrow(/valid URL/);
    await expect(resolveWebhookTarget("https://unresolvable.example/", { allowPrivate: false, resolve: async () => { throw new Error("ENOTFOUND"); } })).rejects.toThrow(/could not be resolved/);
    expect(await resolveWebhookTarget("http://127.0.0.1:9/", { allowPrivate: true })).toMatchObject({ address: "127.0.0.1" });
  });
});

describe("createWebhookSchema", () => {
  it("reports a bad URL and a short secret together, and refuses unknown keys", () => {
    const parsed = createWebhookSchema.safeParse({ url: "ftp://news.example/", secret: "short", events: "all" });
    expect(parsed.success).toBe(false);
    const fields = parsed.error!.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(fields).toEqual(expect.arrayContaining([["url", "The URL must start with https://."], ["secret", "At least 16 characters, so that it cannot be guessed."]]));
    expect(createWebhookSchema.safeParse({ url: "https://news.example/", secret: "a-long-enough-secret", events: "all", enabled: "false" }).success).toBe(false);
    expect(createWebhookSchema.parse({ url: " https://news.example/hook ", secret: "a-long-enough-secret", events: "correction", description: "" })).toEqual({
      url: "https://news.example/hook",
      secret: "a-long-enough-secret",
      events: ["correction"],
      description: null,
    });
  });
});
