// Analysts' pages' messages (sign-in, admin pages, form errors).
export const enAdmin = {} as const;
