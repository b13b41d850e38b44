import { inflateSync } from "node:zlib";
import { Document, Page, renderToBuffer } from "@react-pdf/renderer";
import { PDFParse } from "pdf-parse";
import { createElement as h, type ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { exerciseDrawing } from "@/lib/domain/injuries/illustrations";
import { INK } from "@/lib/illustrations";
import { ILLUSTRATION_WIDTH, illustrationSvg, illustrationWithCaption } from "@/lib/pdf/illustration.mjs";

const drawing = exerciseDrawing("single-leg-heel-raise")!;

async function render(block: ReactElement): Promise<Buffer> {
  const doc = h(Document, null, h(Page, { size: "A4", style: { padding: 36 } }, block));
  return renderToBuffer(doc as Parameters<typeof renderToBuffer>[0]);
}

/** The page content streams, inflated: the drawing operators react-pdf wrote. */
function contentStreams(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    try {
      out.push(inflateSync(Buffer.from(m[1]!, "latin1")).toString("latin1"));
    } catch {
      // not a deflated stream (fonts and the like)
    }
  }
  return out.join("\n");
}

/** The PDF colour operands for a hex colour, as react-pdf writes them. */
function rgb(hex: string): string {
  return [1, 3, 5].map((i) => String(parseInt(hex.slice(i, i + 2), 16) / 255)).join(" ");
}

describe("PDF illustration renderer", () => {
  it("renders a valid PDF whose page strokes the figure, the injured leg and the arrow", async () => {
    const pdf = await render(illustrationSvg(drawing));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const ops = contentStreams(pdf);
    const strokes = ops.match(/^S$/gm) ?? [];
    const lines = drawing.shapes.filter((s) => s.kind === "line").length;
    expect(strokes.length).toBeGreaterThanOrEqual(lines);
    // Two thighs, two shanks (strokes) and two feet (stroke and fill), one per panel.
    expect(ops.split(`${rgb(INK.injured)} SCN`).length - 1).toBeGreaterThanOrEqual(6);
    expect(ops).toContain(`${rgb(INK.injured)} scn`);
    expect(ops).toContain(`${rgb(INK.arrow)} SCN`);
    // The curved arrow shaft is a Bézier curve.
    expect(ops).toMatch(/ c\n/);
  });

  it("keeps the drawing's 3:1 shape at the width asked for", async () => {
    expect(ILLUSTRATION_WIDTH).toBe(300);
    const svg = illustrationSvg(drawing, 240) as ReactElement<{ width: number; height: number; viewBox: string }>;
    expect(svg.props).toMatchObject({ width: 240, height: 80, viewBox: "0 0 300 100" });
  });

  it("prints the alt text under the drawing, in the language asked for", async () => {
    const pdf = await render(illustrationWithCaption(drawing, { width: 250, locale: "en" }));
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    try {
      const text = (await parser.getText()).text.replace(/\s+/g, " ");
      expect(text).toContain("Standing on the injured leg, holding a counter");
      expect(text).toContain("the arrow shows the heel going up.");
    } finally {
      await parser.destroy();
    }
  });
});
