import type { Metadata } from "next";
import { ClinicSettingsForm } from "@/components/settings/clinic-settings-form";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { requireActor } from "@/lib/server/auth";
import { getClinicSettings } from "@/lib/server/clinic";
import { orNotFound } from "@/lib/server/page";
import { updateClinicSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Clinic settings" };

export default async function SettingsPage() {
  const actor = await requireActor(undefined, "/settings");
  // Admins only: anyone else gets the 404 page, and the refusal is audited.
  const settings = await orNotFound(getClinicSettings(actor));
  return (
    <div className="max-w-2xl space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold">Clinic settings</h1>
        <SettingsTabs current="/settings" />
        <p className="text-sm text-slate-600">
          {settings.name}. The numbers below are printed in the &ldquo;Stop and get care&rdquo; box of every handout and shown to patients in the portal. Left
          blank, patients are told to call the clinic or their local emergency number, without a number. The paper size and language set how handouts are
          printed.
        </p>
      </div>
      <ClinicSettingsForm
        defaults={{
          name: settings.name,
          address: settings.address ?? "",
          phone: settings.phone ?? "",
          emergencyNumber: settings.emergencyNumber ?? "",
          timeZone: settings.timeZone,
          handoutLanguage: settings.handoutLanguage,
          paperSize: settings.paperSize,
        }}
        timeZones={Intl.supportedValuesOf("timeZone")}
        action={updateClinicSettingsAction}
      />
    </div>
  );
}
