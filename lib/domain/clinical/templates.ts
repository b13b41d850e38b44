import { EXERCISE_LIBRARY } from "../injuries/calf/content/exercises";
import { effectiveGrade } from "./grade";
import { isCheckKey, isMeasureKey } from "./measures";
import { CLINICAL_GRADES, type ClinicalGrade, type ExerciseEntry, type Injury, type Template } from "./types";

/**
 * The first template written for the injury's muscle and grade, or null.
 * CALF_UNSPECIFIED goes to whichever template lists it: the seeded library puts it with soleus,
 * because 85% of calf strains in the AFL registry were soleus (Green 2020) and the soleus
 * protocol is the more cautious of the two.
 */
export function suggestTemplate<T extends Template>(
  templates: readonly T[],
  injury: Pick<Injury, "muscle" | "clinicalGrade" | "bamicGrade">,
): T | null {
  const grade = effectiveGrade(injury);
  return templates.find((t) => t.muscles.includes(injury.muscle) && t.grades.includes(grade)) ?? null;
}

/**
 * Structural rules every template must follow; returns human-readable problems (empty = valid).
 * Used by the tests on the seeded library and available for clinic-edited templates.
 */
export function validateTemplate(template: Template, exercises: readonly ExerciseEntry[] = EXERCISE_LIBRARY): string[] {
  const problems: string[] = [];
  const exerciseKeys = new Set(exercises.map((e) => e.key));
  const where = (stageKey: string) => `${template.key}/${stageKey}`;

  if (template.stages.length === 0) problems.push(`${template.key}: has no stages`);
  if (template.grades.length === 0) problems.push(`${template.key}: covers no grades`);
  if (template.muscles.length === 0) problems.push(`${template.key}: covers no muscles`);

  const stageKeys = new Set<string>();
  template.stages.forEach((stage, index) => {
    if (stageKeys.has(stage.key)) problems.push(`${where(stage.key)}: duplicate stage key`);
    stageKeys.add(stage.key);

    const isLast = index === template.stages.length - 1;
    const appliesTo = (grade: ClinicalGrade) => (item: { grades?: ClinicalGrade[] }) =>
      !item.grades || item.grades.includes(grade);
    for (const grade of template.grades) {
      if (!isLast && !stage.gates.filter(appliesTo(grade)).some((g) => g.kind === "MEASURE")) {
        problems.push(`${where(stage.key)}: needs at least one MEASURE gate for grade ${grade}`);
      }
      if (!stage.exercises.some(appliesTo(grade))) {
        problems.push(`${where(stage.key)}: has no exercises for grade ${grade}`);
      }
    }

    let previous: { min: number; max: number } | null = null;
    for (const grade of CLINICAL_GRADES) {
      const range = stage.durationDays[grade];
      if (!Number.isInteger(range.min) || !Number.isInteger(range.max) || range.min < 1 || range.min > range.max) {
        problems.push(`${where(stage.key)}: grade ${grade} duration must be whole days with 1 <= min <= max`);
      }
      if (previous && (range.min < previous.min || range.max < previous.max)) {
        problems.push(`${where(stage.key)}: grade ${grade} duration is shorter than grade ${grade - 1}`);
      }
      previous = range;
    }

    const gateKeys = new Set<string>();
    for (const gate of stage.gates) {
      if (gateKeys.has(gate.key)) problems.push(`${where(stage.key)}: duplicate gate key ${gate.key}`);
      gateKeys.add(gate.key);
      if (gate.kind === "MEASURE" && !isMeasureKey(gate.measure)) {
        problems.push(`${where(stage.key)}: gate ${gate.key} measures unknown ${String(gate.measure)}`);
      }
      if (gate.kind === "CHECK" && !isCheckKey(gate.check)) {
        problems.push(`${where(stage.key)}: gate ${gate.key} checks unknown ${String(gate.check)}`);
      }
    }

    for (const item of stage.exercises) {
      if (!exerciseKeys.has(item.exerciseKey)) {
        problems.push(`${where(stage.key)}: unknown exercise ${item.exerciseKey}`);
      }
      const { dose } = item;
      if (dose.sets < 1 || dose.frequency.times < 1 || dose.painLimit < 0 || dose.painLimit > 10) {
        problems.push(`${where(stage.key)}: ${item.exerciseKey} has an invalid dose`);
      }
    }
  });
  return problems;
}
