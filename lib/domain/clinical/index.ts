// Public API of the clinical core: plain TypeScript, no framework or database imports.
export * from "./types";
export { ClinicalError, type ClinicalErrorCode } from "./errors";
export { addDays, compareIsoDates, daysBetween, isIsoDate, parseIsoDate } from "./dates";
export { SOURCES, type SourceKey } from "./sources";
export {
  CHECK_KEYS,
  CHECK_META,
  MEASURE_KEYS,
  MEASURE_META,
  deriveMeasures,
  isCheckKey,
  isMeasureKey,
  latestMeasurements,
  mergeMeasurements,
  symmetry,
} from "../measures";
export { screen, prognosis } from "./by-kind";
export { effectiveGrade, hasTendonSite, needsSpecialistOpinion } from "./grade";
export type { DayRange, Prognosis, PrognosisFactor } from "./types";
export {
  compare,
  countsAsSession,
  describeTarget,
  evaluateGates,
  formatMeasureValue,
  type GateEvaluation,
  type GateLog,
  type GateResult,
  type GateStatus,
} from "./gates";
export {
  activeStage,
  currentPhase,
  currentStage,
  moveTrack,
  stageProgress,
  tracksDuration,
  planExerciseKeys,
  workParts,
  type GateInputs,
  type StageProgress,
  type TrackProgress,
  type WorkPart,
} from "./tracks";
export { DOSE_SCALING, generatePlan, planFromAssessment, type AssessmentInput, type AssessmentOutcome, type PlanOptions } from "./plan";
export {
  TIMELINE_RULES,
  planTimeline,
  type DateWindow,
  type Milestone,
  type StageStart,
  type StageStatus,
  type Timeline,
  type TimelineInput,
  type TimelinePlan,
  type TimelineStage,
} from "./timeline";
export { suggestTemplate, validateTemplate } from "./templates";
export { localize } from "./i18n";
export { countSyllables, countSyllablesEs, inflesz, readability, smogGrade, type ReadabilityStats } from "./readability";
