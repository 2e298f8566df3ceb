// Public pages' messages (dashboard, pledge list and pages, talks, methodology, errors).
export const enPublic = {} as const;
