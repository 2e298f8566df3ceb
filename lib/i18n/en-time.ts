// Messages of issue 14 ("time and change"): the as-of view, the revision history, the corrections
// log and the feeds. Placeholders in {braces} are filled with format() from ./messages.
export const enTime = {
  asOf: {
    bannerLabel: "Past record",
    banner: "You are looking at the record as it stood on {date}: the pledges made by then, each with the status in effect that day.",
    bannerRecorded: "You are looking at the record as the tracker had published it by {recorded}: the pledges made by {date}, each with the status in effect that day, from the entries recorded by {recorded}.",
    bannerToday: "Show today's record",
    bannerNotes: "Titles and descriptions read as they do now; changes to them are in each pledge's revision history and on the corrections page.",
    invalid: "“{value}” is not a date this record can be shown for ({problem}). Today's record is shown instead.",
    picker: {
      legend: "See the record on an earlier date",
      asOf: "As of",
      recordedBy: "Only what had been recorded by (optional, to reproduce a published figure)",
      submit: "Show",
      reset: "Today",
      hint: "Pledges made by that day, each with the status in effect then. Every figure, chart and export on the page follows.",
    },
    reviewNotKept: "Review figures are kept for today only.",
    notYetMade: "“{title}” was not yet in the record on {date}: its first status entry is later.",
    notYetMadeLink: "See it as it stands today",
    exportsNote: "The downloads below are as of {date}.",
  },
} as const;
