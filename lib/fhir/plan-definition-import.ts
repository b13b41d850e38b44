// A FHIR R4 PlanDefinition read back as a Restride protocol template (decision 030): the inverse
// of buildPlanDefinition. What FHIR has elements for is read from them (stage keys, names,
// purposes, goals, citations, the gates' FHIRPath logic, which exercise, for which grades, how
// often); the rest from Restride's details extensions. Pure: the data layer checks the result
// against the clinic's library (validateTemplate) before it stores a draft.
import type { PlanDefinition, PlanDefinitionAction, PlanDefinitionActionCondition } from "@medplum/fhirtypes";
import { CLINICAL_GRADES, STAGE_KEYS } from "@/lib/domain/clinical/types";
import type {
  ClinicalGrade,
  Comparator,
  Dose,
  FrequencyUnit,
  GateTemplate,
  StageExercise,
  StageKey,
  StageTemplate,
  Template,
} from "@/lib/domain/clinical/types";
import { EXTENSION, SYSTEM } from "./codes";
import { CARRIED } from "./plan-definition";

export type PlanDefinitionImport = { ok: true; template: Template } | { ok: false; problems: string[] };

/** Thrown inside the reader, collected as one problem; never leaves this module. */
class Unreadable extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The JSON of one details extension (an object), or {} when the element has none. */
function detailsOf(element: { extension?: { url?: string; valueString?: string }[] }, url: string, where: string): Record<string, unknown> {
  const ext = element.extension?.find((e) => e.url === url);
  if (!ext) return {};
  try {
    const value: unknown = JSON.parse(ext.valueString ?? "");
    if (isObject(value)) return value;
  } catch {
    // reported below
  }
  throw new Unreadable(`${where}: its Restride details are not readable JSON.`);
}

/** Drops the fields the resource carries itself, so a details extension cannot override them. */
const without = (value: Record<string, unknown>, carried: readonly string[]) => Object.fromEntries(Object.entries(value).filter(([k]) => !carried.includes(k)));

const GRADE_LIST = /^\(\s*([123](?:\s*\|\s*[123])*)\s*\)$/;
const MEMBER = "(`[^`]+`|[A-Za-z_][A-Za-z0-9_]*)";
const MEASURE_TEST = new RegExp(`^%measures\\.${MEMBER}\\s*(>=|<=|>|<)\\s*(-?\\d+(?:\\.\\d+)?)$`);
const CHECK_TEST = new RegExp(`^%checks\\.${MEMBER}\\s*=\\s*true$`);
const SESSIONS_TEST = new RegExp(`^%sessions\\.${MEMBER}\\s*>=\\s*(\\d+)$`);
const RATING_TEST = new RegExp(`^%ratings\\.${MEMBER}\\s*>=\\s*(\\d+(?:\\.\\d+)?)$`);
const unquote = (member: string) => member.replace(/^`|`$/g, "");

function grades(list: string): ClinicalGrade[] {
  const match = GRADE_LIST.exec(list.trim());
  if (!match) throw new Unreadable(`"${list}" is not a list of grades such as (2 | 3).`);
  return [...new Set(match[1]!.split("|").map((g) => Number(g.trim()) as ClinicalGrade))].sort();
}

type GateLogic = Pick<GateTemplate, "grades"> &
  (
    | { kind: "MEASURE"; measure: string; comparator: Comparator; threshold: number }
    | { kind: "CHECK"; check: string }
    | { kind: "SESSIONS"; exerciseKey: string; count: number }
    | { kind: "SUBJECTIVE"; minimum: number }
  );

/**
 * The gate logic of an expression in the form gateExpression writes:
 * `%measures.<key> <op> <number>`, `%checks.<key> = true`, `%sessions.<exercise> >= <count>`,
 * `%ratings.<gate> >= <minimum>`, optionally inside
 * `%grade in (<grades>) implies (<test>)`.
 */
export function parseGateExpression(expression: string): GateLogic {
  let test = expression.trim();
  let only: ClinicalGrade[] | undefined;
  const limited = /^%grade in (\([^)]*\)) implies \((.*)\)$/.exec(test);
  if (limited) {
    only = grades(limited[1]!);
    test = limited[2]!.trim();
  }
  const measure = MEASURE_TEST.exec(test);
  if (measure) {
    const logic = { kind: "MEASURE" as const, measure: unquote(measure[1]!), comparator: measure[2] as Comparator, threshold: Number(measure[3]) };
    return only ? { ...logic, grades: only } : logic;
  }
  const check = CHECK_TEST.exec(test);
  if (check) {
    const logic = { kind: "CHECK" as const, check: unquote(check[1]!) };
    return only ? { ...logic, grades: only } : logic;
  }
  const sessions = SESSIONS_TEST.exec(test);
  if (sessions) {
    const logic = { kind: "SESSIONS" as const, exerciseKey: unquote(sessions[1]!), count: Number(sessions[2]) };
    return only ? { ...logic, grades: only } : logic;
  }
  const rating = RATING_TEST.exec(test);
  if (rating) {
    const logic = { kind: "SUBJECTIVE" as const, minimum: Number(rating[2]) };
    return only ? { ...logic, grades: only } : logic;
  }
  throw new Unreadable(
    `"${expression}" is not a gate Restride can read (a measure compared with a number, a therapist check, a count of logged sessions or the patient's rating).`,
  );
}

function readGate(condition: PlanDefinitionActionCondition, where: string): GateTemplate {
  const expression = condition.expression?.expression;
  if (condition.expression?.language !== "text/fhirpath" || !expression) throw new Unreadable(`${where}: a gate without a FHIRPath expression.`);
  let logic: GateLogic;
  try {
    logic = parseGateExpression(expression);
  } catch (err) {
    throw new Unreadable(`${where}: ${(err as Error).message}`);
  }
  const label = condition.expression.description?.trim() || condition.expression.name || expression;
  const rest = without(detailsOf(condition, EXTENSION.gateDetails, where), CARRIED.gate);
  const key = typeof rest.key === "string" && rest.key ? rest.key : (condition.expression.name ?? "");
  if (!key) throw new Unreadable(`${where}: a gate without a key (expression name).`);
  const patientLabel = typeof rest.patientLabel === "string" && rest.patientLabel ? rest.patientLabel : label;
  return { ...rest, ...logic, key, label, patientLabel } as GateTemplate;
}

const FREQUENCY_UNIT: Record<string, FrequencyUnit> = { d: "DAY", wk: "WEEK" };

function readExercise(sub: PlanDefinitionAction, exerciseKeys: ReadonlyMap<string, string>, where: string): StageExercise {
  const ref = sub.definitionCanonical ?? "";
  const exerciseKey = ref.startsWith("#") ? exerciseKeys.get(ref.slice(1)) : undefined;
  const name = sub.title ?? ref;
  if (!exerciseKey) throw new Unreadable(`${where}: exercise "${name}" does not point at a contained exercise definition with a Restride exercise code.`);
  const repeat = sub.timingTiming?.repeat;
  const per = FREQUENCY_UNIT[repeat?.periodUnit ?? ""];
  if (!repeat || !per || repeat.period !== 1 || !Number.isInteger(repeat.frequency) || (repeat.frequency ?? 0) < 1) {
    throw new Unreadable(`${where}: exercise "${name}" needs a timing of a whole number of times per day or per week.`);
  }
  const details = without(detailsOf(sub, EXTENSION.doseDetails, `${where}, exercise "${name}"`), CARRIED.stageExercise);
  if (!isObject(details.dose)) throw new Unreadable(`${where}: exercise "${name}" has no Restride dose (sets, repetitions, pain limit).`);
  const applicability = (sub.condition ?? []).filter((c) => c.kind === "applicability");
  let only: ClinicalGrade[] | undefined;
  for (const c of applicability) {
    const match = /^%grade in (\(.*\))$/.exec(c.expression?.expression?.trim() ?? "");
    if (!match) throw new Unreadable(`${where}: exercise "${name}" has a condition Restride cannot read: ${c.expression?.expression ?? "(none)"}.`);
    try {
      only = grades(match[1]!);
    } catch (err) {
      throw new Unreadable(`${where}: exercise "${name}": ${(err as Error).message}`);
    }
  }
  const dose = { ...details.dose, frequency: { times: repeat.frequency!, per } } as Dose;
  return { ...details, exerciseKey, dose, ...(only ? { grades: only } : {}) };
}

function readDurations(value: unknown, where: string): StageTemplate["durationDays"] {
  const ok =
    isObject(value) &&
    CLINICAL_GRADES.every((g) => {
      const range = value[String(g)];
      return isObject(range) && typeof range.min === "number" && typeof range.max === "number";
    });
  if (!ok) throw new Unreadable(`${where}: no expected duration (in days) for each grade.`);
  return value as StageTemplate["durationDays"];
}

function readStage(action: PlanDefinitionAction, index: number, goals: ReadonlyMap<string, string>, exerciseKeys: ReadonlyMap<string, string>): StageTemplate {
  const where = `Stage ${index + 1}${action.title ? ` ("${action.title}")` : ""}`;
  const key = action.code?.flatMap((c) => c.coding ?? []).find((c) => c.system === SYSTEM.stage)?.code;
  if (!key || !(STAGE_KEYS as readonly string[]).includes(key)) {
    throw new Unreadable(`${where}: its stage code must be one of ${STAGE_KEYS.join(", ")} (system ${SYSTEM.stage}).`);
  }
  if (!action.title?.trim()) throw new Unreadable(`${where}: has no title.`);
  const rest = without(detailsOf(action, EXTENSION.stageDetails, where), CARRIED.stage);
  const stageGoals = (action.goalId ?? []).map((id) => {
    const text = goals.get(id);
    if (text === undefined) throw new Unreadable(`${where}: refers to a goal "${id}" the PlanDefinition does not have.`);
    return text;
  });
  return {
    precautions: [],
    education: "",
    ...rest,
    key: key as StageKey,
    name: action.title.trim(),
    purpose: action.description?.trim() ?? "",
    goals: stageGoals,
    durationDays: readDurations(rest.durationDays, where),
    exercises: (action.action ?? []).map((sub) => readExercise(sub, exerciseKeys, where)),
    gates: (action.condition ?? []).filter((c) => c.kind === "stop").map((c, g) => readGate(c, `${where}, gate ${g + 1}`)),
  };
}

function templateKey(pd: PlanDefinition): string {
  const fromIdentifier = pd.identifier?.find((i) => i.system === SYSTEM.templateKey)?.value;
  const fromUrl = pd.url?.split("/").pop();
  const raw = fromIdentifier ?? fromUrl ?? pd.name ?? pd.title ?? "";
  const key = raw
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  if (!key) throw new Unreadable("The PlanDefinition has no identifier, url or name to key the template by.");
  return key;
}

/**
 * Reads a PlanDefinition (already parsed from JSON) as a template. Problems are worded for a
 * clinic admin and name the stage, gate or exercise they are about.
 */
export function readPlanDefinition(resource: unknown): PlanDefinitionImport {
  if (!isObject(resource) || resource.resourceType !== "PlanDefinition") {
    return { ok: false, problems: ['The file is not a FHIR PlanDefinition (its resourceType must be "PlanDefinition").'] };
  }
  const pd = resource as unknown as PlanDefinition;
  try {
    const name = (pd.title ?? pd.name ?? "").trim();
    if (!name) throw new Unreadable("The PlanDefinition has no title.");
    const details = without(detailsOf(pd, EXTENSION.templateDetails, "The PlanDefinition"), CARRIED.template);
    if (!Array.isArray(details.muscles) || !Array.isArray(details.grades)) {
      throw new Unreadable("The PlanDefinition does not say which muscles and grades it is for (Restride's template details are missing).");
    }
    const exerciseKeys = new Map<string, string>();
    for (const c of pd.contained ?? []) {
      if (c.resourceType !== "ActivityDefinition") continue;
      const code = c.code?.coding?.find((x) => x.system === SYSTEM.exercise)?.code;
      if (c.id && code) exerciseKeys.set(c.id, code);
    }
    const goals = new Map((pd.goal ?? []).flatMap((g) => (g.id ? [[g.id, g.description?.text ?? ""] as const] : [])));
    const actions = pd.action ?? [];
    if (!actions.length) throw new Unreadable("The PlanDefinition has no stages (actions).");
    const problems: string[] = [];
    const stages: StageTemplate[] = [];
    actions.forEach((action, i) => {
      try {
        stages.push(readStage(action, i, goals, exerciseKeys));
      } catch (err) {
        problems.push(problemOf(err, `Stage ${i + 1}`));
      }
    });
    if (problems.length) return { ok: false, problems };
    const version = Number.parseInt(pd.version ?? "1", 10);
    const template = {
      education: [],
      ...details,
      key: templateKey(pd),
      name,
      version: Number.isInteger(version) && version > 0 ? version : 1,
      sources: (pd.relatedArtifact ?? [])
        .filter((a) => a.type === "citation")
        .map((a) => ({ label: a.label ?? a.display ?? "", citation: a.citation ?? a.display ?? "" })),
      stages,
    } as unknown as Template;
    return { ok: true, template };
  } catch (err) {
    return { ok: false, problems: [problemOf(err, "The PlanDefinition")] };
  }
}

/** A shape the reader did not expect (a number where a list belongs, say) is a problem too, not a crash. */
function problemOf(err: unknown, where: string): string {
  return err instanceof Unreadable ? err.message : `${where} is not shaped like a FHIR R4 PlanDefinition Restride can read.`;
}
