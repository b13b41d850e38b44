// Region-specific rules, looked up by the injured muscle's kind (lib/domain/injuries). Callers
// never branch on the body region themselves.
import { kindOfMuscle, type ScreenAnswers } from "../injuries";
import type { Injury, Muscle, Prognosis, ScreenClearance, ScreenResult } from "./types";

/**
 * The red-flag screen of the muscle's injury kind. A positive screen never yields a plan; a
 * recorded medical clearance lifts only the flags the kind marks clearable (e.g. a clot screen).
 */
export function screen(muscle: Muscle, answers: ScreenAnswers, clearance: ScreenClearance = {}): ScreenResult {
  return kindOfMuscle(muscle).screen.evaluate(answers, clearance);
}

/** Expected return-to-run and return-to-sport ranges, by the muscle's injury kind. */
export function prognosis(injury: Injury): Prognosis {
  return kindOfMuscle(injury.muscle).prognosis(injury);
}
