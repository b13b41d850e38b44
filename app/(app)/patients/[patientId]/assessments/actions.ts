"use server";

import { isoDate } from "@/lib/format";
import { STAFF_ROLES } from "@/lib/server/actor";
import { action } from "@/lib/server/action";
import { createAssessment } from "@/lib/server/assessments";
import { clinicToday } from "@/lib/server/clinic";
import { getPatient } from "@/lib/server/patients";
import { parseAssessment } from "@/lib/validation/clinical";
import { formParser, zId } from "@/lib/validation/form";

/**
 * Called as createAssessmentAction(patientId, form). The form's schema is built per call: the
 * injury date is checked against the patient's date of birth and the clinic's today.
 */
export const createAssessmentAction = action(
  async ({ actor, args: [patientId] }) => {
    const patient = await getPatient(actor, patientId);
    const context = { dateOfBirth: isoDate(patient.dateOfBirth), today: await clinicToday(actor) };
    return formParser((fields) => parseAssessment(fields, context));
  },
  async (assessment, { actor, args: [patientId] }) => {
    const { id, screen } = await createAssessment(actor, patientId, assessment);
    return { id, blocked: screen.blocksPlan };
  },
  { name: "assessment.create", roles: STAFF_ROLES, args: [zId("patient")] },
);
