// Where a webhook goes: its URL checked, its host resolved, and every address it resolves to
// checked. Run when an admin registers the URL and again before every delivery, whose request
// then connects to the address checked here (so a DNS answer that changes in between, "DNS
// rebinding", cannot redirect it to the tracker's own network).
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { isPublicAddress } from "./address";

export interface WebhookTarget {
  url: URL;
  /** The address the request must connect to. */
  address: string;
  family: 4 | 6;
}

export class WebhookTargetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WebhookTargetError";
  }
}

type Resolve = (host: string) => Promise<{ address: string; family: number }[]>;

const systemResolve: Resolve = (host) => lookup(host, { all: true, verbatim: true });

/** Checks a URL's form (no network): https (http only when private receivers are allowed), no credentials. */
export function parseWebhookUrl(text: string, { allowPrivate }: { allowPrivate: boolean }): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new WebhookTargetError("Not a valid URL.");
  }
  if (url.protocol !== "https:" && !(allowPrivate && url.protocol === "http:")) throw new WebhookTargetError("The URL must start with https://.");
  if (url.username || url.password) throw new WebhookTargetError("The URL must not contain a user name or password.");
  if (url.hash) throw new WebhookTargetError("The URL must not contain a #fragment.");
  return url;
}

/** The URL checked and resolved; throws WebhookTargetError with a message for the admin. */
export async function resolveWebhookTarget(text: string, { allowPrivate, resolve = systemResolve }: { allowPrivate: boolean; resolve?: Resolve }): Promise<WebhookTarget> {
  const url = parseWebhookUrl(text, { allowPrivate });
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: { address: string; family: number }[];
  if (isIP(host)) {
    addresses = [{ address: host, family: isIP(host) }];
  } else {
    try {
      addresses = await resolve(host);
    } catch {
      throw new WebhookTargetError(`The host ${host} could not be resolved.`);
    }
    if (!addresses.length) throw new WebhookTargetError(`The host ${host} could not be resolved.`);
  }
  // One private answer refuses the host: which answer a request would use is not ours to choose.
  if (!allowPrivate && addresses.some(({ address }) => !isPublicAddress(address))) {
    throw new WebhookTargetError(`${host} is a private, loopback or reserved address: webhooks go to public hosts only.`);
  }
  const chosen = addresses[0]!;
  return { url, address: chosen.address, family: chosen.family === 6 ? 6 : 4 };
}
