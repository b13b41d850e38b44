import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { MeasurementForm } from "@/components/measurement-form";
import { CHECK_META } from "@/lib/domain/clinical";
import { CHECK_KEYS } from "@/lib/domain/clinical/types";
import { fullName } from "@/lib/domain/text";
import { STAFF_ROLES } from "@/lib/server/actor";
import { requireActor } from "@/lib/server/auth";
import { clinicToday } from "@/lib/server/clinic";
import { orNotFound } from "@/lib/server/page";
import { getPatient, isUuid } from "@/lib/server/patients";
import { recordMeasurementAction } from "../actions";

export const metadata: Metadata = { title: "Record measurements" };

export default async function NewMeasurementPage({ params, searchParams }: { params: Promise<{ patientId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { patientId } = await params;
  const actor = await requireActor(STAFF_ROLES, `/patients/${patientId}/measurements/new`);
  const patient = await orNotFound(getPatient(actor, patientId));
  const plan = (await searchParams).plan;
  const back = typeof plan === "string" && isUuid(plan) ? `/plans/${plan}` : `/patients/${patient.id}`;
  return (
    <div className="max-w-4xl space-y-6">
      <Breadcrumbs items={[{ label: fullName(patient), href: `/patients/${patient.id}` }]} current="Record measurements" />
      <h1 className="text-2xl font-semibold">Record measurements</h1>
      <p className="text-sm text-slate-600">Fill in what you measured today; leave the rest empty. Gates use the latest value of each measure.</p>
      <MeasurementForm
        action={recordMeasurementAction.bind(null, patient.id)}
        today={await clinicToday(actor)}
        checks={CHECK_KEYS.map((key) => ({ key, label: CHECK_META[key].label, description: CHECK_META[key].description }))}
        cancelHref={back}
        doneHref={back}
      />
    </div>
  );
}
