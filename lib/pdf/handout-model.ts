// Patient handout view model: a PURE function from a plan (+ who, when, which options) to every
// string and layout decision the PDF shows. No react, no I/O, no clock. The document module
// (handout-document.mjs) only lays this out, so this is where the handout is tested.
import { indexLibrary } from "../domain/content/library";
import { ClinicalError } from "../domain/clinical/errors";
import { localize } from "../domain/clinical/i18n";
import { stagePrescription, type StagePrescription } from "../domain/clinical/stage-prescription";
import { activeStage, currentPhase } from "../domain/clinical/tracks";
import { planTimeline, type Timeline, type TimelineStage } from "../domain/clinical/timeline";
import type { ClinicalGrade, Dose, EducationSection, ExerciseEntry, GateTemplate, Locale, PlanExercise, PlanStage, Side } from "../domain/clinical/types";
import { findKindOfMuscle, kindOfStoredMuscle, type InjuryKind } from "../domain/injuries";
import { doseTextIn } from "../domain/injuries/dose-text";
import { exerciseDrawing } from "../domain/injuries/illustrations";
import type { KindWording } from "../domain/injuries/types";
import { careAdvice, SEEK_CARE_KEY } from "../domain/injuries/care";
import { sessionsByWeekday } from "../domain/progress/prescription";
import { buildSheet } from "./sheet";
import { HANDOUT_DATE_LOCALE, HANDOUT_LABEL_KEYS, handoutStrings, type HandoutStrings } from "./strings";
import type {
  DoseView,
  ExerciseView,
  HandoutInput,
  HandoutLayout,
  HandoutOptions,
  HandoutPicture,
  HandoutViewModel,
  HandoutLabels,
  LabelValue,
  StageView,
} from "./types";

export type * from "./types";

/** Longest text kept from any one field: odd input must not make a page-long paragraph. */
export const MAX_FIELD_CHARS = 1000;
/** Education key replaced by the handout's own "Stop and get care" box. */
export { SEEK_CARE_KEY };

const LAYOUT_NORMAL: HandoutLayout = {
  largePrint: false,
  baseFontSize: 12,
  smallFontSize: 11,
  titleFontSize: 22,
  h2FontSize: 16,
  h3FontSize: 14,
  exerciseBreakBefore: false,
  illustrationFullWidth: false,
  illustrationWidth: 230,
  illustrationHeight: 110,
  progressLogRows: 10,
  pageSize: "A4",
};

const LAYOUT_LARGE: HandoutLayout = {
  largePrint: true,
  baseFontSize: 16,
  smallFontSize: 16,
  titleFontSize: 28,
  h2FontSize: 21,
  h3FontSize: 18,
  exerciseBreakBefore: true,
  illustrationFullWidth: true,
  illustrationWidth: 515,
  illustrationHeight: 215,
  progressLogRows: 8,
  pageSize: "A4",
};

// ---------------------------------------------------------------------------------------------
// Text hygiene
// ---------------------------------------------------------------------------------------------

// C0/C1 control characters (newline and tab become spaces), explicit bidi embeddings, overrides
// and isolates (they can reverse a name on paper), and unpaired surrogates.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const WHITESPACE_CONTROL = /[\t\n\r]+/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any value to a printable, NFC-normalised, length-capped string (objects print as nothing). */
export function cleanText(value: unknown, max = MAX_FIELD_CHARS): string {
  if (value === null || value === undefined) return "";
  // A malformed snapshot field (an object or array where text belongs) must not reach the
  // patient's handout as "[object Object]".
  let text = typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" || typeof value === "bigint" ? String(value) : "";
  text = text.replace(LONE_SURROGATE, "").normalize("NFC").replace(WHITESPACE_CONTROL, " ").replace(CONTROL, "").replace(/ {2,}/g, " ").trim();
  if (text.length > max) text = `${text.slice(0, max - 1).trimEnd()}…`;
  return text;
}

function cleanList(values: unknown): string[] {
  if (!Array.isArray(values)) return [];
  return values.map((v) => cleanText(v)).filter((v) => v.length > 0);
}

function count(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.round(value * 10) / 10 : null;
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "2026-03-04" -> "4 Mar 2026" (en) / "4 mar 2026" (es). Anything else is shown as given. */
export function formatHandoutDate(iso: string, locale: Locale): string {
  const match = ISO_DATE.exec(typeof iso === "string" ? iso.slice(0, 10) : "");
  if (!match) return cleanText(iso, 40);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(match[3])) return cleanText(iso, 40);
  const tag = HANDOUT_DATE_LOCALE[locale] ?? HANDOUT_DATE_LOCALE.en;
  let format = dateFormats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
    dateFormats.set(tag, format);
  }
  return format.format(date).replace(/\.$/, "");
}

// ---------------------------------------------------------------------------------------------
// Localisation with per-field fallback
// ---------------------------------------------------------------------------------------------

type Translatable = { translations?: Partial<Record<string, Record<string, unknown> | undefined>> };

/**
 * Localises `item` with the domain's `localize` and records every shown field that has no
 * translation (so it is shown in English) in `fallbacks` as "<id>.<field>".
 */
class Localizer {
  readonly fallbacks: string[] = [];
  constructor(
    readonly locale: Locale,
    /** The injury kind's wording: its translations of seeded dose notes and loads. */
    readonly wording: Pick<KindWording, "doseText"> = {},
  ) {}

  apply<T extends object>(item: T, id: string, fields: readonly (keyof T & string)[]): T {
    if (this.locale === "en" || !item || typeof item !== "object") return item;
    const translated = (item as Translatable).translations?.[this.locale];
    for (const field of fields) {
      const english = (item as Record<string, unknown>)[field];
      const hasEnglish = Array.isArray(english) ? english.length > 0 : cleanText(english).length > 0;
      const value = translated?.[field];
      if (hasEnglish && (value === undefined || value === null)) this.fallbacks.push(`${id}.${field}`);
    }
    // localize() is typed for items whose translations mirror their own shape.
    return localize(item as T & { translations?: never }, this.locale);
  }

  /** Free text with no translation mechanism: English in `es`. */
  untranslated(text: string, id: string): string {
    if (this.locale !== "en" && text.length > 0) this.fallbacks.push(id);
    return text;
  }

  /** A dose note or load: the kind's translation of a seeded text, else as written (a fallback). */
  doseText(text: string, id: string): string {
    const shown = doseTextIn(this.wording, text, this.locale);
    return shown ?? this.untranslated(text, id);
  }
}

// ---------------------------------------------------------------------------------------------
// Pieces
// ---------------------------------------------------------------------------------------------

const GRADES: readonly ClinicalGrade[] = [1, 2, 3];
const SIDES: readonly Side[] = ["LEFT", "RIGHT"];

function injuryText(s: HandoutStrings, side: unknown, grade: unknown, muscle: string): string {
  const safeSide = SIDES.includes(side as Side) ? (side as Side) : "LEFT";
  const safeGrade = GRADES.includes(grade as ClinicalGrade) ? (grade as ClinicalGrade) : 1;
  return s.injury(s.side[safeSide], safeGrade, muscle);
}

/** Dose to table cells and a one-line summary, e.g. "3 sets × 15 reps", "hold 45 s", "2 times a day". */
export function doseView(dose: Dose | null | undefined, s: HandoutStrings, loadText: string): DoseView {
  const sets = count(dose?.sets);
  const reps = count(dose?.reps);
  const hold = count(dose?.holdSeconds);
  const minutes = count(dose?.durationMinutes);
  const parts: string[] = [];
  if (reps !== null) parts.push(s.dose.reps(reps));
  if (hold !== null) parts.push(s.dose.hold(hold));
  if (minutes !== null) parts.push(s.dose.minutes(minutes));
  const amount = parts.length > 0 ? parts.join(", ") : s.dose.none;

  const times = count(dose?.frequency?.times);
  const per = dose?.frequency?.per === "WEEK" ? "WEEK" : "DAY";
  const frequency = times !== null && times > 0 ? s.dose.frequency(times, per) : s.dose.none;
  const frequencyShort = times !== null && times > 0 ? s.dose.frequencyShort(times, per) : s.dose.none;
  const pain = count(dose?.painLimit);
  const painLimit = pain !== null ? s.dose.painLimit(Math.min(10, pain)) : s.dose.none;

  let summary: string;
  if (sets === null) summary = amount;
  else if (parts.length === 0) summary = s.dose.setsCount(sets);
  else if (sets === 1 && reps === null) summary = amount;
  else if (reps !== null && parts.length === 1) summary = `${s.dose.setsCount(sets)} × ${amount}`;
  else summary = `${s.dose.setsCount(sets)}, ${amount}`;

  return {
    sets: sets === null ? s.dose.none : String(sets),
    amount,
    load: loadText.length > 0 ? loadText : s.dose.noLoad,
    frequency,
    frequencyShort,
    painLimit,
    summary,
  };
}

/** One tick box on the weekly schedule: one session of an exercise. */
export const TICK_BOX = "☐";

/**
 * The schedule's cells for one exercise, Monday first: one box per session that weekday, from
 * `sessionsByWeekday` (the definition the portal's aim and adherence also use, decision 016);
 * empty on a rest day; "6 × ☐" when more than 4 sessions would not fit the cell.
 */
export function scheduleTicks(dose: Dose | null | undefined): string[] {
  const per = dose?.frequency?.per === "WEEK" ? "WEEK" : "DAY";
  const times = count(dose?.frequency?.times) ?? 0;
  return sessionsByWeekday({ times, per }).map((n) => (n === 0 ? "" : n <= 4 ? TICK_BOX.repeat(n) : `${n} × ${TICK_BOX}`));
}

function exerciseView(
  item: PlanExercise,
  number: number,
  library: ReadonlyMap<string, ExerciseEntry>,
  s: HandoutStrings,
  l10n: Localizer,
  painNote: string | null,
  pictures: Readonly<Record<string, HandoutPicture>>,
): ExerciseView {
  const key = cleanText(item?.exerciseKey, 200);
  const entry = library.get(key);
  const id = `exercise:${key || number}`;
  const shown = entry ? l10n.apply(entry, id, ["name", "purpose", "steps", "cues"]) : null;
  const fallbackName = cleanText(item?.name) || key;
  const name = shown ? cleanText(shown.name) || fallbackName : l10n.untranslated(fallbackName, `${id}.name`);
  const steps = cleanList(shown?.steps);
  const load = l10n.doseText(cleanText(item?.dose?.load), `${id}.load`);
  const own = key && Object.hasOwn(pictures, key) ? pictures[key]! : null;
  const drawing = key && !own ? exerciseDrawing(key) : null;
  const note = l10n.doseText(cleanText(item?.dose?.notes), `${id}.note`);
  return {
    key,
    number,
    name: name || s.dose.none,
    purpose: cleanText(shown?.purpose),
    steps,
    cues: cleanList(shown?.cues),
    dose: doseView(item?.dose, s, load),
    note: note.length > 0 ? note : null,
    painNote,
    noStepsText: steps.length === 0 ? s.noSteps : null,
    drawing,
    drawingCaption: own ? own.alt[l10n.locale] : drawing ? drawing.alt[l10n.locale] : null,
    picture: own ? own.src : null,
  };
}

function gateLabels(gates: readonly GateTemplate[] | undefined, stageId: string, l10n: Localizer): string[] {
  if (!Array.isArray(gates)) return [];
  // Array.isArray() narrows a readonly array to any[]; keep the element type.
  const list: readonly GateTemplate[] = gates;
  return list
    .filter((gate) => !!gate && typeof gate === "object")
    .map((gate, i) => cleanText(l10n.apply(gate, `${stageId}.gate:${gate?.key ?? i}`, ["patientLabel"]).patientLabel))
    .filter((label) => label.length > 0);
}

/**
 * One stage as the patient sees it. What to do comes from the stage's prescription (the one pain
 * rule, and for a complete rupture waiting for the specialist only the notice, protection advice
 * and circulation exercises: lib/domain/clinical/stage-prescription.ts).
 */
function stageView(
  stage: PlanStage,
  index: number,
  total: number,
  currentIndex: number,
  window: TimelineStage | undefined,
  library: ReadonlyMap<string, ExerciseEntry>,
  s: HandoutStrings,
  l10n: Localizer,
  rx: StagePrescription,
  pictures: Readonly<Record<string, HandoutPicture>>,
): StageView {
  const id = `stage:${cleanText(stage?.key, 50) || index}`;
  const shown = l10n.apply(stage, id, ["name", "purpose", "goals", "precautions", "education"]);
  const name = cleanText(shown.name) || `${index + 1}`;
  // A stage with parallel tracks: where the patient is on each, and that phase's goals.
  const trackParts = (Array.isArray(stage?.tracks) ? stage.tracks : []).flatMap((track) => {
    if (!track || !Array.isArray(track.phases) || track.phases.length === 0) return [];
    const { phase, index: at } = currentPhase(track);
    const trackText = l10n.apply(track, `${id}.track:${track.key}`, ["name"]);
    const phaseText = l10n.apply(phase, `${id}.track:${track.key}.phase:${phase.key}`, ["name", "goals"]);
    return [{ line: s.trackLine(cleanText(trackText.name), at + 1, track.phases.length, cleanText(phaseText.name)), goals: cleanList(phaseText.goals) }];
  });
  const trackGoals = trackParts.flatMap((t) => [t.line, ...t.goals]);
  const exercises = rx.exercises.map((p) => ({ item: p.exercise, painNote: p.painText }));
  // The stage's length on the time line (fitted to the prognosis, actual once done); the
  // template's duration only when there is no time line.
  const min = count(window?.days.min ?? stage?.durationDays?.min);
  const max = count(window?.days.max ?? stage?.durationDays?.max);
  return {
    key: cleanText(stage?.key, 50),
    index,
    isCurrent: index === currentIndex,
    heading: s.stageHeading(index + 1, total, name),
    name,
    // Waiting for the specialist: no loading goals or stage teaching, only protection advice.
    purpose: rx.held ? "" : cleanText(shown.purpose),
    duration: min !== null && max !== null ? s.stageDuration(min, Math.max(min, max)) : "",
    goals: rx.held ? [] : [...cleanList(shown.goals), ...trackGoals],
    tracks: rx.held ? [] : trackParts.map((t) => t.line),
    precautions: rx.held ? cleanList(rx.advice) : cleanList(shown.precautions),
    education: rx.held ? "" : cleanText(shown.education, MAX_FIELD_CHARS * 2),
    specialistNotice: rx.held ? rx.notice : null,
    painRule: rx.painRule,
    exercises: exercises.map(({ item, painNote }, i) => exerciseView(item, i + 1, library, s, l10n, painNote, pictures)),
    emptyMessage: exercises.length === 0 ? s.emptyStage : null,
    // A stage with tracks: its own gates and its tracks' current phases' (activeStage).
    gates: gateLabels(Array.isArray(stage?.tracks) ? activeStage(stage).gates : stage?.gates, id, l10n),
  };
}

function timelineRows(timeline: Timeline | null, s: HandoutStrings, locale: Locale, currentView: StageView | null): LabelValue[] {
  const date = (iso: string) => formatHandoutDate(iso, locale);
  const between = (window: { earliest: string; latest: string }) => {
    const a = date(window.earliest);
    const b = date(window.latest);
    return a && b ? s.timeline.between(a, b) : a || b;
  };
  const rows: LabelValue[] = [];
  if (currentView?.duration) rows.push({ label: s.timeline.thisStage, value: currentView.duration });
  if (timeline) {
    // Only what is still to come: once running (or full sport) has started, its row goes.
    const { returnToRun, returnToSport, planEnd } = timeline;
    if (returnToRun?.status === "future") rows.push({ label: s.timeline.backToRunning, value: between(returnToRun) });
    if (returnToSport?.status === "future") rows.push({ label: s.timeline.backToSport, value: between(returnToSport) });
    if (!returnToRun && !returnToSport && planEnd) rows.push({ label: s.timeline.planEnds, value: between(planEnd) });
  }
  return rows.filter((row) => row.value.length > 0);
}

/**
 * The plan's one time line (lib/domain/clinical/timeline.ts), with the handout's date as today.
 * A stored snapshot too broken to date (no valid start date, no injury) gets no dated rows
 * rather than a crash or made-up dates.
 */
function handoutTimeline(input: HandoutInput, kind: InjuryKind, stages: readonly PlanStage[], currentIndex: number): Timeline | null {
  if (!input.injury || !input.plan) return null;
  try {
    return planTimeline({
      // The injury is the episode's; an odd snapshot's muscle already fell back to a known kind.
      prognosis: (findKindOfMuscle(input.injury.muscle) ?? kind).prognosis(input.injury),
      plan: { startDate: input.plan.startDate, stages },
      currentStageIndex: currentIndex,
      stageHistory: Array.isArray(input.stageHistory) ? input.stageHistory : [],
      today: input.madeOn,
    });
  } catch (err) {
    if (err instanceof ClinicalError) return null;
    throw err;
  }
}

/**
 * The "Stop and get care" box: the kind's one care list (the portal shows the same), with the
 * clinic's phone and emergency numbers cleaned like any other field.
 */
function careBox(kind: InjuryKind, locale: Locale, contact: HandoutInput["clinicContact"]): HandoutViewModel["careBox"] {
  const advice = careAdvice(kind.wording, locale, {
    phone: cleanText(contact?.phone, 40) || null,
    emergencyNumber: cleanText(contact?.emergencyNumber, 40) || null,
  });
  return {
    heading: advice.heading,
    intro: advice.intro,
    contact: advice.contact,
    groups: advice.groups.map((group) => ({ heading: group.heading, items: [...group.items] })),
    closing: advice.closing,
  };
}

// ---------------------------------------------------------------------------------------------
// The view model
// ---------------------------------------------------------------------------------------------

/** Everything the handout shows, in the chosen language. Pure and deterministic. */
export function buildHandout(input: HandoutInput, options: HandoutOptions = {}): HandoutViewModel {
  const locale: Locale = options.language === "es" ? "es" : "en";
  const plan = input.plan;
  const injured = kindOfStoredMuscle(plan?.muscle);
  const s = handoutStrings(locale, injured.kind);
  const l10n = new Localizer(locale, injured.kind.wording);
  const layout: HandoutLayout = { ...(options.largePrint ? LAYOUT_LARGE : LAYOUT_NORMAL), pageSize: input.paperSize === "LETTER" ? "LETTER" : "A4" };
  const format = options.allStages || options.format === "booklet" ? "booklet" : "sheet";
  const library = indexLibrary(input.exercises);
  // Plans are JSON snapshots: tolerate holes rather than crash a patient's handout.
  const planStages = Array.isArray(plan?.stages) ? plan.stages.filter((stage) => !!stage && typeof stage === "object") : [];

  const requested = Number.isInteger(input.currentStageIndex) ? input.currentStageIndex : 0;
  const currentIndex = Math.min(Math.max(requested, 0), Math.max(planStages.length - 1, 0));
  const timeline = handoutTimeline(input, injured.kind, planStages, currentIndex);
  const prescribed = { ...plan, stages: planStages };
  const checks = input.checks ?? {};
  const prescriptions = planStages.map((_, i) => stagePrescription(prescribed, i, input.exercises ?? [], { locale, checks }));
  const views = planStages.map((stage, i) =>
    stageView(stage, i, planStages.length, currentIndex, timeline?.stages[i], library, s, l10n, prescriptions[i]!, input.pictures ?? {}),
  );
  const currentStage = views[currentIndex] ?? null;
  // The current stage view's exercise i is its prescription's exercise i (what the tick sheet counts).
  const currentPlanExercises = prescriptions[currentIndex]?.exercises.map((p) => p.exercise) ?? [];
  // A complete rupture waiting for the specialist gets its current stage only: no later loading.
  const held = prescriptions[currentIndex]?.held === true;
  const shownStages = options.allStages && !held ? views : currentStage ? [currentStage] : [];

  const patientName = cleanText(`${cleanText(input.patient?.givenName)} ${cleanText(input.patient?.familyName)}`, MAX_FIELD_CHARS) || s.dose.none;
  const therapist = cleanText(input.therapistName) || s.dose.none;
  const clinic = cleanText(input.clinicName) || s.dose.none;
  const madeOn = formatHandoutDate(input.madeOn, locale);
  const templateName = cleanText(input.templateName, 200) || cleanText(plan?.templateName, 200);
  const version = count(input.templateVersion) ?? count(plan?.templateVersion) ?? 1;

  const isLastStage = currentIndex >= planStages.length - 1;
  const nextGates = currentStage?.gates ?? [];

  const education = (Array.isArray(input.education) ? input.education : [])
    .filter((section): section is EducationSection => !!section && section.key !== SEEK_CARE_KEY)
    .map((section) => {
      const shown = l10n.apply(section, `education:${section.key}`, ["title", "body"]);
      return { title: cleanText(shown.title), body: cleanList(shown.body) };
    })
    .filter((section) => section.title.length > 0 || section.body.length > 0);

  const fallbackFields = [...new Set(l10n.fallbacks)];
  const currentWindow = timeline?.stages[currentIndex];
  const coverTimeline = timelineRows(timeline, s, locale, currentStage);
  const sheet = buildSheet({
    locale,
    strings: s,
    stage: currentStage,
    planExercises: currentPlanExercises,
    stageMaxDays: count(currentWindow?.days.max ?? planStages[currentIndex]?.durationDays?.max),
    madeOn: typeof input.madeOn === "string" ? input.madeOn.slice(0, 10) : "",
    madeOnText: madeOn,
    clinic,
    clinicAddress: cleanText(input.clinicAddress, 200) || null,
    portalUrl: cleanText(input.portalUrl, 300) || null,
    milestones: coverTimeline.filter((row) => row.label !== s.timeline.thisStage),
  });
  const title = s.handoutTitle;

  return {
    locale,
    format,
    sheet,
    leaflet: options.leaflet === true,
    meta: {
      title: `${title}: ${patientName}`.slice(0, 300),
      author: clinic,
      subject: s.subject,
      creator: s.brand,
      producer: s.brand,
      language: locale,
    },
    layout: { ...layout },
    labels: {
      ...(Object.fromEntries(HANDOUT_LABEL_KEYS.map((key) => [key, s[key]])) as HandoutLabels),
      handoutTitle: title,
      doseColumns: { ...s.doseColumns },
    },
    cover: {
      patientName,
      details: [
        { label: s.details.therapist, value: therapist },
        { label: s.details.clinic, value: clinic },
        { label: s.details.madeOn, value: madeOn },
      ],
      injuryLabel: s.injuryLabel,
      injury: injuryText(s, plan?.side, plan?.effectiveGrade ?? plan?.clinicalGrade, injured.muscle),
      stageLabel: s.stageLabel,
      stageLine: currentStage?.heading ?? s.emptyStage,
      stagePurpose: (held ? currentStage?.specialistNotice : currentStage?.purpose) ?? "",
      timelineHeading: s.timelineHeading,
      timeline: coverTimeline,
      timelineNote: s.timelineNote,
    },
    fallbackNote: fallbackFields.length > 0 ? s.fallbackNote : null,
    fallbackFields,
    currentStage,
    stages: shownStages,
    careBox: careBox(injured.kind, locale, input.clinicContact),
    nextStage: {
      heading: s.nextStage.heading,
      intro: s.nextStage.intro,
      items: isLastStage ? [] : nextGates,
      emptyText: isLastStage ? s.nextStage.lastStage : nextGates.length === 0 ? s.nextStage.noGates : null,
    },
    schedule: {
      heading: s.schedule.heading,
      intro: s.schedule.intro,
      exerciseColumn: s.schedule.exercise,
      frequencyColumn: s.schedule.howOften,
      dayLabels: [...s.schedule.days],
      rows: (currentStage?.exercises ?? []).map((exercise, i) => ({
        name: exercise.name,
        frequency: exercise.dose.frequencyShort,
        ticks: scheduleTicks(currentPlanExercises[i]?.dose),
      })),
      emptyText: currentStage && currentStage.exercises.length > 0 ? null : s.schedule.empty,
    },
    progressLog: {
      heading: s.progressLog.heading,
      intro: s.progressLog.intro,
      columns: [...s.progressLog.columns],
      rows: layout.progressLogRows,
    },
    education: { heading: s.educationHeading, sections: education },
    footer: {
      pageTemplate: s.footer.page,
      template: s.footer.template(templateName || s.brand, version),
      madeBy: s.footer.madeBy(madeOn),
    },
  };
}
