// Where an audit entry's record is edited: the entry names it ("Commitment 3"), the link opens it.
// Evidence and quotes are edited on their pledge's page; their audit rows carry its id.

const commitmentIdIn = (value: unknown): number | null => {
  const id = (value as { commitmentId?: unknown } | null)?.commitmentId;
  return typeof id === "number" && Number.isSafeInteger(id) ? id : null;
};

export function auditRecordHref(entry: { entityType: string; entityId: string; before: unknown; after: unknown }): string | null {
  const id = /^\d{1,12}$/.test(entry.entityId) ? entry.entityId : null;
  switch (entry.entityType) {
    case "Commitment":
      return id ? `/admin/commitments/${id}` : null;
    case "Talk":
      return id ? `/admin/talks/${id}` : null;
    case "Evidence":
    case "Quote": {
      const pledge = commitmentIdIn(entry.after) ?? commitmentIdIn(entry.before);
      return pledge ? `/admin/commitments/${pledge}` : null;
    }
    case "User":
      return "/admin/users";
    case "ApiToken":
      return "/admin/tokens";
    case "WebhookSubscription":
      return id ? `/admin/webhooks/${id}` : null;
    default:
      return null;
  }
}

/** This record's entries in the audit log. */
export const auditHistoryHref = (entityType: string, entityId: string) => `/admin/audit?${new URLSearchParams({ entity: entityType, id: entityId })}`;
