// The error pages' messages, apart from the rest of the catalogue: the error pages are client
// components, and importing the whole catalogue there put every message of the site into the
// JavaScript of every page.
export const enErrors = {
  notFoundTitle: "Page not found",
  notFoundBody: "There is no page at this address. It may have moved, or the link may be mistyped.",
  errorTitle: "Something went wrong",
  errorBody: "The page could not be shown. The error has been logged. Try again, or continue from one of these pages.",
  retry: "Try again",
  goDashboard: "Go to the dashboard",
  goList: "Browse all pledges",
  goTalks: "Read the talks",
} as const;
