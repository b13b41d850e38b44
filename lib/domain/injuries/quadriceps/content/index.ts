// Seeded quadriceps content: the template, its new exercises and its education, as data.
import type { KindContent } from "../../types";
import { QUADRICEPS_EDUCATION } from "./education";
import { QUADRICEPS_EXERCISES } from "./exercises";
import { QUADRICEPS_TEMPLATE } from "./template";

export { QUADRICEPS_EDUCATION, QUADRICEPS_EXERCISES, QUADRICEPS_TEMPLATE };

/** The quadriceps' seeded content (lib/domain/injuries/content.ts lists every kind's). */
export const QUADRICEPS_CONTENT: KindContent = {
  kind: "quadriceps",
  templates: [QUADRICEPS_TEMPLATE],
  exercises: QUADRICEPS_EXERCISES,
  education: QUADRICEPS_EDUCATION,
};
