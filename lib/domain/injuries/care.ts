// "Stop and get care": the one place that turns a kind's declared care signs (wording.care) into
// what the patient reads. The handout's care box, the seek-care education section and the
// portal's care advice are all built here, so they cannot drift apart. The text around the signs
// (headings, the clinic's phone, the emergency number, the portal's questions and advice) sits
// here too, in English and Spanish. Plain words, about a 6th-8th grade reading level.
import type { EducationSection, Locale } from "../clinical/types";
import type { CareSign, CareUrgency, KindWording } from "./types";

/** Education key of the seek-care section; the handout prints the care box in its place. */
export const SEEK_CARE_KEY = "seek-care";

/** Most urgent first: the order of the groups everywhere. */
export const CARE_URGENCIES: readonly CareUrgency[] = ["emergency", "today", "soon"];

/** The clinic's numbers (clinic settings); null when the clinic has not set one. */
export interface ClinicContact {
  readonly phone: string | null;
  readonly emergencyNumber: string | null;
}

export const NO_CONTACT: ClinicContact = { phone: null, emergencyNumber: null };

interface CareText {
  heading: string;
  intro: string;
  groupHeadings: Record<CareUrgency, string>;
  closing: string;
  /** "Call the clinic: 555 0100"; without a number, still an instruction, never an empty label. */
  callClinic: (phone: string | null) => string;
  emergency: (emergencyNumber: string | null) => string;
  /** The portal's daily-log question about new signs of a clot or an infection. */
  newSwelling: { question: string; hint: string; yes: string; no: string };
  /** What the portal tells the patient right after a worrying log. */
  immediate: {
    heading: string;
    pain: (pain: number) => string;
    sign: string;
    stop: string;
    callClinic: (phone: string | null) => string;
    emergency: (emergencyNumber: string | null) => string;
    therapist: string;
  };
}

export const CARE_TEXT: Readonly<Record<Locale, CareText>> = {
  en: {
    heading: "Stop and get care",
    intro: "Stop your exercises if you notice any of these signs.",
    groupHeadings: {
      emergency: "Get emergency help now if:",
      today: "See a doctor or call the clinic today if:",
      soon: "Call your therapist or doctor soon if:",
    },
    closing: "If you are not sure, stop and ask. It is always OK to call.",
    callClinic: (phone) => (phone ? `Call the clinic: ${phone}` : "Call the clinic. Use the number your clinic gave you."),
    emergency: (n) => (n ? `Emergency: ${n}` : "Emergency: call your local emergency number."),
    newSwelling: {
      question: "Any new swelling, redness or warmth in the leg?",
      hint: "Look at both legs and touch them. Tell us about anything new since your last log.",
      yes: "Yes",
      no: "No",
    },
    immediate: {
      heading: "Do this now",
      pain: (pain) => `You logged pain of ${pain} out of 10. That is more than your exercises should cause.`,
      sign: "You said your leg has new swelling, redness or warmth.",
      stop: "Stop your exercises for now.",
      callClinic: (phone) => (phone ? `Call the clinic today on ${phone}.` : "Call the clinic today."),
      emergency: (n) =>
        n
          ? `If you have chest pain or you are short of breath, call ${n} now.`
          : "If you have chest pain or you are short of breath, call your local emergency number now.",
      therapist: "Your therapist will also see what you logged.",
    },
  },
  es: {
    heading: "Pare y busque atención médica",
    intro: "Deje sus ejercicios si nota alguna de estas señales.",
    groupHeadings: {
      emergency: "Pida ayuda de emergencia ahora si:",
      today: "Vea a un médico o llame a la clínica hoy si:",
      soon: "Llame pronto a su terapeuta o médico si:",
    },
    closing: "Si tiene dudas, pare y pregunte. Siempre puede llamar.",
    callClinic: (phone) => (phone ? `Llame a la clínica: ${phone}` : "Llame a la clínica. Use el número que le dio su clínica."),
    emergency: (n) => (n ? `Emergencias: ${n}` : "Emergencias: llame al número de emergencias de su zona."),
    newSwelling: {
      question: "¿Tiene hinchazón, enrojecimiento o calor nuevos en la pierna?",
      hint: "Mire y toque las dos piernas. Cuéntenos cualquier cambio desde su último registro.",
      yes: "Sí",
      no: "No",
    },
    immediate: {
      heading: "Haga esto ahora",
      pain: (pain) => `Anotó un dolor de ${pain} de 10. Es más de lo que deberían causar sus ejercicios.`,
      sign: "Dijo que tiene hinchazón, enrojecimiento o calor nuevos en la pierna.",
      stop: "Deje sus ejercicios por ahora.",
      callClinic: (phone) => (phone ? `Llame hoy a la clínica al ${phone}.` : "Llame hoy a la clínica."),
      emergency: (n) =>
        n
          ? `Si tiene dolor en el pecho o le falta el aire, llame ahora al ${n}.`
          : "Si tiene dolor en el pecho o le falta el aire, llame ahora al número de emergencias de su zona.",
      therapist: "Su terapeuta también verá lo que anotó.",
    },
  },
};

export interface CareGroup {
  urgency: CareUrgency;
  heading: string;
  items: string[];
}

/** The "Stop and get care" advice as the handout's box and the portal show it. */
export interface CareAdvice {
  heading: string;
  intro: string;
  /** "Call the clinic: ..." and "Emergency: ...", always both. */
  contact: string[];
  groups: CareGroup[];
  closing: string;
}

function text(locale: Locale): CareText {
  return CARE_TEXT[locale] ?? CARE_TEXT.en;
}

/** A kind's signs grouped by urgency (most urgent first, empty groups left out), in `locale`. */
export function careGroups(signs: readonly CareSign[], locale: Locale): CareGroup[] {
  const t = text(locale);
  return CARE_URGENCIES.map((urgency) => ({
    urgency,
    heading: t.groupHeadings[urgency],
    items: signs.filter((sign) => sign.urgency === urgency).map((sign) => sign.text[locale] ?? sign.text.en),
  })).filter((group) => group.items.length > 0);
}

/** Trims a stored number; blank is "not set". */
function contactValue(value: string | null | undefined): string | null {
  const trimmed = typeof value === "string" ? value.trim() : "";
  return trimmed.length > 0 ? trimmed : null;
}

/** Cleans the clinic's numbers for printing: blank or missing becomes null. */
export function clinicContact(contact: Partial<ClinicContact> | null | undefined): ClinicContact {
  return { phone: contactValue(contact?.phone), emergencyNumber: contactValue(contact?.emergencyNumber) };
}

/** The kind's care advice in `locale`, with the clinic's numbers (or words instead of them). */
export function careAdvice(wording: Pick<KindWording, "care">, locale: Locale, contact: Partial<ClinicContact> | null = NO_CONTACT): CareAdvice {
  const t = text(locale);
  const c = clinicContact(contact);
  return {
    heading: t.heading,
    intro: t.intro,
    contact: [t.callClinic(c.phone), t.emergency(c.emergencyNumber)],
    groups: careGroups(wording.care, locale),
    closing: t.closing,
  };
}

/**
 * The seek-care education section, built from the kind's signs (English body, Spanish
 * translation), so the education text and the care box are the same list.
 */
export function seekCareSection(signs: readonly CareSign[]): EducationSection {
  const body = (locale: Locale) => careGroups(signs, locale).flatMap((group) => [group.heading, ...group.items]);
  return {
    key: SEEK_CARE_KEY,
    title: CARE_TEXT.en.heading,
    body: body("en"),
    translations: { es: { title: CARE_TEXT.es.heading, body: body("es") } },
  };
}
