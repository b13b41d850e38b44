// Public API of the clinical core: plain TypeScript, no framework or database imports.
export * from "./types";
export { ClinicalError, type ClinicalErrorCode } from "./errors";
export { addDays, compareIsoDates, daysBetween, isIsoDate, parseIsoDate } from "./dates";
export { SOURCES, type SourceKey } from "./sources";
export { CHECK_META, MEASURE_META, isCheckKey, isMeasureKey } from "./measures";
export {
  NEGATIVE_SCREEN,
  SCREEN_GROUPS,
  SCREEN_ITEMS,
  THOMPSON_OPTIONS,
  WELLS_LIKELY_THRESHOLD,
  screen,
  wellsScore,
  type ScreenGroup,
  type ScreenGroupInfo,
  type ScreenItem,
} from "./red-flags";
export { effectiveGrade, hasTendonSite, needsSpecialistOpinion } from "./grade";
export {
  PROGNOSIS_BASE,
  PROGNOSIS_FACTOR_DAYS,
  prognosis,
  type DayRange,
  type Prognosis,
  type PrognosisFactor,
} from "./prognosis";
export { deriveMeasures, symmetry } from "./symmetry";
export { compare, evaluateGates, type GateEvaluation, type GateResult, type GateStatus } from "./gates";
export {
  DOSE_SCALING,
  generatePlan,
  planFromAssessment,
  type AssessmentInput,
  type AssessmentOutcome,
  type PlanOptions,
} from "./plan";
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
export { countSyllables, readability, type ReadabilityStats } from "./readability";
export {
  BaselineMeasuresSchema,
  CheckInputSchema,
  InjurySchema,
  IsoDateSchema,
  MeasurementsSchema,
  ScreenInputSchema,
} from "./schemas";
