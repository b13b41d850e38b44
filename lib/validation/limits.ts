// Limits and choices that client components show (a hint, a maxLength, a list of options), apart
// from the zod schemas that enforce them on the server: a form's script then carries no zod.

/** The longest note a patient may add to a day's log. */
export const NOTE_MAX = 500;

/** The languages of the portal and the handout. */
export const LANGUAGE_OPTIONS = [
  { value: "en", label: "English" },
  { value: "es", label: "Español" },
] as const;
