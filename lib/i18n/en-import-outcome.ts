// The words of an import's answer (its plan, applied, refused), shared by the bulk import and the
// indicator points' CSV paste, which show their answers with the same component.
export const enImportOutcome = {
  apply: "Apply these changes",
  working: "Working…",
  applied: "Applied.",
  rejected: "Nothing was written.",
  row: "Row",
  column: "Column",
  problem: "Problem",
  action: "Action",
  change: "Change",
  actions: { create: "Create", update: "Update", unchanged: "Unchanged" },
};
