import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AlertKind } from "@/lib/domain/progress";
import { foldForSearch } from "@/lib/domain/text";
import { isoDate } from "@/lib/format";
import { assertStaff, type Actor } from "@/lib/server/actor";
import { audit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";

/** Rows per worklist page. */
export const WORKLIST_PAGE_SIZE = 25;

export type WorklistScope = "mine" | "clinic";
export type WorklistAlertFilter = "any" | AlertKind;

export const ALERT_FILTERS: { value: WorklistAlertFilter; label: string }[] = [
  { value: "any", label: "Any open alert" },
  { value: "HIGH_PAIN", label: "High pain" },
  { value: "NEW_SWELLING", label: "New swelling" },
  { value: "PAIN_RISE", label: "Pain rising" },
  { value: "INACTIVE", label: "No recent log" },
  { value: "READY_TO_PROGRESS", label: "Ready to progress" },
];

const ALERT_COLUMN: Record<AlertKind, keyof Prisma.PlanSummaryWhereInput> = {
  HIGH_PAIN: "openHighPain",
  NEW_SWELLING: "openNewSwelling",
  PAIN_RISE: "openPainRise",
  INACTIVE: "openInactive",
  READY_TO_PROGRESS: "openReady",
};

export interface WorklistQuery {
  page?: number;
  q?: string;
  scope?: WorklistScope;
  /** Stage number (1 = the first stage). */
  stage?: number | null;
  alert?: WorklistAlertFilter | null;
}

export interface WorklistRow {
  planId: string;
  patientId: string;
  name: string;
  stageNumber: number;
  stageCount: number;
  stage: string;
  lastActivity: string | null;
  adherence: number | null;
  openAlerts: number;
  openWarnings: number;
  topAlert: string | null;
  gatesMet: number;
  gatesTotal: number;
}

export interface Worklist {
  rows: WorklistRow[];
  /** Everything that matches the search and filters, on every page. */
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  /** The query as applied (bad values dropped). */
  query: { q: string; scope: WorklistScope; stage: number | null; alert: WorklistAlertFilter | null };
}

/** Reads a URL's query (?page=&q=&scope=&stage=&alert=): anything unknown falls back to the default. */
export function parseWorklistQuery(params: Record<string, string | string[] | undefined>): WorklistQuery {
  const one = (k: string) => {
    const v = params[k];
    return (Array.isArray(v) ? v[0] : v) ?? "";
  };
  const page = Number.parseInt(one("page"), 10);
  const stage = Number.parseInt(one("stage"), 10);
  const alert = ALERT_FILTERS.find((f) => f.value === one("alert"))?.value ?? null;
  return {
    page: Number.isFinite(page) && page > 0 ? page : 1,
    q: one("q").slice(0, 100),
    scope: one("scope") === "clinic" ? "clinic" : "mine",
    stage: Number.isFinite(stage) && stage > 0 && stage < 100 ? stage : null,
    alert,
  };
}

/**
 * The therapist's worklist: one row per active plan, from plan_summary (kept current by the
 * writes, decision 027), filtered, ordered and paged in SQL. Needs attention first: open warnings,
 * then other open alerts, then all gates of the stage met, then the longest without activity;
 * then by name. Nothing here runs the progress rules or writes an alert.
 */
export async function getWorklist(actor: Actor, query: WorklistQuery = {}): Promise<Worklist> {
  assertStaff(actor);
  const scope: WorklistScope = query.scope === "clinic" ? "clinic" : "mine";
  const folded = foldForSearch(query.q ?? "").slice(0, 100);
  const stage = query.stage && Number.isInteger(query.stage) && query.stage > 0 ? query.stage : null;
  const alert = query.alert ?? null;
  const where: Prisma.PlanSummaryWhereInput = {
    clinicId: actor.clinicId,
    ...(scope === "mine" ? { therapistId: actor.userId } : {}),
    ...(stage ? { stageNumber: stage } : {}),
    ...(alert === "any" ? { OR: [{ openWarning: { gt: 0 } }, { openInfo: { gt: 0 } }] } : alert ? { [ALERT_COLUMN[alert]]: { gt: 0 } } : {}),
    // Infix, accent- and case-folded: served by the trigram index on search_name.
    ...(folded ? { AND: folded.split(" ").map((term) => ({ searchName: { contains: term } })) } : {}),
  };
  const total = await db.planSummary.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / WORKLIST_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(query.page ?? 1)), pageCount);
  const rows = await db.planSummary.findMany({
    where,
    orderBy: [
      { openWarning: "desc" },
      { openInfo: "desc" },
      { gatesAllMet: "desc" },
      { lastActivity: { sort: "asc", nulls: "first" } },
      { sortName: "asc" },
      { planId: "asc" },
    ],
    skip: (page - 1) * WORKLIST_PAGE_SIZE,
    take: WORKLIST_PAGE_SIZE,
  });
  await audit(actor, {
    action: "dashboard.read",
    outcome: "SUCCESS",
    entityType: "Patient",
    detail: { scope, page, searched: folded.length > 0, stage, alert, returned: rows.length },
  });
  return {
    rows: rows.map((r) => ({
      planId: r.planId,
      patientId: r.patientId,
      name: r.patientName,
      stageNumber: r.stageNumber,
      stageCount: r.stageCount,
      stage: r.stageLabel,
      lastActivity: r.lastActivity ? isoDate(r.lastActivity) : null,
      adherence: r.weekAdherence,
      openAlerts: r.openWarning + r.openInfo,
      openWarnings: r.openWarning,
      topAlert: r.topAlert,
      gatesMet: r.gatesMet,
      gatesTotal: r.gatesTotal,
    })),
    total,
    page,
    pageCount,
    pageSize: WORKLIST_PAGE_SIZE,
    query: { q: folded ? (query.q ?? "").trim() : "", scope, stage, alert },
  };
}
