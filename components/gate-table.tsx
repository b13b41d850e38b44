import { describeTarget, formatMeasureValue, type GateResult } from "@/lib/domain/clinical/gates";
import { ScrollBox } from "@/components/progress/scroll-box";
import { formatDate } from "@/lib/format";

const STATUS_TEXT = { MET: "Met", NOT_MET: "Not met", NO_DATA: "Not measured" } as const;
const NO_DATA_TEXT = { MEASURE: "Not measured", CHECK: "Not measured", SESSIONS: "No sessions yet", SUBJECTIVE: "Not answered" } as const;
const STATUS_STYLE = { MET: "bg-green-100 text-green-900", NOT_MET: "bg-red-100 text-red-900", NO_DATA: "bg-slate-100 text-slate-800" } as const;

function gateDetail(r: GateResult): string {
  const gate = r.gate;
  switch (gate.kind) {
    case "CHECK":
      return "Therapist check";
    case "SESSIONS":
      return `${r.actual ?? 0} of ${gate.count} sessions logged with pain ${gate.maxPain}/10 or less`;
    case "SUBJECTIVE":
      return `Patient's rating ${r.actual !== undefined ? `${r.actual}/10` : "—"} (needs ${gate.minimum}/10 or more)`;
    case "MEASURE": {
      const actual = r.actual !== undefined ? formatMeasureValue(gate.measure, r.actual) : "—";
      return `${actual} (needs ${describeTarget(gate)})`;
    }
  }
}

/**
 * The current stage's gates with their status on the latest measures (plan page and progress
 * page): met, not met or not measured, the latest value and the visit it comes from.
 */
export function GateTable({ results, measuredOn }: { results: readonly GateResult[]; measuredOn: Readonly<Record<string, string>> }) {
  return (
    <ScrollBox label="Gate status">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Gate status from the latest measurements</caption>
        <thead className="text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              Gate
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Latest
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Measured
            </th>
            <th scope="col" className="py-2 font-medium">
              Status
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {results.map((r) => (
            <tr key={r.gate.key}>
              <td className="py-2 pr-3">{r.gate.label}</td>
              <td className="py-2 pr-3">{gateDetail(r)}</td>
              <td className="py-2 pr-3 whitespace-nowrap">{measuredOn[r.gate.key] ? formatDate(measuredOn[r.gate.key]!) : "—"}</td>
              <td className="py-2">
                <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[r.status]}`}>
                  {r.status === "NO_DATA" ? NO_DATA_TEXT[r.gate.kind] : STATUS_TEXT[r.status]}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
