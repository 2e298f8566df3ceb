// Issue 12 item 2, at the level of next-auth's callbacks: /api/auth/session runs `jwt` on the
// token it is sent before re-issuing it, and sign-out runs `events.signOut`.
import { inject, afterAll, describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { createPrismaClient } from "@/lib/db/client";
import { authOptions } from "./options";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

type JwtParams = Parameters<NonNullable<NonNullable<typeof authOptions.callbacks>["jwt"]>>[0];
const jwt = (params: Partial<JwtParams>) => authOptions.callbacks!.jwt!({ token: {}, account: null, ...params } as JwtParams);

async function signedIn() {
  const user = await prisma.user.create({ data: { email: `jwt.${Date.now()}.${Math.random()}@example.org`, name: "J", passwordHash: "x" } });
  const token = await jwt({ user: { id: String(user.id), sessionVersion: user.sessionVersion } as JwtParams["user"] });
  return { user, token };
}

describe("session tokens", () => {
  it("carry the user id, session version and sign-in time, and are renewed while current", async () => {
    const { user, token } = await signedIn();
    expect(token).toMatchObject({ sub: String(user.id), sv: user.sessionVersion, authAt: expect.any(Number) });
    expect(await jwt({ token })).toEqual(token);
  });

  it("are not renewed once the version was raised, the user disabled, or for a token without the claims", async () => {
    const { user, token } = await signedIn();
    await prisma.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    await expect(jwt({ token })).rejects.toThrow(/session ended/);
    const other = await signedIn();
    await prisma.user.update({ where: { id: other.user.id }, data: { disabled: true } });
    await expect(jwt({ token: other.token })).rejects.toThrow(/session ended/);
    await expect(jwt({ token: { sub: String(other.user.id) } as JWT })).rejects.toThrow(/session ended/);
  });

  it("all end when the user signs out", async () => {
    const { user, token } = await signedIn();
    const second = await jwt({ user: { id: String(user.id), sessionVersion: user.sessionVersion } as JwtParams["user"] });
    await authOptions.events!.signOut!({ token, session: {} as never });
    await expect(jwt({ token })).rejects.toThrow(/session ended/);
    await expect(jwt({ token: second })).rejects.toThrow(/session ended/);
  });
});
