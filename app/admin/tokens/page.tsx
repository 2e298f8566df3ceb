import { ButtonForm } from "@/components/admin/button-form";
import { listApiTokens, type ApiTokenRow } from "@/lib/api-tokens/queries";
import { requirePageRole } from "@/lib/auth/page-guard";
import { toIsoDate } from "@/lib/dates";
import { format, getMessages } from "@/lib/i18n/messages";
import { revokeApiTokenAction } from "./actions";

const t = getMessages().admin.tokens;

function stateOf(token: ApiTokenRow, now: Date): string {
  if (token.revokedAt) return format(t.revoked, { date: toIsoDate(token.revokedAt) });
  if (token.expiresAt <= now) return t.expired;
  if (token.user.disabled) return t.userDisabled;
  return t.active;
}

export default async function TokensPage() {
  const me = await requirePageRole("ANALYST", "/admin/tokens");
  const isAdmin = me.role === "ADMIN";
  const tokens = await listApiTokens(isAdmin ? null : me.id);
  const now = new Date();
  return (
    <div className="max-w-4xl">
      <h1 className="font-serif text-2xl font-semibold">{t.title}</h1>
      <p className="mt-2 text-sm text-muted">
        {t.intro} {isAdmin ? t.introAdmin : null}
      </p>
      {tokens.length === 0 ? <p className="mt-4 text-sm">{t.none}</p> : null}
      <ul className="mt-4 space-y-3">
        {tokens.map((token) => {
          const usable = !token.revokedAt && token.expiresAt > now;
          return (
            <li key={token.id} className="rounded border border-rule bg-white p-3" data-testid="token-row">
              <p className="font-medium break-words">
                #{token.id} {token.label} <span className="text-sm font-normal text-muted">· {stateOf(token, now)}</span>
              </p>
              <p className="text-sm text-muted break-words">
                {isAdmin ? `${t.owner}: ${token.user.name} (${token.user.email}) · ` : null}
                {t.created} {toIsoDate(token.createdAt)} · {t.expires} {toIsoDate(token.expiresAt)} · {t.lastUsed} {token.lastUsedAt ? toIsoDate(token.lastUsedAt) : t.never}
              </p>
              {usable ? (
                <div className="mt-2">
                  <ButtonForm action={revokeApiTokenAction} hidden={{ id: String(token.id) }} label={t.revoke} confirm={format(t.confirmRevoke, { label: token.label })} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
