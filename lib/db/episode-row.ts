// The injury_episode row and the domain's Injury, both ways: one mapping for the app's
// assessments and the demo seed.
import type { BaselineMeasures, Injury, ScreenResult } from "@/lib/domain/clinical/types";
import type { ScreenAnswers } from "@/lib/domain/injuries";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDate } from "@/lib/format";

const json = (v: unknown) => v as Prisma.InputJsonValue;

/** Columns of a new episode: the injury, the baseline and the red-flag screen with its result. */
export function episodeColumns(injury: Injury, baseline: BaselineMeasures, screen: ScreenAnswers, result: ScreenResult) {
  return {
    muscle: injury.muscle,
    side: injury.side,
    injuryDate: new Date(`${injury.injuryDate}T00:00:00Z`),
    onset: injury.onset,
    duringRunning: injury.duringRunning,
    repeatInjury: injury.repeatInjury,
    clinicalGrade: injury.clinicalGrade,
    bamicGrade: injury.bamicGrade ?? null,
    bamicSite: injury.bamicSite ?? null,
    mechanism: injury.mechanism ?? null,
    baseline: json(baseline),
    screen: json(screen),
    screenResult: json(result),
    wellsScore: result.wellsScore,
    blocksPlan: result.blocksPlan,
    urgency: result.urgency,
  } satisfies Partial<Prisma.InjuryEpisodeUncheckedCreateInput>;
}

export function injuryOf(row: {
  muscle: string;
  side: string;
  injuryDate: Date;
  onset: string;
  duringRunning: boolean;
  repeatInjury: boolean;
  clinicalGrade: number;
  bamicGrade: number | null;
  bamicSite: string | null;
  mechanism: string | null;
}): Injury {
  return {
    muscle: row.muscle as Injury["muscle"],
    side: row.side as Injury["side"],
    injuryDate: isoDate(row.injuryDate),
    onset: row.onset as Injury["onset"],
    duringRunning: row.duringRunning,
    repeatInjury: row.repeatInjury,
    clinicalGrade: row.clinicalGrade as Injury["clinicalGrade"],
    bamicGrade: row.bamicGrade as Injury["bamicGrade"],
    bamicSite: row.bamicSite as Injury["bamicSite"],
    mechanism: row.mechanism,
  };
}
