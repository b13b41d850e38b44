// The groin's seeded protocol content: pure data, versioned by template.version.
import type { KindContent } from "../../types";
import { ADDUCTOR_EDUCATION } from "./education";
import { ADDUCTOR_EXERCISES } from "./exercises";
import { ADDUCTOR_TEMPLATE } from "./template";

export { ADDUCTOR_EDUCATION, ADDUCTOR_EXERCISES, ADDUCTOR_TEMPLATE };

/** The adductor kind's seeded content, for the seed (lib/domain/injuries/content.ts lists every kind's). */
export const ADDUCTOR_CONTENT: KindContent = {
  kind: "adductor",
  templates: [ADDUCTOR_TEMPLATE],
  exercises: ADDUCTOR_EXERCISES,
  education: ADDUCTOR_EDUCATION,
};
