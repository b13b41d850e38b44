// What the patient is told right after saving a worrying log, not only what the therapist is
// alerted to. The rule: pain of `highPain` (7, the HIGH_PAIN alert's threshold) or more, during
// exercise or the next morning, or a new warning sign (new swelling, redness or warmth in the
// leg) means "stop, call the clinic today; chest pain or short of breath: call emergency now".
import type { Locale } from "../clinical/types";
import { CARE_TEXT, clinicContact, type ClinicContact } from "../injuries/care";
import { ALERT_DEFAULTS } from "./alerts";
import { painValue } from "./logs";

/** The parts of a daily log the rule reads. */
export interface LoggedSigns {
  painDuring?: number | null;
  painNextMorning?: number | null;
  /** "Any new swelling, redness or warmth in the leg?": true for yes, null or false otherwise. */
  newSwelling?: boolean | null;
}

export type ImmediateCareReason = { kind: "pain"; pain: number } | { kind: "sign" };

/** Why this log needs advice right away: the worst pain >= `highPain`, a new sign; [] if none. */
export function immediateCareReasons(log: LoggedSigns, highPain: number = ALERT_DEFAULTS.highPain): ImmediateCareReason[] {
  const reasons: ImmediateCareReason[] = [];
  const ratings = [painValue(log.painDuring), painValue(log.painNextMorning)].filter((p): p is number => p !== null);
  const worst = ratings.length > 0 ? Math.max(...ratings) : null;
  if (worst !== null && worst >= highPain) reasons.push({ kind: "pain", pain: worst });
  if (log.newSwelling === true) reasons.push({ kind: "sign" });
  return reasons;
}

export interface ImmediateCareAdvice {
  heading: string;
  /** Why, in the patient's words: what they logged. */
  reasons: string[];
  /** What to do, in order: stop, call the clinic, the emergency number, the therapist sees it. */
  steps: string[];
}

/** The advice to show right after saving `log`, or null when the log needs none. */
export function immediateCareAdvice(log: LoggedSigns, locale: Locale, contact?: Partial<ClinicContact> | null): ImmediateCareAdvice | null {
  const reasons = immediateCareReasons(log);
  if (reasons.length === 0) return null;
  const t = (CARE_TEXT[locale] ?? CARE_TEXT.en).immediate;
  const c = clinicContact(contact);
  return {
    heading: t.heading,
    reasons: reasons.map((r) => (r.kind === "pain" ? t.pain(r.pain) : t.sign)),
    steps: [t.stop, t.callClinic(c.phone), t.emergency(c.emergencyNumber), t.therapist],
  };
}
