// The patient-facing sections of the sheet and the leaflet as plain text, for the readability
// targets of issue 10 (English SMOG <= 8, Spanish INFLESZ >= 55; lib/domain/clinical/readability.ts).
import type { HandoutViewModel } from "./types";

export interface HandoutSection {
  name: string;
  /** One string per printed paragraph, list item or line. */
  lines: string[];
}

/** Every section a patient reads on the sheet, then each section of the leaflet. */
export function handoutSections(vm: HandoutViewModel): HandoutSection[] {
  const stage = vm.currentStage;
  const sections: HandoutSection[] = [
    { name: "stage and goal", lines: [stage?.purpose ?? "", vm.sheet.milestone ? `${vm.sheet.milestone.label}: ${vm.sheet.milestone.value}` : ""] },
    { name: "pain rule", lines: [stage?.painRule ?? "", stage?.specialistNotice ?? ""] },
    {
      name: "care box",
      lines: [vm.careBox.intro, ...vm.careBox.contact, ...vm.careBox.groups.flatMap((g) => [g.heading, ...g.items]), vm.careBox.closing],
    },
    ...vm.sheet.exercises.map((e) => ({ name: `exercise ${e.number}: ${e.name}`, lines: [...e.steps, e.use ?? "", e.note ?? "", e.painNote ?? ""] })),
    { name: "tick grid", lines: [vm.sheet.grid.intro, vm.sheet.grid.coverage] },
    { name: "portal", lines: [vm.sheet.portal?.text ?? ""] },
    ...vm.education.sections.map((section) => ({ name: `leaflet: ${section.title}`, lines: section.body })),
  ];
  return sections.map((s) => ({ ...s, lines: s.lines.filter((line) => line.trim().length > 0) })).filter((s) => s.lines.length > 0);
}
