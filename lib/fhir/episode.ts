// A patient's record as a FHIR R4 Bundle (type "collection"): pure mapping from Restride's
// domain shapes, no I/O. lib/server/fhir.ts loads the data; docs/decisions/018-fhir-export.md
// says what is in and what is left out.
import type {
  Bundle,
  BundleEntry,
  CarePlan,
  CarePlanActivity,
  CodeableConcept,
  Condition,
  DocumentReference,
  Goal,
  GoalTarget,
  Observation,
  ObservationComponent,
  Organization,
  Patient,
  Practitioner,
  Quantity,
  QuestionnaireResponse,
  Reference,
  Resource,
  ResourceType,
  ExtractResource,
} from "@medplum/fhirtypes";
import type { CheckInput, Injury, Measurements, Plan, PlanStage, Side } from "@/lib/domain/clinical/types";
import { kindOfStoredMuscle, muscleDef } from "@/lib/domain/injuries";
import { CHECK_META, MEASURES, inputDef, isCheckKey, type MeasureUnit, type SidePair } from "@/lib/domain/measures";
import { describeDose } from "@/lib/domain/plan-edits";
import { BODY_SITES, DEFAULT_BASE_URL, EXTENSION, LATERALITY, LOINC_PAIN_NPRS, SYSTEM, UCUM, strainCoding } from "./codes";

export interface FhirPatientInput {
  id: string;
  givenName: string;
  familyName: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  sex: "FEMALE" | "MALE" | "OTHER" | "UNDISCLOSED";
  email: string | null;
  phone: string | null;
}

export interface FhirEpisodeInput {
  id: string;
  injury: Injury;
  /** When the assessment was recorded (ISO instant). */
  recordedAt: string;
}

export interface FhirPlanInput {
  id: string;
  episodeId: string;
  status: "ACTIVE" | "COMPLETED" | "STOPPED";
  currentStageIndex: number;
  plan: Plan;
  createdAt: string;
}

export interface FhirMeasurementInput {
  id: string;
  /** YYYY-MM-DD */
  measuredOn: string;
  values: Measurements;
  checks: CheckInput;
}

export interface FhirDailyLogInput {
  id: string;
  planId: string;
  /** YYYY-MM-DD */
  logDate: string;
  setsDone: Record<string, number>;
  painDuring: number | null;
  painNextMorning: number | null;
}

export interface EpisodeExportInput {
  /** Origin of the app, e.g. "https://clinic.example": fullUrls and the handout's url use it. */
  baseUrl?: string;
  /** ISO instant of the export. */
  generatedAt: string;
  clinic: { id: string; name: string };
  therapist: { id: string; name: string };
  patient: FhirPatientInput;
  episodes: FhirEpisodeInput[];
  plans: FhirPlanInput[];
  measurements: FhirMeasurementInput[];
  dailyLogs: FhirDailyLogInput[];
}

const GENDER: Record<FhirPatientInput["sex"], Patient["gender"]> = { FEMALE: "female", MALE: "male", OTHER: "other", UNDISCLOSED: "unknown" };
const CAREPLAN_STATUS: Record<FhirPlanInput["status"], CarePlan["status"]> = { ACTIVE: "active", COMPLETED: "completed", STOPPED: "revoked" };
const SIDE_WORD: Record<Side, string> = { LEFT: "left", RIGHT: "right" };

const ref = <K extends ResourceType>(type: K, id: string, display?: string): Reference<ExtractResource<K>> => ({
  reference: `${type}/${id}`,
  ...(display ? { display } : {}),
});

function quantity(value: number, unit: MeasureUnit | "sets", comparator?: Quantity["comparator"]): Quantity {
  const u = UCUM[unit];
  return { value, ...(comparator ? { comparator } : {}), unit: u.unit, system: SYSTEM.ucum, code: u.code };
}

function category(code: "exam" | "survey" | "activity"): CodeableConcept[] {
  const display = { exam: "Exam", survey: "Survey", activity: "Activity" }[code];
  return [{ coding: [{ system: SYSTEM.observationCategory, code, display }] }];
}

// ---------------------------------------------------------------------------------------------
// Who: patient, therapist, clinic
// ---------------------------------------------------------------------------------------------

function patientResource(input: EpisodeExportInput): Patient {
  const p = input.patient;
  const telecom = [...(p.phone ? [{ system: "phone" as const, value: p.phone }] : []), ...(p.email ? [{ system: "email" as const, value: p.email }] : [])];
  return {
    resourceType: "Patient",
    id: p.id,
    active: true,
    name: [{ use: "official", family: p.familyName, given: [p.givenName], text: `${p.givenName} ${p.familyName}` }],
    gender: GENDER[p.sex],
    birthDate: p.dateOfBirth,
    ...(telecom.length ? { telecom } : {}),
    generalPractitioner: [ref("Practitioner", input.therapist.id, input.therapist.name)],
    managingOrganization: ref("Organization", input.clinic.id, input.clinic.name),
  };
}

// ---------------------------------------------------------------------------------------------
// Condition: the injury
// ---------------------------------------------------------------------------------------------

function gradeStage(system: "clinical" | "bamic", grade: number, site?: string | null): NonNullable<Condition["stage"]>[number] {
  const label = system === "clinical" ? "Clinical grade" : "BAMIC grade";
  const code = system === "clinical" ? `clinical-${grade}` : `bamic-${grade}${site ?? ""}`;
  return {
    summary: { coding: [{ system: SYSTEM.grade, code, display: `${label} ${grade}${site ?? ""}` }], text: `${label} ${grade}${site ?? ""}` },
    type: { coding: [{ system: SYSTEM.grade, code: system, display: label }], text: label },
  };
}

function conditionResource(episode: FhirEpisodeInput, hasPlan: boolean, resolved: boolean, patientId: string): Condition {
  const { injury } = episode;
  // An odd stored muscle falls back to the first kind, as the handout and portal do.
  const kind = kindOfStoredMuscle(injury.muscle).kind.key;
  const muscle = muscleDef(injury.muscle)?.label.en ?? injury.muscle;
  // ICD-10-CM: the assessment is the initial encounter; once a rehab plan runs, the patient is in
  // the healing phase and the plan's visits are subsequent encounters (decision 018).
  const icd = strainCoding(kind, injury.side, hasPlan ? "subsequent" : "initial");
  const site = BODY_SITES[kind];
  const lateral = LATERALITY[injury.side];
  const text = `${muscle} strain, ${SIDE_WORD[injury.side]}, grade ${injury.clinicalGrade}`;
  // How it happened, for a kind that asks (the hamstring's sprinting vs stretching type): no
  // standard code covers it, so it travels as a note.
  const mechanism = injury.mechanism ? kindOfStoredMuscle(injury.muscle).kind.mechanisms?.find((m) => m.key === injury.mechanism) : undefined;
  return {
    resourceType: "Condition",
    id: episode.id,
    clinicalStatus: { coding: [{ system: SYSTEM.conditionClinical, code: resolved ? "resolved" : "active" }] },
    verificationStatus: { coding: [{ system: SYSTEM.conditionVerification, code: "confirmed" }] },
    category: [{ coding: [{ system: SYSTEM.conditionCategory, code: "encounter-diagnosis", display: "Encounter Diagnosis" }] }],
    code: { ...(icd ? { coding: [icd] } : {}), text },
    bodySite: [
      {
        extension: [{ url: EXTENSION.laterality, valueCodeableConcept: { coding: [{ system: SYSTEM.snomed, ...lateral }] } }],
        ...(site?.code ? { coding: [{ system: SYSTEM.snomed, code: site.code, display: site.display }] } : {}),
        text: `${lateral.display} ${muscle.toLowerCase()}`,
      },
    ],
    subject: ref("Patient", patientId),
    onsetDateTime: injury.injuryDate,
    recordedDate: episode.recordedAt,
    stage: [gradeStage("clinical", injury.clinicalGrade), ...(injury.bamicGrade != null ? [gradeStage("bamic", injury.bamicGrade, injury.bamicSite)] : [])],
    ...(mechanism ? { note: [{ text: `Mechanism: ${mechanism.label.toLowerCase()} (${mechanism.description})` }] } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// CarePlan and Goals: the staged plan
// ---------------------------------------------------------------------------------------------

type StagePhase = "done" | "current" | "next" | "cancelled";
/** Where a stage stands: a completed plan has done every stage; a stopped one dropped the rest. */
function phaseOf(index: number, plan: Pick<FhirPlanInput, "currentStageIndex" | "status">): StagePhase {
  if (plan.status === "COMPLETED" || index < plan.currentStageIndex) return "done";
  if (plan.status === "STOPPED") return "cancelled";
  return index === plan.currentStageIndex ? "current" : "next";
}
const GOAL_STATUS: Record<StagePhase, Goal["lifecycleStatus"]> = { done: "completed", current: "active", next: "planned", cancelled: "cancelled" };
const ACTIVITY_STATUS: Record<StagePhase, NonNullable<CarePlanActivity["detail"]>["status"]> = {
  done: "completed",
  current: "in-progress",
  next: "not-started",
  cancelled: "cancelled",
};

const MEASURE_UNIT = new Map<string, MeasureUnit>(MEASURES.map((m) => [m.key, m.unit]));

/** A gate's measure is a derived measure of the registry; its unit comes from there. */
function measureUnit(key: string): MeasureUnit {
  return MEASURE_UNIT.get(key) ?? inputDef(key)?.unit ?? "points";
}

const goalId = (planId: string, stageIndex: number) => `${planId}-stage-${stageIndex + 1}`;

function gateTarget(gate: PlanStage["gates"][number]): GoalTarget {
  if (gate.kind === "MEASURE") {
    const unit = measureUnit(gate.measure);
    return {
      measure: { coding: [{ system: SYSTEM.measure, code: gate.measure }], text: gate.label },
      detailQuantity: quantity(gate.threshold, unit, gate.comparator),
    };
  }
  if (gate.kind === "SESSIONS") return { measure: { text: gate.label }, detailQuantity: { value: gate.count, unit: "sessions" } };
  if (gate.kind === "SUBJECTIVE")
    return { measure: { text: `${gate.label} (${gate.question})` }, detailQuantity: { value: gate.minimum, comparator: ">=", unit: "/10" } };
  return { measure: { coding: [{ system: SYSTEM.check, code: gate.check }], text: gate.label }, detailBoolean: true };
}

function goalResource(plan: FhirPlanInput, stage: PlanStage, index: number, phase: StagePhase, patientId: string): Goal {
  const position = `Stage ${index + 1} of ${plan.plan.stages.length}`;
  return {
    resourceType: "Goal",
    id: goalId(plan.id, index),
    lifecycleStatus: GOAL_STATUS[phase],
    ...(phase === "done" ? { achievementStatus: { coding: [{ system: SYSTEM.goalAchievement, code: "achieved" }] } } : {}),
    category: [{ coding: [{ system: SYSTEM.stage, code: stage.key }], text: stage.name }],
    description: { text: `${position}, ${stage.name}: ${stage.gates.length ? "the gates to move on" : "the last stage"} (${stage.purpose})` },
    subject: ref("Patient", patientId),
    startDate: stage.startDate,
    ...(stage.gates.length ? { target: stage.gates.map(gateTarget) } : {}),
    addresses: [ref("Condition", plan.episodeId)],
  };
}

function activityOf(plan: FhirPlanInput, stage: PlanStage, index: number, phase: StagePhase, exercise: PlanStage["exercises"][number]): CarePlanActivity {
  const { dose } = exercise;
  return {
    extension: [{ url: EXTENSION.stage, valueInteger: index + 1 }],
    detail: {
      code: { coding: [{ system: SYSTEM.exercise, code: exercise.exerciseKey }], text: exercise.name },
      status: ACTIVITY_STATUS[phase],
      goal: [ref("Goal", goalId(plan.id, index))],
      scheduledTiming: {
        repeat: {
          boundsPeriod: { start: stage.startDate, end: stage.maxEndDate },
          frequency: dose.frequency.times,
          period: 1,
          periodUnit: dose.frequency.per === "DAY" ? "d" : "wk",
        },
      },
      description: `Stage ${index + 1} (${stage.name}): ${describeDose(dose)}`,
    },
  };
}

function carePlanResource(plan: FhirPlanInput, patientId: string, therapist: EpisodeExportInput["therapist"]): CarePlan {
  const current = plan.plan.stages[plan.currentStageIndex];
  return {
    resourceType: "CarePlan",
    id: plan.id,
    ...(current
      ? {
          extension: [
            {
              url: EXTENSION.currentStage,
              valueCoding: { system: SYSTEM.stage, code: current.key, display: `Stage ${plan.currentStageIndex + 1}: ${current.name}` },
            },
          ],
        }
      : {}),
    status: CAREPLAN_STATUS[plan.status],
    intent: "plan",
    title: plan.plan.templateName,
    description: current ? `${plan.plan.templateName}; now in stage ${plan.currentStageIndex + 1} of ${plan.plan.stages.length}, ${current.name}.` : undefined,
    subject: ref("Patient", patientId),
    period: { start: plan.plan.startDate, end: plan.plan.endDate.max },
    created: plan.createdAt,
    author: ref("Practitioner", therapist.id, therapist.name),
    addresses: [ref("Condition", plan.episodeId)],
    goal: plan.plan.stages.map((_, i) => ref("Goal", goalId(plan.id, i))),
    activity: plan.plan.stages.flatMap((stage, i) => stage.exercises.map((e) => activityOf(plan, stage, i, phaseOf(i, plan), e))),
  };
}

// ---------------------------------------------------------------------------------------------
// Observations: clinic measurements and patient logs; LEFS totals as QuestionnaireResponses
// ---------------------------------------------------------------------------------------------

const isPair = (v: unknown): v is SidePair => typeof v === "object" && v !== null;

function measurementObservations(m: FhirMeasurementInput, patientId: string, side: Side | null): Observation[] {
  const out: Observation[] = [];
  // Ids stay the same from one export to the next: the row's id and the value's key.
  const idOf = (key: string) => `${m.id}-${key}`.slice(0, 64);
  for (const [key, raw] of Object.entries(m.values)) {
    if (key === "lefs" || raw == null) continue; // LEFS: a QuestionnaireResponse (decision 008)
    const def = inputDef(key);
    if (!def) continue;
    const label = def.label.en.replace(", {side}", "").replace(" {side}", "");
    const isPain = def.unit === "NPRS";
    const base: Observation = {
      resourceType: "Observation",
      id: idOf(key),
      status: "final",
      category: category(key === "adherencePct" ? "activity" : isPain ? "survey" : "exam"),
      code: { coding: [...(isPain ? [LOINC_PAIN_NPRS] : []), { system: SYSTEM.measure, code: key }], text: label },
      subject: ref("Patient", patientId),
      effectiveDateTime: m.measuredOn,
    };
    if (isPair(raw)) {
      const components: ObservationComponent[] = [];
      for (const which of ["affected", "unaffected"] as const) {
        const value = raw[which];
        if (value == null) continue;
        const legSide = side ? (which === "affected" ? side : side === "LEFT" ? "RIGHT" : "LEFT") : null;
        components.push({
          code: {
            coding: [{ system: SYSTEM.legSide, code: which === "affected" ? "injured" : "other" }],
            text: `${which === "affected" ? "Injured" : "Other"} side${legSide ? ` (${SIDE_WORD[legSide]})` : ""}`,
          },
          valueQuantity: quantity(value, def.unit),
        });
      }
      if (components.length) out.push({ ...base, component: components });
    } else if (typeof raw === "number") {
      out.push({ ...base, valueQuantity: quantity(raw, def.unit) });
    }
  }
  for (const [key, value] of Object.entries(m.checks)) {
    if (typeof value !== "boolean" || !isCheckKey(key)) continue;
    out.push({
      resourceType: "Observation",
      id: idOf(key),
      status: "final",
      category: category("exam"),
      code: { coding: [{ system: SYSTEM.check, code: key }], text: CHECK_META[key].label.en },
      subject: ref("Patient", patientId),
      effectiveDateTime: m.measuredOn,
      valueBoolean: value,
    });
  }
  return out;
}

function lefsResponse(m: FhirMeasurementInput, patientId: string): QuestionnaireResponse | null {
  const total = m.values.lefs;
  if (typeof total !== "number") return null;
  return {
    resourceType: "QuestionnaireResponse",
    id: `${m.id}-lefs`,
    // Totals only: the 20 item texts are not licensed to Restride (decision 008).
    questionnaire: "https://restride.app/fhir/Questionnaire/lefs-total",
    status: "completed",
    subject: ref("Patient", patientId),
    authored: m.measuredOn,
    item: [{ linkId: "total", text: "Lower Extremity Functional Scale total score (0-80)", answer: [{ valueInteger: Math.round(total) }] }],
  };
}

function logObservations(log: FhirDailyLogInput, patientId: string, names: ReadonlyMap<string, string>): Observation[] {
  const base = (suffix: string, cat: "survey" | "activity") =>
    ({
      resourceType: "Observation",
      id: `${log.id}-${suffix}`,
      status: "final",
      category: category(cat),
      subject: ref("Patient", patientId),
      effectiveDateTime: log.logDate,
      basedOn: [ref("CarePlan", log.planId)],
    }) satisfies Omit<Observation, "code">;
  const out: Observation[] = [];
  const pain = (suffix: string, key: string, text: string, value: number | null) => {
    if (value == null) return;
    out.push({
      ...base(suffix, "survey"),
      code: { coding: [LOINC_PAIN_NPRS, { system: SYSTEM.measure, code: key }], text },
      valueQuantity: quantity(value, "NPRS"),
    });
  };
  pain("pain-during", "painExercise", "Pain during exercise (patient log)", log.painDuring);
  pain("pain-morning", "painNextMorning", "Pain the next morning (patient log)", log.painNextMorning);
  const sets = Object.entries(log.setsDone).filter(([, v]) => typeof v === "number" && Number.isFinite(v));
  if (sets.length) {
    out.push({
      ...base("sets", "activity"),
      code: { coding: [{ system: SYSTEM.measure, code: "setsDone" }], text: "Exercise sets done (patient log)" },
      valueQuantity: quantity(
        sets.reduce((sum, [, v]) => sum + v, 0),
        "sets",
      ),
      component: sets.map(([key, v]) => ({
        code: { coding: [{ system: SYSTEM.exercise, code: key }], text: names.get(key) ?? key },
        valueQuantity: quantity(v, "sets"),
      })),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// DocumentReference: the current handout
// ---------------------------------------------------------------------------------------------

function handoutReference(plan: FhirPlanInput, patientId: string, baseUrl: string, generatedAt: string, clinicId: string): DocumentReference {
  return {
    resourceType: "DocumentReference",
    id: `${plan.id}-handout`,
    status: "current",
    type: { text: "Patient exercise handout" },
    subject: ref("Patient", patientId),
    date: generatedAt,
    custodian: ref("Organization", clinicId),
    description: `Handout for ${plan.plan.templateName}, as rendered on the day it is downloaded`,
    content: [
      {
        attachment: {
          contentType: "application/pdf",
          language: "en",
          url: `${baseUrl}/api/plans/${plan.id}/handout`,
          title: "Exercise handout (PDF)",
        },
      },
    ],
    context: { related: [ref("CarePlan", plan.id)] },
  };
}

// ---------------------------------------------------------------------------------------------
// The bundle
// ---------------------------------------------------------------------------------------------

/** The patient's whole record as a FHIR R4 collection Bundle. */
export function buildEpisodeBundle(input: EpisodeExportInput): Bundle {
  const baseUrl = (input.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  const patientId = input.patient.id;
  const resources: Resource[] = [
    patientResource(input),
    { resourceType: "Practitioner", id: input.therapist.id, active: true, name: [{ text: input.therapist.name }] } satisfies Practitioner,
    { resourceType: "Organization", id: input.clinic.id, active: true, name: input.clinic.name } satisfies Organization,
  ];
  const plansByEpisode = new Map<string, FhirPlanInput[]>();
  for (const plan of input.plans) plansByEpisode.set(plan.episodeId, [...(plansByEpisode.get(plan.episodeId) ?? []), plan]);
  for (const episode of input.episodes) {
    const plans = plansByEpisode.get(episode.id) ?? [];
    resources.push(conditionResource(episode, plans.length > 0, plans.length > 0 && plans.every((p) => p.status === "COMPLETED"), patientId));
  }
  const names = new Map<string, string>();
  for (const plan of input.plans) {
    resources.push(carePlanResource(plan, patientId, input.therapist));
    plan.plan.stages.forEach((stage, i) => {
      for (const e of stage.exercises) names.set(e.exerciseKey, e.name);
      resources.push(goalResource(plan, stage, i, phaseOf(i, plan), patientId));
    });
  }
  // The injured side of the episode a measurement belongs to (the latest one assessed by then)
  // names the legs of its paired tests.
  const episodes = [...input.episodes].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  const sideOn = (day: string): Side | null => (episodes.filter((e) => e.recordedAt.slice(0, 10) <= day).at(-1) ?? episodes[0])?.injury.side ?? null;
  for (const m of input.measurements) {
    resources.push(...measurementObservations(m, patientId, sideOn(m.measuredOn)));
    const lefs = lefsResponse(m, patientId);
    if (lefs) resources.push(lefs);
  }
  for (const log of input.dailyLogs) resources.push(...logObservations(log, patientId, names));
  for (const plan of input.plans) {
    if (plan.status === "ACTIVE") resources.push(handoutReference(plan, patientId, baseUrl, input.generatedAt, input.clinic.id));
  }
  return {
    resourceType: "Bundle",
    type: "collection",
    timestamp: input.generatedAt,
    entry: resources.map((resource): BundleEntry => ({ fullUrl: `${baseUrl}/fhir/${resource.resourceType}/${resource.id}`, resource })),
  };
}
