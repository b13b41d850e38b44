export type ClinicalErrorCode =
  "INVALID_DATE" | "GRADE_NOT_COVERED" | "UNKNOWN_EXERCISE" | "EMPTY_TEMPLATE" | "START_BEFORE_INJURY" | "UNKNOWN_TRACK" | "TRACK_END";

/** The one error type of the clinical core; `code` is stable for mapping to messages. */
export class ClinicalError extends Error {
  readonly code: ClinicalErrorCode;

  constructor(code: ClinicalErrorCode, message: string) {
    super(message);
    this.name = "ClinicalError";
    this.code = code;
  }
}
