"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * The list's talk filter. The talks (hundreds at scale) reach the browser once, in the React
 * payload as `[id, label]` pairs, and their options are drawn in the browser: rendered on the
 * server too, every option would be in the HTML and again in the payload. The server renders
 * "any talk" and the talk already chosen, so the form keeps the view without JavaScript; the
 * talks page links each talk's list for a visitor without it (the noscript note beside).
 */
export function TalkSelect({ id, className, anyLabel, selected, talks }: { id: string; className: string; anyLabel: string; selected: number | null; talks: [number, string][] }) {
  // False on the server and while hydrating, true after: the full list is drawn right after start.
  const live = useSyncExternalStore(subscribe, () => true, () => false);
  const shown = live ? talks : talks.filter(([talkId]) => talkId === selected);
  return (
    <select id={id} name="talk" defaultValue={selected === null ? "" : String(selected)} className={className}>
      <option value="">{anyLabel}</option>
      {shown.map(([talkId, label]) => <option key={talkId} value={talkId}>{label}</option>)}
    </select>
  );
}
