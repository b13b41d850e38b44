// Run-walk return-to-run progression (Health & High Performance calf protocol; brief defaults).
export interface RunWalkLevel {
  level: number;
  walkMinutes: number;
  runMinutes: number;
}

/** Each block lasts 5 minutes and a session repeats it 6 times. */
export const RUN_WALK_LEVELS: RunWalkLevel[] = [
  { level: 1, walkMinutes: 4, runMinutes: 1 },
  { level: 2, walkMinutes: 3, runMinutes: 2 },
  { level: 3, walkMinutes: 2, runMinutes: 3 },
  { level: 4, walkMinutes: 1, runMinutes: 4 },
  { level: 5, walkMinutes: 0, runMinutes: 5 },
];

export const RUN_WALK_RULES = {
  blocksPerSession: 6,
  /** Move up a level after this many blocks with no rise in pain during the session or the next day. */
  painFreeBlocksToProgress: 6,
  /** Run on alternate days only. */
  restDaysBetweenRuns: 1,
} as const;

export const RUN_WALK_SUMMARY =
  "Level 1: walk 4 min, run 1 min. Then walk 3 / run 2, walk 2 / run 3, walk 1 / run 4, then run 5 min. Repeat the 5-minute block 6 times. Move up a level after 6 blocks with no rise in pain. Run every second day.";

export const RUN_WALK_SUMMARY_ES =
  "Nivel 1: caminar 4 min, correr 1 min. Luego caminar 3 / correr 2, caminar 2 / correr 3, caminar 1 / correr 4 y después correr 5 min. Repita el bloque de 5 minutos 6 veces. Suba de nivel tras 6 bloques sin más dolor. Corra un día sí y otro no.";
