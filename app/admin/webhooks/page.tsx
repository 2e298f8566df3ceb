import Link from "next/link";
import { ButtonForm } from "@/components/admin/button-form";
import { FieldsForm } from "@/components/admin/fields-form";
import { requirePageRole } from "@/lib/auth/page-guard";
import { format, getMessages } from "@/lib/i18n/messages";
import { listWebhooks } from "@/lib/webhooks/queries";
import { EVENT_CHOICES } from "@/lib/webhooks/schema";
import { createWebhookAction, deleteWebhookAction, sendTestEventAction, setWebhookEnabledAction } from "./actions";

const t = getMessages().admin.webhooks;

export default async function WebhooksPage() {
  await requirePageRole("ADMIN", "/admin/webhooks");
  const webhooks = await listWebhooks();
  return (
    <div className="max-w-4xl">
      <h1 className="font-serif text-2xl font-semibold">{t.title}</h1>
      <p className="mt-2 text-sm text-muted">{t.intro}</p>
      {webhooks.length === 0 ? <p className="mt-4 text-sm">{t.none}</p> : null}
      <ul className="mt-4 space-y-3">
        {webhooks.map((webhook) => (
          <li key={webhook.id} className="rounded border border-rule bg-white p-3" data-testid="webhook-row">
            <p className="font-medium break-all">{webhook.url}</p>
            {webhook.description ? <p className="text-sm break-words">{webhook.description}</p> : null}
            <p className="text-sm text-muted break-words">
              {webhook.enabled ? t.enabled : t.disabled} · {webhook.eventTypes.map((type) => t.eventTypes[type as keyof typeof t.eventTypes] ?? type).join(", ")} · {t.secret} {webhook.secretHint}
            </p>
            <p className="text-sm">
              <Link href={`/admin/webhooks/${webhook.id}`} className="text-accent underline">
                {t.log}
              </Link>{" "}
              <span className="text-muted">({format(t.counts, { delivered: webhook.delivered, pending: webhook.pending, failed: webhook.failed })})</span>
            </p>
            <div className="mt-2 flex flex-wrap gap-3">
              <ButtonForm action={setWebhookEnabledAction} hidden={{ id: String(webhook.id), enabled: webhook.enabled ? "false" : "true" }} label={webhook.enabled ? t.disable : t.enable} />
              {webhook.enabled ? <ButtonForm action={sendTestEventAction} hidden={{ id: String(webhook.id) }} label={t.sendTest} /> : null}
              <ButtonForm action={deleteWebhookAction} hidden={{ id: String(webhook.id) }} label={t.delete} confirm={format(t.confirmDelete, { url: webhook.url })} />
            </div>
          </li>
        ))}
      </ul>
      <section className="mt-8 rounded border border-rule bg-white p-3" aria-labelledby="register-webhook">
        <h2 id="register-webhook" className="font-serif text-xl font-semibold">{t.register}</h2>
        <div className="mt-3">
          <FieldsForm
            action={createWebhookAction}
            fields={[
              { name: "url", label: t.fields.url, type: "url", required: true, hint: t.fields.urlHint, wide: true },
              { name: "secret", label: t.fields.secret, type: "password", required: true, hint: t.fields.secretHint },
              { name: "events", label: t.fields.events, type: "select", defaultValue: "all", options: Object.keys(EVENT_CHOICES).map((value) => ({ value, label: t.eventChoices[value as keyof typeof EVENT_CHOICES] })) },
              { name: "description", label: t.fields.description, type: "text", hint: t.fields.descriptionHint, wide: true },
            ]}
            submitLabel={t.register}
            testId="register-webhook-form"
          />
        </div>
      </section>
    </div>
  );
}
