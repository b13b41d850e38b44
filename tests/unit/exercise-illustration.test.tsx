import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ExerciseIllustration } from "@/components/exercise-illustration";
import { exerciseDrawing } from "@/lib/domain/injuries/illustrations";

const drawing = exerciseDrawing("seated-soleus-raise")!;

describe("exercise illustration", () => {
  const html = renderToStaticMarkup(<ExerciseIllustration drawing={drawing} />);

  it("is one svg image named by its alt text, scaling with the width of its container", () => {
    expect(html).toMatch(/^<svg [^>]*viewBox="0 0 300 100"/);
    expect(html).toMatch(/^<svg [^>]*role="img"/);
    expect(html).toContain(`aria-label="${drawing.alt.en}"`);
    expect(drawing.alt.en).toMatch(/^Sitting on a chair, .*heel/);
    expect(html).toMatch(/^<svg [^>]*class="h-auto w-full"/);
    expect(html).not.toMatch(/^<svg [^>]*(width|height)=/);
  });

  it("paints every shape of the drawing, the arrow included", () => {
    const count = (tag: string) => (html.match(new RegExp(`<${tag}[ >]`, "g")) ?? []).length;
    const expected = (kind: string) => drawing.shapes.filter((s) => s.kind === kind).length;
    for (const kind of ["line", "circle", "polygon", "rect", "path"] as const) {
      expect(count(kind), kind).toBe(expected(kind));
    }
    expect(html).toMatch(/<path d="M[\d.]+ [\d.]+ Q[\d.]+ [\d.]+ [\d.]+ [\d.]+" stroke="#1d4ed8"/);
  });

  it("takes the Spanish alt text and a class", () => {
    const es = renderToStaticMarkup(<ExerciseIllustration drawing={drawing} locale="es" className="w-40" />);
    expect(es).toContain(`aria-label="${drawing.alt.es}"`);
    expect(drawing.alt.es).toMatch(/^Persona sentada en una silla/);
    expect(es).toMatch(/^<svg [^>]*class="w-40"/);
  });
});
