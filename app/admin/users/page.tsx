import { ButtonForm } from "@/components/admin/button-form";
import { FieldsForm } from "@/components/admin/fields-form";
import { hidden, roleOptions } from "@/components/admin/field-specs";
import { requirePageRole } from "@/lib/auth/page-guard";
import { getMessages } from "@/lib/i18n/messages";
import { listUsers } from "@/lib/users/queries";
import { changeRoleAction, createUserAction, endSessionsAction, resetPasswordAction, setDisabledAction } from "./actions";

const t = getMessages().admin;

export default async function UsersPage() {
  const me = await requirePageRole("ADMIN", "/admin/users");
  const users = await listUsers();
  const f = t.users.fields;
  return (
    <div className="max-w-4xl">
      <h1 className="font-serif text-2xl font-semibold">{t.users.title}</h1>
      <ul className="mt-4 space-y-3">
        {users.map((user) => (
          <li key={user.id} className="rounded border border-rule bg-white p-3" data-testid="user-row">
            <p className="font-medium">
              {user.name} <span className="text-sm text-muted">{user.email}</span>
            </p>
            <p className="text-sm text-muted">
              {t.roles[user.role]} · {user.disabled ? t.users.disabled : t.users.active}
            </p>
            {user.id === me.id ? null : (
              <details className="mt-2">
                <summary className="cursor-pointer text-sm">{t.common.edit}</summary>
                <div className="mt-3 grid gap-4 sm:grid-cols-3">
                  <FieldsForm action={changeRoleAction} fields={[...hidden({ id: user.id }), { name: "role", label: f.role, type: "select", defaultValue: user.role, options: roleOptions }]} submitLabel={t.users.changeRole} />
                  <FieldsForm action={resetPasswordAction} fields={[...hidden({ id: user.id }), { name: "password", label: f.password, type: "password" }]} submitLabel={t.users.resetPassword} />
                  <ButtonForm action={setDisabledAction} hidden={{ id: String(user.id), disabled: user.disabled ? "false" : "true" }} label={user.disabled ? t.users.enable : t.users.disable} />
                  <ButtonForm action={endSessionsAction} hidden={{ id: String(user.id) }} label={t.users.endSessions} />
                </div>
              </details>
            )}
          </li>
        ))}
      </ul>
      <section className="mt-8 rounded border border-rule bg-white p-3" aria-labelledby="create-user">
        <h2 id="create-user" className="font-serif text-xl font-semibold">{t.users.create}</h2>
        <div className="mt-3">
          <FieldsForm
            action={createUserAction}
            fields={[
              { name: "email", label: f.email, type: "email", required: true },
              { name: "name", label: f.name, type: "text", required: true },
              { name: "role", label: f.role, type: "select", defaultValue: "ANALYST", options: roleOptions },
              { name: "password", label: f.password, type: "password", required: true },
            ]}
            submitLabel={t.users.create}
            testId="create-user-form"
          />
        </div>
      </section>
    </div>
  );
}
