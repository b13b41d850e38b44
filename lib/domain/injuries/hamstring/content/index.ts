// Seeded hamstring content (registry: lib/domain/injuries/content.ts).
import type { KindContent } from "../../types";
import { HAMSTRING_EDUCATION } from "./education";
import { HAMSTRING_EXERCISES } from "./exercises";
import { HAMSTRING_TEMPLATE } from "./template";

export { HAMSTRING_EXERCISES, HAMSTRING_TEMPLATE, HAMSTRING_EDUCATION };

export const HAMSTRING_CONTENT: KindContent = {
  kind: "hamstring",
  templates: [HAMSTRING_TEMPLATE],
  exercises: HAMSTRING_EXERCISES,
  education: HAMSTRING_EDUCATION,
};
