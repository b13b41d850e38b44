import { findKindOfMuscle } from "../injuries";
import { checksFor, isCheckKey, isMeasureKey, measuresFor } from "../measures";
import { effectiveGrade } from "./grade";
import { CLINICAL_GRADES, type ClinicalGrade, type ExerciseEntry, type Injury, type Template } from "./types";

/**
 * The first template written for the injury's muscle and grade, or null.
 * A kind's "unspecified" muscle goes to whichever template lists it (the kind's seeded content
 * says which, and why).
 */
export function suggestTemplate<T extends Template>(templates: readonly T[], injury: Pick<Injury, "muscle" | "clinicalGrade" | "bamicGrade">): T | null {
  const grade = effectiveGrade(injury);
  return templates.find((t) => t.muscles.includes(injury.muscle) && t.grades.includes(grade)) ?? null;
}

/**
 * Structural rules every template must follow; returns human-readable problems (empty = valid).
 * `exercises` is the library the template will be used with (the clinic's own, at publish time).
 * Gates may only test measures and checks that the template's injury kind takes.
 */
export function validateTemplate(template: Template, exercises: readonly ExerciseEntry[]): string[] {
  const problems: string[] = [];
  const exerciseKeys = new Set(exercises.map((e) => e.key));
  const where = (stageKey: string) => `${template.key}/${stageKey}`;

  if (template.stages.length === 0) problems.push(`${template.key}: has no stages`);
  if (template.grades.length === 0) problems.push(`${template.key}: covers no grades`);
  if (template.muscles.length === 0) problems.push(`${template.key}: covers no muscles`);
  const kinds = new Set(template.muscles.map((m) => findKindOfMuscle(m)?.key ?? null));
  if (kinds.has(null)) problems.push(`${template.key}: names a muscle no injury kind declares`);
  if (kinds.size > 1) problems.push(`${template.key}: mixes muscles of different injury kinds`);
  const [kind] = [...kinds];
  const kindMeasures = kind ? new Set<string>(measuresFor(kind).map((m) => m.key)) : null;
  const kindChecks = kind ? new Set<string>(checksFor(kind).map((c) => c.key)) : null;

  const stageKeys = new Set<string>();
  template.stages.forEach((stage, index) => {
    if (stageKeys.has(stage.key)) problems.push(`${where(stage.key)}: duplicate stage key`);
    stageKeys.add(stage.key);

    const isLast = index === template.stages.length - 1;
    const appliesTo = (grade: ClinicalGrade) => (item: { grades?: ClinicalGrade[] }) => !item.grades || item.grades.includes(grade);
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
      } else if (gate.kind === "MEASURE" && kindMeasures && !kindMeasures.has(gate.measure)) {
        problems.push(`${where(stage.key)}: gate ${gate.key} measures ${gate.measure}, which ${kind} injuries do not take`);
      }
      if (gate.kind === "CHECK" && !isCheckKey(gate.check)) {
        problems.push(`${where(stage.key)}: gate ${gate.key} checks unknown ${String(gate.check)}`);
      } else if (gate.kind === "CHECK" && kindChecks && !kindChecks.has(gate.check)) {
        problems.push(`${where(stage.key)}: gate ${gate.key} checks ${gate.check}, which ${kind} injuries do not take`);
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
