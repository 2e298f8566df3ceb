"use client";

import { startTransition, useId, useState, type FormEvent } from "react";
import { format, getMessages } from "@/lib/i18n/messages";
import { locateQuote } from "@/lib/quotes/locate";
import { Field, FormMessage, buttonClass, inputClass } from "./form-parts";
import { useForm, type FormAction } from "./use-form";

const t = getMessages().admin.quotes;

/**
 * Pick a talk, then paste a passage or select it in the text: the passage is located verbatim as
 * you type and highlighted, so what will be saved is visible first. The server checks again.
 */
export function QuoteForm({ action, commitmentId, talks }: { action: FormAction; commitmentId: number; talks: { id: number; title: string; text: string }[] }) {
  const { state, formAction, pending, value, errors } = useForm(action);
  const formId = useId();
  const [talkId, setTalkId] = useState(value("talkId"));
  const [passage, setPassage] = useState(value("text"));
  // After a saved quote the passage box starts empty again (state adjusted during render, not in an effect).
  const [handled, setHandled] = useState(state);
  // An answer is about the passage it was sent with: once the talk or passage is edited, its
  // message and errors are stale and hidden, so they never contradict the live preview.
  const [edited, setEdited] = useState(false);
  if (state !== handled) {
    setHandled(state);
    setEdited(false);
    if (state.ok) setPassage("");
  }
  const shown = edited ? { ok: false } : state;
  const shownErrors = (name: string) => (edited ? undefined : errors(name));
  // Sent without React's form reset: that would put the talk menu back to "choose" while the
  // passage (held in state) stayed, and move focus to the top of the page.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  const talk = talks.find((item) => String(item.id) === talkId);
  const span = talk && passage ? locateQuote(talk.text, passage) : null;

  const takeSelection = () => {
    const selected = window.getSelection()?.toString() ?? "";
    if (selected.trim()) {
      setPassage(selected);
      setEdited(true);
    }
  };

  return (
    <form onSubmit={submit} className="space-y-3" data-testid="quote-form" noValidate>
      <FormMessage state={shown} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="near" value={span?.startOffset ?? 0} />
      <Field id={`${formId}-talkId`} label={t.talk} errors={shownErrors("talkId")}>
        <select id={`${formId}-talkId`} name="talkId" value={talkId} onChange={(event) => { setTalkId(event.target.value); setEdited(true); }} className={inputClass}>
          <option value="">{t.choose}</option>
          {talks.map((item) => (
            <option key={item.id} value={item.id}>
              {item.title}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${formId}-text`} label={t.passage} errors={shownErrors("text")}>
        <textarea id={`${formId}-text`} name="text" rows={3} value={passage} onChange={(event) => { setPassage(event.target.value); setEdited(true); }} aria-invalid={shownErrors("text") ? true : undefined} className={inputClass} />
      </Field>
      {talk && passage ? (
        <p className={`text-sm ${span ? "text-green-800" : "text-red-800"}`} data-testid="quote-preview-status">
          {span ? format(t.found, { start: span.startOffset, end: span.endOffset }) : t.notFound}
        </p>
      ) : null}
      {talk ? (
        <div className="max-h-72 overflow-y-auto whitespace-pre-wrap rounded border border-rule bg-white p-3 font-serif text-sm" onMouseUp={takeSelection} aria-label={t.preview}>
          {span ? (
            <>
              {talk.text.slice(0, span.startOffset)}
              <mark className="quote-highlight">{talk.text.slice(span.startOffset, span.endOffset)}</mark>
              {talk.text.slice(span.endOffset)}
            </>
          ) : (
            talk.text
          )}
        </div>
      ) : null}
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? getMessages().admin.form.saving : t.add}
      </button>
    </form>
  );
}
