// A protocol template as a FHIR R4 PlanDefinition: one action per stage, the stage's exercises as
// sub-actions defined by contained ActivityDefinitions, the gates as "stop" conditions written in
// FHIRPath (decision 018). Pure mapping, no I/O.
import type { ActivityDefinition, Extension, PlanDefinition, PlanDefinitionAction, PlanDefinitionGoal, RelatedArtifact, Timing } from "@medplum/fhirtypes";
import type { ClinicalGrade, Dose, ExerciseEntry, GateTemplate, StageTemplate, Template } from "@/lib/domain/clinical/types";
import { describeDose } from "@/lib/domain/plan-edits";
import { DEFAULT_BASE_URL, EXTENSION, SYSTEM } from "./codes";

export interface TemplateExportInput {
  id: string;
  status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  template: Template;
  /** The exercise library the template's stages name (entries it does not use are ignored). */
  exercises: readonly ExerciseEntry[];
  baseUrl?: string;
  /** ISO instant the version was published, if it was. */
  publishedAt?: string | null;
}

const STATUS: Record<TemplateExportInput["status"], PlanDefinition["status"]> = { DRAFT: "draft", PUBLISHED: "active", ARCHIVED: "retired" };

/**
 * The variables the gate expressions read (the `fhirpath` evaluator takes them as its
 * environment): %grade the plan's effective clinical grade, %measures the latest value of each
 * measure by its registry key, %checks each therapist check by key (true when confirmed),
 * %sessions the sessions logged within the pain limit by exercise key, %ratings the patient's
 * latest answer by gate key.
 */
export const GATE_VARIABLES = ["grade", "measures", "checks", "sessions", "ratings"] as const;

/** FHIRPath identifiers: a key with other characters than letters, digits and _ is back-quoted. */
const member = (key: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `\`${key}\``);

const gradeList = (grades: readonly ClinicalGrade[]) => `(${grades.join(" | ")})`;

/** A gate as a FHIRPath boolean expression over the GATE_VARIABLES. */
export function gateExpression(gate: GateTemplate): string {
  const test =
    gate.kind === "MEASURE"
      ? `%measures.${member(gate.measure)} ${gate.comparator} ${gate.threshold}`
      : gate.kind === "CHECK"
        ? `%checks.${member(gate.check)} = true`
        : gate.kind === "SESSIONS"
          ? `%sessions.${member(gate.exerciseKey)} >= ${gate.count}`
          : `%ratings.${member(gate.key)} >= ${gate.minimum}`;
  // A gate for some grades only is met by the other grades without testing.
  return gate.grades?.length ? `%grade in ${gradeList(gate.grades)} implies (${test})` : test;
}

/**
 * The part of a Restride element that the resource has no element for, as one JSON extension
 * (decision 030): `omit` lists the fields the resource already carries, so each fact is written
 * once and a field added to the domain type later travels without a change here.
 */
function details(url: string, value: object, omit: readonly string[]): Extension[] {
  const rest = Object.fromEntries(Object.entries(value).filter(([k, v]) => !omit.includes(k) && v !== undefined));
  return Object.keys(rest).length ? [{ url, valueString: JSON.stringify(rest) }] : [];
}

/** Fields of each element that the PlanDefinition carries in FHIR's own elements. */
export const CARRIED = {
  template: ["key", "name", "version", "sources", "stages"],
  stage: ["key", "name", "purpose", "goals", "exercises", "gates"],
  gate: ["kind", "measure", "comparator", "threshold", "check", "exerciseKey", "count", "minimum", "grades", "label"],
  /** The dose's frequency is the sub-action's timing; its numbers go in the details. */
  stageExercise: ["exerciseKey", "grades"],
} as const;

const activityId = (exerciseKey: string) => `exercise-${exerciseKey}`.replace(/[^A-Za-z0-9\-.]/g, "-").slice(0, 64);

function timing(dose: Dose): Timing {
  return { repeat: { frequency: dose.frequency.times, period: 1, periodUnit: dose.frequency.per === "DAY" ? "d" : "wk" } };
}

function activityDefinition(exercise: ExerciseEntry, status: PlanDefinition["status"]): ActivityDefinition {
  return {
    resourceType: "ActivityDefinition",
    id: activityId(exercise.key),
    status: status ?? "draft",
    name: pascal(exercise.key),
    title: exercise.name,
    description: [exercise.purpose, ...exercise.steps.map((s, i) => `${i + 1}. ${s}`)].join("\n"),
    kind: "ServiceRequest",
    code: { coding: [{ system: SYSTEM.exercise, code: exercise.key, display: exercise.name }], text: exercise.name },
    ...(exercise.cues.length ? { usage: exercise.cues.join(" ") } : {}),
  };
}

function durations(stage: StageTemplate): string {
  return (Object.entries(stage.durationDays) as [string, { min: number; max: number }][])
    .map(([grade, d]) => `grade ${grade}: ${d.min}-${d.max} days`)
    .join("; ");
}

function stageAction(stage: StageTemplate, index: number, names: ReadonlyMap<string, string>): PlanDefinitionAction {
  const summary = [
    `Typical duration: ${durations(stage)}.`,
    stage.requiresSpecialistReview ? "Needs a specialist's review first for a complete rupture." : null,
  ]
    .filter(Boolean)
    .join(" ");
  return {
    id: `stage-${index + 1}`,
    extension: details(EXTENSION.stageDetails, stage, CARRIED.stage),
    prefix: `Stage ${index + 1}`,
    title: stage.name,
    description: stage.purpose,
    textEquivalent: summary,
    code: [{ coding: [{ system: SYSTEM.stage, code: stage.key }], text: stage.name }],
    ...(stage.goals.length ? { goalId: stage.goals.map((_, g) => goalId(index, g)) } : {}),
    ...(stage.gates.length
      ? {
          condition: stage.gates.map((gate) => ({
            extension: details(EXTENSION.gateDetails, gate, CARRIED.gate),
            kind: "stop" as const,
            expression: { language: "text/fhirpath", expression: gateExpression(gate), description: gate.label, name: member(gate.key).replace(/`/g, "") },
          })),
        }
      : {}),
    ...(index > 0 ? { relatedAction: [{ actionId: `stage-${index}`, relationship: "after-end" as const }] } : {}),
    groupingBehavior: "logical-group",
    action: stage.exercises.map((e) => {
      const { frequency: _timing, ...dose } = e.dose;
      return {
        extension: details(EXTENSION.doseDetails, { ...e, dose }, CARRIED.stageExercise),
        title: names.get(e.exerciseKey) ?? e.exerciseKey,
        description: describeDose(e.dose),
        definitionCanonical: `#${activityId(e.exerciseKey)}`,
        timingTiming: timing(e.dose),
        ...(e.grades?.length
          ? { condition: [{ kind: "applicability" as const, expression: { language: "text/fhirpath", expression: `%grade in ${gradeList(e.grades)}` } }] }
          : {}),
      };
    }),
  };
}

/** Goal ids: one PlanDefinition.goal per stage goal, referenced from its stage's action. */
const goalId = (stageIndex: number, goalIndex: number) => `stage-${stageIndex + 1}-goal-${goalIndex + 1}`;

function pascal(key: string): string {
  const name = key.replace(/(^|[^A-Za-z0-9])([A-Za-z0-9])/g, (_, _sep: string, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9_]/g, "");
  return /^[A-Z]/.test(name) ? name : `T${name}`;
}

/** A template version as a PlanDefinition with its exercises contained. */
export function buildPlanDefinition(input: TemplateExportInput): PlanDefinition {
  const baseUrl = (input.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  const { template } = input;
  const status = STATUS[input.status];
  const byKey = new Map(input.exercises.map((e) => [e.key, e]));
  // A stage's own exercises and those of its tracks' phases (which travel in the stage's details).
  const used = [
    ...new Set(
      template.stages.flatMap((s) => [...s.exercises, ...(s.tracks ?? []).flatMap((t) => t.phases.flatMap((p) => p.exercises))].map((e) => e.exerciseKey)),
    ),
  ];
  const contained = used.flatMap((key) => {
    const entry = byKey.get(key);
    return entry ? [activityDefinition(entry, status)] : [];
  });
  const names = new Map(input.exercises.map((e) => [e.key, e.name]));
  const relatedArtifact: RelatedArtifact[] = template.sources.map((s) => ({ type: "citation", label: s.label, citation: s.citation }));
  const goal: PlanDefinitionGoal[] = template.stages.flatMap((stage, i) => stage.goals.map((text, g) => ({ id: goalId(i, g), description: { text } })));
  return {
    resourceType: "PlanDefinition",
    id: input.id,
    extension: details(EXTENSION.templateDetails, template, CARRIED.template),
    url: `${baseUrl}/fhir/PlanDefinition/${template.key}`,
    identifier: [{ system: SYSTEM.templateKey, value: template.key }],
    version: String(template.version),
    name: pascal(template.key),
    title: template.name,
    type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/plan-definition-type", code: "clinical-protocol", display: "Clinical Protocol" }] },
    status,
    ...(input.publishedAt ? { date: input.publishedAt } : {}),
    description: `Staged rehabilitation protocol for ${template.name.toLowerCase()}, clinical grades ${template.grades.join(", ")}. Gate expressions are FHIRPath over %grade, %measures, %checks, %sessions and %ratings.`,
    ...(relatedArtifact.length ? { relatedArtifact } : {}),
    contained,
    ...(goal.length ? { goal } : {}),
    action: template.stages.map((stage, i) => stageAction(stage, i, names)),
  };
}
