// Seeded protocol library: pure data, versioned by template.version.
import type { Template } from "../../../clinical/types";
import type { KindContent } from "../../types";
import { EDUCATION } from "./education";
import { EXERCISE_LIBRARY } from "./exercises";
import { GASTROCNEMIUS_TEMPLATE } from "./gastrocnemius";
import { SOLEUS_TEMPLATE } from "./soleus";

export { EXERCISE_LIBRARY, getExercise } from "./exercises";
export { EDUCATION, COMMON_EDUCATION, SEEK_CARE, getEducation } from "./education";
export { RUN_WALK_LEVELS, RUN_WALK_RULES, RUN_WALK_SUMMARY, RUN_WALK_SUMMARY_ES, type RunWalkLevel } from "./run-walk";
export { GASTROCNEMIUS_TEMPLATE, SOLEUS_TEMPLATE };

/** Order matters for suggestTemplate(): the first matching template wins. */
export const PROTOCOL_TEMPLATES: Template[] = [SOLEUS_TEMPLATE, GASTROCNEMIUS_TEMPLATE];

export function getTemplate(key: string): Template | undefined {
  return PROTOCOL_TEMPLATES.find((template) => template.key === key);
}

/** The calf's seeded content, for the seed (lib/domain/injuries/content.ts lists every kind's). */
export const CALF_CONTENT: KindContent = {
  kind: "calf",
  templates: PROTOCOL_TEMPLATES,
  exercises: EXERCISE_LIBRARY,
  education: EDUCATION,
};
