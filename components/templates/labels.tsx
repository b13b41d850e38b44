// Display helpers for protocol templates: words for muscles, statuses, doses and gates.
import { describeTarget } from "@/lib/domain/clinical/gates";
import type { ClinicalGrade, Dose, GateTemplate } from "@/lib/domain/clinical/types";
import { muscleLabel } from "@/lib/domain/labels";
import { CHECK_META, MEASURE_META } from "@/lib/domain/measures";

export const STATUS_LABELS = { DRAFT: "Draft", PUBLISHED: "Published", ARCHIVED: "Archived" } as const;
export type Status = keyof typeof STATUS_LABELS;

export function musclesText(muscles: readonly string[]): string {
  return muscles.map(muscleLabel).join(", ");
}

export function gradesText(grades: readonly number[] | undefined): string {
  return grades && grades.length ? grades.join(", ") : "All";
}

/** "3 × 15 reps", "5 × 30 s hold", "1 × 10 min". */
export function doseAmount(dose: Dose): string {
  if (dose.reps != null) return `${dose.sets} × ${dose.reps} reps`;
  if (dose.holdSeconds != null) return `${dose.sets} × ${dose.holdSeconds} s hold`;
  if (dose.durationMinutes != null) return `${dose.sets} × ${dose.durationMinutes} min`;
  return `${dose.sets} sets`;
}

export function frequencyText(frequency: Dose["frequency"]): string {
  return `${frequency.times} × per ${frequency.per === "DAY" ? "day" : "week"}`;
}

export function gateTest(gate: GateTemplate): string {
  if (gate.kind === "MEASURE") {
    const meta = MEASURE_META[gate.measure];
    return `${meta?.label.en ?? gate.measure}: ${describeTarget(gate)}`;
  }
  if (gate.kind === "SESSIONS") return `${gate.count} logged sessions of ${gate.exerciseKey} with pain ${gate.maxPain}/10 or less`;
  if (gate.kind === "SUBJECTIVE") return `Patient rates "${gate.question}" ${gate.minimum}/10 or more`;
  return `Therapist confirms: ${CHECK_META[gate.check]?.label.en ?? gate.check}`;
}

export function StatusBadge({ status }: { status: Status }) {
  const styles: Record<Status, string> = {
    DRAFT: "border-amber-300 bg-amber-50 text-amber-900",
    PUBLISHED: "border-green-300 bg-green-50 text-green-900",
    ARCHIVED: "border-slate-300 bg-slate-100 text-slate-800",
  };
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium ${styles[status]}`}>{STATUS_LABELS[status]}</span>;
}

export function SharedBadge() {
  return <span className="inline-block rounded-full border border-sky-300 bg-sky-50 px-2 py-0.5 text-xs font-medium text-sky-900">Shared</span>;
}

export const ALL_GRADES: readonly ClinicalGrade[] = [1, 2, 3];
