// The hamstring template's dose notes in patient words, English and Spanish, declared once
// (KindWording.doseText): the template prints the English, the handout and the portal look the
// Spanish up here.
import type { Localized } from "../../../measures/types";

export const HAMSTRING_DOSE_TEXT = {
  twiceADay: { en: "Twice a day (Askling L-protocol).", es: "Dos veces al día (protocolo L de Askling)." },
  everyOtherDay: { en: "Every other day (Askling L-protocol).", es: "Un día sí y otro no (protocolo L de Askling)." },
  everyThirdDay: { en: "Every third day (Askling L-protocol).", es: "Cada tres días (protocolo L de Askling)." },
  smallLeans: { en: "Only small leans at first.", es: "Al principio, solo inclínese un poco." },
} as const satisfies Record<string, Localized>;
