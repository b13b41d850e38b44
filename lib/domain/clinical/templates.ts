import { findKindOfMuscle } from "../injuries";
import { checksFor, isCheckKey, isMeasureKey, measuresFor } from "../measures";
import { effectiveGrade } from "./grade";
import { tracksDuration } from "./tracks";
import { CLINICAL_GRADES, type ClinicalGrade, type ExerciseEntry, type Injury, type StageTemplate, type Template } from "./types";

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

  const appliesTo = (grade: ClinicalGrade) => (item: { grades?: ClinicalGrade[] }) => !item.grades || item.grades.includes(grade);

  /** Durations, gates and exercises of a stage or a phase; `exitNeedsMeasure`: it is not the last. */
  const checkUnit = (where: string, unit: Pick<StageTemplate, "durationDays" | "exercises" | "gates">, exitNeedsGate: boolean, needsExercises: boolean) => {
    for (const grade of template.grades) {
      if (exitNeedsGate && !unit.gates.filter(appliesTo(grade)).some((g) => g.kind !== "CHECK")) {
        problems.push(`${where}: needs at least one measurable gate (a measure, sessions or a rating) for grade ${grade}`);
      }
      if (needsExercises && !unit.exercises.some(appliesTo(grade))) {
        problems.push(`${where}: has no exercises for grade ${grade}`);
      }
    }

    let previous: { min: number; max: number } | null = null;
    for (const grade of CLINICAL_GRADES) {
      const range = unit.durationDays[grade];
      if (!Number.isInteger(range.min) || !Number.isInteger(range.max) || range.min < 1 || range.min > range.max) {
        problems.push(`${where}: grade ${grade} duration must be whole days with 1 <= min <= max`);
      }
      if (previous && (range.min < previous.min || range.max < previous.max)) {
        problems.push(`${where}: grade ${grade} duration is shorter than grade ${grade - 1}`);
      }
      previous = range;
    }

    const gateKeys = new Set<string>();
    for (const gate of unit.gates) {
      if (gateKeys.has(gate.key)) problems.push(`${where}: duplicate gate key ${gate.key}`);
      gateKeys.add(gate.key);
      if (gate.kind === "MEASURE" && !isMeasureKey(gate.measure)) {
        problems.push(`${where}: gate ${gate.key} measures unknown ${String(gate.measure)}`);
      } else if (gate.kind === "MEASURE" && kindMeasures && !kindMeasures.has(gate.measure)) {
        problems.push(`${where}: gate ${gate.key} measures ${gate.measure}, which ${kind} injuries do not take`);
      }
      if (gate.kind === "CHECK" && !isCheckKey(gate.check)) {
        problems.push(`${where}: gate ${gate.key} checks unknown ${String(gate.check)}`);
      } else if (gate.kind === "CHECK" && kindChecks && !kindChecks.has(gate.check)) {
        problems.push(`${where}: gate ${gate.key} checks ${gate.check}, which ${kind} injuries do not take`);
      }
      if (gate.kind === "SESSIONS") {
        if (!unit.exercises.some((e) => e.exerciseKey === gate.exerciseKey)) {
          problems.push(`${where}: gate ${gate.key} counts sessions of ${gate.exerciseKey}, which this stage does not prescribe`);
        }
        if (!Number.isInteger(gate.count) || gate.count < 1 || gate.maxPain < 0 || gate.maxPain > 10) {
          problems.push(`${where}: gate ${gate.key} needs a whole number of sessions (1 or more) and a pain limit of 0-10`);
        }
      }
      if (gate.kind === "SUBJECTIVE" && (gate.question.trim() === "" || gate.minimum < 0 || gate.minimum > 10 || !gate.translations?.es?.question)) {
        problems.push(`${where}: gate ${gate.key} needs a question in English and Spanish and a rating of 0-10`);
      }
    }

    for (const item of unit.exercises) {
      if (!exerciseKeys.has(item.exerciseKey)) {
        problems.push(`${where}: unknown exercise ${item.exerciseKey}`);
      }
      const { dose } = item;
      if (dose.sets < 1 || dose.frequency.times < 1 || dose.painLimit < 0 || dose.painLimit > 10) {
        problems.push(`${where}: ${item.exerciseKey} has an invalid dose`);
      }
    }
  };

  const stageKeys = new Set<string>();
  template.stages.forEach((stage, index) => {
    if (stageKeys.has(stage.key)) problems.push(`${where(stage.key)}: duplicate stage key`);
    stageKeys.add(stage.key);
    const isLast = index === template.stages.length - 1;
    const tracks = stage.tracks ?? [];
    if (tracks.length === 0) {
      checkUnit(where(stage.key), stage, !isLast, true);
      return;
    }

    // A stage with tracks: the tracks carry the work and the gates; the stage lasts as long as
    // its slowest track.
    checkUnit(where(stage.key), stage, false, false);
    const derived = tracksDuration(tracks);
    for (const grade of CLINICAL_GRADES) {
      const declared = stage.durationDays[grade];
      if (declared.min !== derived[grade].min || declared.max !== derived[grade].max) {
        problems.push(`${where(stage.key)}: grade ${grade} duration must be its slowest track's (${derived[grade].min}-${derived[grade].max} days)`);
      }
    }
    const trackKeys = new Set<string>();
    for (const track of tracks) {
      if (trackKeys.has(track.key)) problems.push(`${where(stage.key)}: duplicate track key ${track.key}`);
      trackKeys.add(track.key);
      if (track.phases.length === 0) problems.push(`${where(stage.key)}/${track.key}: has no phases`);
      const phaseKeys = new Set<string>();
      track.phases.forEach((phase) => {
        if (phaseKeys.has(phase.key)) problems.push(`${where(stage.key)}/${track.key}: duplicate phase key ${phase.key}`);
        phaseKeys.add(phase.key);
        // Every phase, the last one too, has a measurable gate: finishing a track is what lets
        // the patient leave the stage.
        checkUnit(`${where(stage.key)}/${track.key}/${phase.key}`, phase, !isLast, true);
      });
    }
  });
  return problems;
}
