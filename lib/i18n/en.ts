// The English message catalogue. Every user-facing string of the pages lives here so that the
// Vietnamese and Chinese editions are a new catalogue with the same keys, not a rewrite.
import { enAdmin } from "./en-admin";
import { enPublic } from "./en-public";
import { enTime } from "./en-time";

export const en = {
  public: enPublic,
  admin: enAdmin,
  time: enTime,
  site: {
    name: "China–Vietnam Pledge Tracker",
    tagline: "Following what becomes of the pledges made in China–Vietnam high-level talks.",
    skipToContent: "Skip to content",
    footer:
      "Pledges are extracted verbatim from published readouts; statuses are judged from dated public evidence. How it is done:",
    dataLicence: "Data may be reused with attribution.",
  },
  nav: {
    dashboard: "Dashboard",
    commitments: "Pledges",
    talks: "Talks",
    methodology: "Methodology",
    coverage: "What is covered",
    admin: "Analysts",
    mainLabel: "Main",
  },
} as const;

export type Messages = typeof en;
