// Seeded protocol content of every injury kind: one line per kind, beside the kind's line in
// ./index.ts. Only the seed, the sample handout and tests read it: at run time a clinic's
// templates and exercise library come from PostgreSQL and are passed in as arguments.
import { ADDUCTOR_CONTENT } from "./adductor/content";
import { CALF_CONTENT } from "./calf/content";
import { HAMSTRING_CONTENT } from "./hamstring/content";
import { QUADRICEPS_CONTENT } from "./quadriceps/content";
import type { ExerciseEntry, Template } from "../clinical/types";
import type { KindContent } from "./types";

export const SEEDED_CONTENT: readonly KindContent[] = [CALF_CONTENT, ADDUCTOR_CONTENT, HAMSTRING_CONTENT, QUADRICEPS_CONTENT];

/** Every seeded template, in suggestion order (the first matching template wins). */
export const SEEDED_TEMPLATES: readonly Template[] = SEEDED_CONTENT.flatMap((c) => c.templates);
/** The shared exercise library: every kind's exercises (keys are unique across kinds). */
export const SEEDED_EXERCISES: readonly ExerciseEntry[] = SEEDED_CONTENT.flatMap((c) => c.exercises);
