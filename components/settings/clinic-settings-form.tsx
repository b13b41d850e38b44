"use client";

import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import { ADDRESS_MAX, CLINIC_NAME_MAX, EMERGENCY_MAX, PHONE_MAX } from "@/lib/validation/clinic";

export interface ClinicSettingsDefaults {
  name: string;
  address: string;
  phone: string;
  emergencyNumber: string;
  timeZone: string;
  handoutLanguage: "en" | "es";
  paperSize: "A4" | "LETTER";
}

/** The admin's form for the clinic's name, address, numbers, time zone and handout defaults. */
export function ClinicSettingsForm({
  defaults,
  timeZones,
  action,
}: {
  defaults: ClinicSettingsDefaults;
  /** Time zone names offered as suggestions (any IANA name is accepted). */
  timeZones: readonly string[];
  action: (form: FormData) => Promise<ActionResult<unknown>>;
}) {
  const { errors, message, status, pending, onSubmit } = useActionForm(action, { success: "Clinic settings saved." });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Clinic settings" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      {message ? <FormMessage>{message}</FormMessage> : null}
      <TextField
        id="name"
        label="Clinic name"
        required
        maxLength={CLINIC_NAME_MAX}
        defaultValue={defaults.name}
        error={errors.name}
        hint="Printed at the foot of every handout page."
        autoComplete="organization"
      />
      <TextField
        id="address"
        label="Address"
        maxLength={ADDRESS_MAX}
        defaultValue={defaults.address}
        error={errors.address}
        hint="One line, e.g. 12 River Street, Springfield."
        autoComplete="street-address"
      />
      <TextField
        id="phone"
        label="Clinic phone"
        type="tel"
        maxLength={PHONE_MAX}
        defaultValue={defaults.phone}
        error={errors.phone}
        hint="Printed as “Call the clinic: …”. Digits, spaces, +, - or brackets, e.g. +1 555 010 0100."
        autoComplete="off"
      />
      <TextField
        id="emergencyNumber"
        label="Emergency number"
        inputMode="numeric"
        maxLength={EMERGENCY_MAX}
        defaultValue={defaults.emergencyNumber}
        error={errors.emergencyNumber}
        hint="Your local emergency number, digits only, e.g. 112 or 911. Printed as “Emergency: …”."
        autoComplete="off"
      />
      <TextField
        id="timeZone"
        label="Time zone"
        required
        list="time-zones"
        defaultValue={defaults.timeZone}
        error={errors.timeZone}
        hint="Sets the clinic's today: handout dates, the portal's days, alerts. E.g. America/Chicago."
        autoComplete="off"
      />
      <datalist id="time-zones">
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <Field
        id="handoutLanguage"
        label="Default handout language"
        required
        error={errors.handoutLanguage}
        hint="New patients start in this language; you can change it per patient."
      >
        {(aria) => (
          <select name="handoutLanguage" defaultValue={defaults.handoutLanguage} {...aria}>
            <option value="en">English</option>
            <option value="es">Español</option>
          </select>
        )}
      </Field>
      <Field id="paperSize" label="Handout paper size" required error={errors.paperSize} hint="The paper your clinic prints handouts on.">
        {(aria) => (
          <select name="paperSize" defaultValue={defaults.paperSize} {...aria}>
            <option value="A4">A4</option>
            <option value="LETTER">US Letter</option>
          </select>
        )}
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save settings"}
        </Button>
        {status ? <FormMessage tone="success">{status}</FormMessage> : null}
      </div>
    </form>
  );
}
