// The portal's client components get their words from the server as the catalogue's own strings
// (lib/i18n/messages/<locale>.json) and fill the {placeholders} here, instead of loading the ICU
// message parser into the browser (issue 13: the portal's script weight). The catalogue stays the
// one source; tests/unit/portal-words.test.ts checks that these namespaces use plain
// placeholders only (no plural or select forms this function would not understand).

/** "Sets of {name}" + { name: "Bridge" } -> "Sets of Bridge"; an unknown placeholder is left as it is. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** The namespaces of the catalogue that client components of the portal read through fill(). */
export const CLIENT_NAMESPACES = ["log", "nav"] as const;
