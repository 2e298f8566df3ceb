// The session token in next-auth's own format (a JWE, "dir" + A256GCM, under a key derived from
// NEXTAUTH_SECRET with HKDF), so tokens issued before and after stay valid. next-auth derives the
// key again on every encode and decode: about 2 ms of CPU each, twice per signed-in request in a
// profile of 20 concurrent writers. The key depends on the secret alone, so it is derived once.
import hkdf from "@panva/hkdf";
import { EncryptJWT, jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";
import { randomUUID } from "node:crypto";

const derivedKeys = new Map<string, Promise<Uint8Array>>();

/** next-auth's getDerivedEncryptionKey, memoised per secret and salt. */
function encryptionKey(secret: string | Buffer, salt = ""): Promise<Uint8Array> {
  const material = typeof secret === "string" ? secret : secret.toString("base64");
  const id = `${material.length}:${material}:${salt}`;
  let key = derivedKeys.get(id);
  if (!key) {
    key = hkdf("sha256", secret, salt, `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`, 32);
    derivedKeys.set(id, key);
  }
  return key;
}

const DEFAULT_MAX_AGE_S = 30 * 24 * 60 * 60;

export async function encodeSessionToken({ token = {}, secret, maxAge = DEFAULT_MAX_AGE_S, salt }: JWTEncodeParams): Promise<string> {
  return new EncryptJWT(token)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + maxAge)
    .setJti(randomUUID())
    .encrypt(await encryptionKey(secret, salt));
}

/** The token's claims; throws (as next-auth's decode does) when it does not decrypt or has expired. */
export async function decodeSessionToken({ token, secret, salt }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, await encryptionKey(secret, salt), { clockTolerance: 15 });
  return payload as JWT;
}
