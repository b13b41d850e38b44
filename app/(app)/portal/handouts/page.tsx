import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { requireActor } from "@/lib/server/auth";
import { orNotFound } from "@/lib/server/page";
import { getPortalHome } from "@/lib/server/portal";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("handouts");
  return { title: t("title") };
}

const choice =
  "flex min-h-12 cursor-pointer items-center gap-3 rounded-md border border-slate-400 bg-white px-4 text-base has-[:checked]:border-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600";

export default async function HandoutsPage() {
  const actor = await requireActor(["PATIENT"], "/portal/handouts");
  const home = await orNotFound(getPortalHome(actor));
  const { plan } = home;
  const t = await getTranslations({ locale: home.locale, namespace: "handouts" });

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>
      {plan ? (
        <section aria-labelledby="handout-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <div>
            <h2 id="handout-heading" className="text-xl font-semibold">
              {t("current")}
            </h2>
            <p>{t("stage", { current: plan.stageIndex + 1, total: plan.stageCount, name: plan.stage.name })}</p>
          </div>
          {/* A plain GET form: the route answers with the PDF as an attachment, so the browser downloads it. */}
          <form method="get" action={`/api/plans/${plan.id}/handout`} aria-labelledby="handout-heading" className="space-y-4">
            <fieldset className="space-y-2">
              <legend className="font-medium">{t("language")}</legend>
              <div className="grid grid-cols-2 gap-2">
                <label className={choice}>
                  <input type="radio" name="lang" value="en" defaultChecked={home.locale === "en"} className="h-5 w-5 accent-brand-700" />
                  <span lang="en">English</span>
                </label>
                <label className={choice}>
                  <input type="radio" name="lang" value="es" defaultChecked={home.locale === "es"} className="h-5 w-5 accent-brand-700" />
                  <span lang="es">Español</span>
                </label>
              </div>
            </fieldset>
            <label className={choice}>
              <input type="checkbox" name="large" value="1" aria-describedby="large-hint" className="h-5 w-5 accent-brand-700" />
              {t("largePrint")}
            </label>
            <p id="large-hint" className="-mt-2 text-sm text-slate-700">
              {t("largeHint")}
            </p>
            <label className={choice}>
              <input type="checkbox" name="leaflet" value="1" aria-describedby="leaflet-hint" className="h-5 w-5 accent-brand-700" />
              {t("leaflet")}
            </label>
            <p id="leaflet-hint" className="-mt-2 text-sm text-slate-700">
              {t("leafletHint")}
            </p>
            <button type="submit" className={buttonClass("primary", "min-h-12 w-full text-base!")}>
              {t("download")}
            </button>
          </form>
        </section>
      ) : (
        <p className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">{t("noPlan")}</p>
      )}
      {actor.patientId ? (
        <section aria-labelledby="record-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="record-heading" className="text-xl font-semibold">
            Your health record
          </h2>
          <p>Your injury, plan, measurements and logs in FHIR, the standard format other health services can read.</p>
          <a href={`/api/patients/${actor.patientId}/fhir`} download className={buttonClass("secondary", "min-h-12 w-full text-base!")}>
            Download FHIR record (JSON)
          </a>
        </section>
      ) : null}
    </div>
  );
}
