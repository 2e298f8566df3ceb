// A pledge can be one side's request or proposal plus the other side's recorded answer. Who is
// bound and how firmly follows from that structure, never from a label typed beside it: a
// proposal answered only with "acknowledged" stays a proposal of the side that made it.
import type { CommittingSide, Firmness, QuoteRole, RequestAddressee, ResponseKind } from "@/lib/generated/prisma/enums";

/** The sides a pledge can bind, in display order. */
export const SIDES = ["CHINA", "VIETNAM", "BOTH"] as const satisfies readonly CommittingSide[];
/** Firmness from the firmest wording to a mere proposal (defined on /methodology). */
export const FIRMNESS = ["FIRM_PLEDGE", "AGREEMENT", "WILLINGNESS", "PROPOSAL"] as const satisfies readonly Firmness[];
/** What a quote is to its pledge (the database's QuoteRole). */
export const QUOTE_ROLES = ["PLEDGE", "REQUEST", "RESPONSE"] as const satisfies readonly QuoteRole[];
export const REQUESTING_SIDES = ["CHINA", "VIETNAM"] as const satisfies readonly CommittingSide[];
export const ADDRESSEES = ["OTHER", "BOTH"] as const satisfies readonly RequestAddressee[];
/** In order from the firmest answer to none. */
export const RESPONSES = ["ACCEPTED", "AGREED", "WILLING", "ACKNOWLEDGED", "NO_REPLY"] as const satisfies readonly ResponseKind[];

export interface RequestShape {
  requestedBy: "CHINA" | "VIETNAM" | null;
  requestedOf: RequestAddressee | null;
  response: ResponseKind | null;
}

const FIRMNESS_OF_RESPONSE: Record<ResponseKind, Firmness> = {
  ACCEPTED: "AGREEMENT",
  AGREED: "AGREEMENT",
  WILLING: "WILLINGNESS",
  ACKNOWLEDGED: "PROPOSAL",
  NO_REPLY: "PROPOSAL",
};

/** Whether the answer binds the side asked (accepted, agreed, willing) or leaves a proposal. */
export const responseBinds = (response: ResponseKind) => FIRMNESS_OF_RESPONSE[response] !== "PROPOSAL";

const otherSide = (side: "CHINA" | "VIETNAM"): CommittingSide => (side === "CHINA" ? "VIETNAM" : "CHINA");

/**
 * Side and firmness of a request pledge (an empty object for a direct pledge): answered with
 * acceptance, agreement or willingness, the side asked is bound (both sides when both were
 * asked); acknowledged or unanswered, it remains the requester's proposal.
 */
export function deriveSideAndFirmness(request: RequestShape): { committedBy: CommittingSide; firmness: Firmness } | Record<string, never> {
  const { requestedBy, requestedOf, response } = request;
  if (!requestedBy || !requestedOf || !response) return {};
  const firmness = FIRMNESS_OF_RESPONSE[response];
  if (!responseBinds(response)) return { committedBy: requestedBy, firmness };
  return { committedBy: requestedOf === "BOTH" ? "BOTH" : otherSide(requestedBy), firmness };
}
