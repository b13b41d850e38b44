// Public API of patient progress: prescribed work per day, adherence, alerts, chart series and gate status.
// Pure TypeScript: no framework, database or clock access (`now` is always passed in).
export type {
  AdherenceInput,
  AdherenceOptions,
  AdherencePoint,
  Alert,
  AlertInput,
  AlertKind,
  AlertOptions,
  AlertSeverity,
  DailyLog,
  FunctionPoint,
  StrengthPoint,
  MeasurementVisit,
  PainPoint,
  ProgressDose,
  ProgressExercise,
  ProgressPlan,
  ProgressStage,
  StageHistoryEntry,
  WeekAdherence,
  WeekDay,
} from "./types";
export { assertTimeZone, dayOfWeek, formatShortDate, isoWeekKey, localDate, startOfWeek, weekKey } from "./time";
export { normalizeLogs, painValue, type CleanLog } from "./logs";
export { adherenceSeries, dayPrescription, stageResolver, weeklyAdherence, type DayPrescription } from "./adherence";
export { maxLoggableSets, prescribedOn, prescribedSetsOn, sessionsByWeekday, sessionsOn, type ExercisePrescription } from "./prescription";
export { ALERT_DEFAULTS, evaluateAlerts } from "./alerts";
export { immediateCareAdvice, immediateCareReasons, type ImmediateCareAdvice, type ImmediateCareReason, type LoggedSigns } from "./immediate-care";
export { gateDates, gateStatusFromLatest, logsSince, visitsUpTo, type LatestGateStatus } from "./gate-status";
export { LEFS_MEANINGFUL_CHANGE, functionSeries, painSeries, strengthSeries, type SeriesRange } from "./series";
export { DAILY_LIMIT_DAYS, chartedPain, seriesResolution, weeklyMeans, type ChartedSeries, type SeriesResolution } from "./resolution";
