// The portal's pieces rendered in Spanish show no English catalogue sentence (issue 10, point 4),
// and English renders exactly the English words the portal has always shown.
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { CareAdviceSection } from "@/components/portal/care-advice";
import { DailyLogForm, type LogExercise } from "@/components/portal/daily-log-form";
import { PortalNav } from "@/components/portal/portal-nav";
import { SetPasswordForm } from "@/components/portal/set-password-form";
import { exerciseAims, loggableDays, plainDose, portalWords, shortDay } from "@/components/portal/wording";
import type { Locale } from "@/lib/domain/clinical/types";
import { CALF_KIND } from "@/lib/domain/injuries/calf";
import { CARE_TEXT, careAdvice } from "@/lib/domain/injuries/care";
import { exerciseDrawing } from "@/lib/domain/injuries/illustrations";
import { MESSAGES } from "@/lib/i18n/messages";

vi.mock("next/navigation", () => ({
  usePathname: () => "/portal",
  useRouter: () => ({ push: () => {}, replace: () => {}, refresh: () => {} }),
}));

type Tree = { [key: string]: string | Tree };
const strings = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === "string" ? [v] : strings(v)));

/** The English catalogue's literal text between placeholders, where it has at least two words. */
const ENGLISH_SENTENCES = [
  ...strings(MESSAGES.en as unknown as Tree),
  CARE_TEXT.en.heading,
  CARE_TEXT.en.intro,
  CARE_TEXT.en.newSwelling.question,
  CARE_TEXT.en.newSwelling.hint,
]
  .flatMap((m) => m.replace(/\{[^{}]*\{[^{}]*\}[^{}]*\}|<\/?\w+>/g, "|").split(/\{[^}]*\}|\|/))
  .map((s) =>
    s
      .trim()
      .replace(/^[,.:()]+|[,.:()]+$/g, "")
      .trim(),
  )
  .filter((s) => s.includes(" "));

const TODAY = "2026-12-04"; // a Friday
const DOSE = { sets: 3, reps: 15, frequency: { times: 2, per: "DAY" as const }, painLimit: 3 };

function exercises(locale: Locale): LogExercise[] {
  const words = portalWords(locale);
  const days = loggableDays(TODAY, 6, words).map((d) => d.value);
  const [aims] = exerciseAims({ exercises: [{ exerciseKey: "heel-raise", dose: DOSE }] }, days, words);
  return [
    {
      key: "heel-raise",
      name: locale === "es" ? "Elevación de talón" : "Heel raise",
      dose: plainDose(DOSE, words),
      notes: null,
      purpose: "p",
      steps: ["s"],
      cues: ["c"],
      aims: aims!,
      maxSets: 12,
      drawing: exerciseDrawing("single-leg-heel-raise"),
      picture: null,
      group: null,
    },
  ];
}

type SaveAction = () => Promise<{ ok: true; data: { date: string; advice: null } }>;

/** The day's log as the Today page renders it, in `locale`, for a stage without tracks unless `tracked`. */
function logForm(locale: Locale, action: SaveAction, tracked = false) {
  const es = locale === "es";
  return (
    <DailyLogForm
      exercises={exercises(locale).map((e) => ({ ...e, group: tracked ? "running" : null }))}
      groups={tracked ? [{ key: "running", heading: es ? "Correr: paso 1 de 2" : "Running: step 1 of 2", intro: es ? "Trote suave." : "Easy jogging." }] : []}
      questions={
        tracked
          ? [{ key: "running/confident", question: es ? "¿Qué tan seguro se siente para correr rápido?" : "How sure do you feel to run fast?", minimum: 7 }]
          : []
      }
      days={loggableDays(TODAY, 6, portalWords(locale))}
      swelling={CARE_TEXT[locale].newSwelling}
      saved={{}}
      howDidItFeel={CALF_KIND.wording.portal[locale].howDidItFeel}
      words={MESSAGES[locale].log}
      locale={locale}
      action={action}
    />
  );
}

/** A stage with two tracks: the exercise under its track's heading, and a question to rate. */
const trackedLog = (locale: Locale, action: SaveAction) => logForm(locale, action, true);

const unescape = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");

function render(locale: Locale, node: ReactNode): string {
  return unescape(
    renderToStaticMarkup(
      <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="UTC">
        {node}
      </NextIntlClientProvider>,
    ),
  );
}

function portal(locale: Locale): string {
  const action = async () => ({ ok: true as const, data: { date: TODAY, advice: null } });
  return [
    render(locale, <PortalNav words={MESSAGES[locale].nav} />),
    render(locale, logForm(locale, action)),
    render(locale, trackedLog(locale, action)),
    render(locale, <CareAdviceSection care={careAdvice(CALF_KIND.wording, locale, { phone: "555 0100", emergencyNumber: "911" })} />),
    render(locale, <SetPasswordForm email="ana@example.com" action={async () => ({ ok: true as const, data: { email: "ana@example.com" } })} />),
  ].join("\n");
}

describe("the portal in Spanish", () => {
  it("checks a meaningful list of English sentences", () => {
    expect(ENGLISH_SENTENCES).toEqual(expect.arrayContaining(["Today's exercises", "Save today's log", "Stop and get care", "Your aim"]));
  });

  it("shows no English catalogue sentence in the nav, daily log, care advice and password form", () => {
    const html = portal("es");
    expect(ENGLISH_SENTENCES.filter((s) => html.includes(s))).toEqual([]);
    for (const spanish of [
      "Ejercicios de hoy",
      "Series hechas",
      "Guardar el registro de hoy",
      "Pare y busque atención médica",
      "Su meta de hoy: 6 series",
      "0 es nada y 10 es totalmente. Su terapeuta busca 7 o más antes del siguiente paso.",
    ]) {
      expect(html).toContain(spanish);
    }
    // The exercise's picture is named in Spanish too.
    expect(html).toContain(`role="img" aria-label="${exerciseDrawing("single-leg-heel-raise")!.alt.es}"`);
  });

  it("keeps the English portal's words exactly", () => {
    const html = portal("en");
    for (const english of [
      "Today's exercises",
      "Sets done",
      "Save today's log",
      "Stop and get care",
      "Your aim today: 6 sets (3 sets, twice a day).",
      "Today, Fri 4 Dec",
      "0 means not at all, 10 means completely. Your therapist looks for 7 or more before the next step.",
    ]) {
      expect(html).toContain(english);
    }
  });

  it("a stage with tracks shows each exercise under its track's heading and asks the stage's question on a 0-10 scale", () => {
    const html = render(
      "en",
      trackedLog("en", async () => ({ ok: true as const, data: { date: TODAY, advice: null } })),
    );
    expect(html).toMatch(/<h3 id="group-running"[^>]*>Running: step 1 of 2<\/h3>/);
    expect(html).toMatch(/<h4 id="sets-heel-raise-name"[^>]*>Heel raise<\/h4>/);
    expect(html.indexOf("Running: step 1 of 2")).toBeLessThan(html.indexOf("Heel raise"));
    expect(html).toContain("<legend");
    expect(html).toContain("How sure do you feel to run fast?");
    expect(html.match(/name="rating_running\/confident"/g)).toHaveLength(11);
  });

  it("words doses, days and aims in Spanish", () => {
    const es = portalWords("es");
    expect(plainDose(DOSE, es)).toBe("3 series de 15, dos veces al día");
    expect(plainDose({ ...DOSE, reps: null, holdSeconds: 30, frequency: { times: 1, per: "WEEK" } }, es)).toBe(
      "3 veces sosteniendo 30 segundos, una vez a la semana",
    );
    expect(plainDose(DOSE)).toBe("3 sets of 15, twice a day");
    expect(shortDay(TODAY, "es")).toMatch(/^vie\.?,? 4 dic/);
    expect(loggableDays(TODAY, 1, es).map((d) => d.label)[1]).toMatch(/^Ayer, jue/);
    const [weekly] = exerciseAims({ exercises: [{ exerciseKey: "x", dose: { ...DOSE, frequency: { times: 3, per: "WEEK" } } }] }, [TODAY], es);
    expect(weekly![TODAY]!.text).toMatch(/^Su meta de hoy: .*3 veces a la semana: .* y /);
  });
});
