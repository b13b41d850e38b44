// Contact sheet of every exercise illustration: one HTML page (the web component, each panel at
// about 150x100 px, the size the plan page and the portal show), and a PNG screenshot of it
// taken with Chromium. Look at it after changing a pose or the figure.
//
//   npx tsx scripts/illustration-sheet.ts [--out docs/screenshots/exercise-illustrations.png] [--scale 1]
//   npx tsx scripts/illustration-sheet.ts --pdf /tmp/illustrations.pdf [--width 250]
//
// The HTML page goes to the system's temporary folder (--html elsewhere). --pdf renders the
// same sheet through react-pdf (lib/pdf/illustration.mjs) on A4 pages instead, each drawing
// --width points wide with its alt text below, to check the handout renderer and print size
// (pdftoppm -r 150 -png file.pdf page).
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Document, Page, renderToBuffer, Text, View } from "@react-pdf/renderer";
import { chromium } from "playwright-core";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ExerciseIllustration } from "@/components/exercise-illustration";
import { SEEDED_EXERCISES as EXERCISE_LIBRARY } from "@/lib/domain/injuries/content";
import { exerciseDrawing } from "@/lib/domain/injuries/illustrations";
import { FONT_FAMILY, registerFonts } from "@/lib/pdf/handout-document.mjs";
import { illustrationWithCaption } from "@/lib/pdf/illustration.mjs";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function sheetHtml(): string {
  const cards = EXERCISE_LIBRARY.map((exercise) => {
    const drawing = exerciseDrawing(exercise.key);
    const picture = drawing
      ? renderToStaticMarkup(createElement(ExerciseIllustration, { drawing, className: "pic" }))
      : `<div class="missing">no illustration</div>`;
    const alt = drawing ? `<p class="alt">${escape(drawing.alt.en)}</p>` : "";
    return `<figure><figcaption><b>${escape(exercise.name)}</b> <code>${exercise.key}</code></figcaption>${picture}${alt}</figure>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Restride exercise illustrations</title><style>
body{font:12px/1.3 "DejaVu Sans",sans-serif;margin:16px;color:#1f2937;background:#fff}
h1{font-size:16px;margin:0 0 4px} .note{margin:0 0 12px;color:#4b5563}
main{display:grid;grid-template-columns:repeat(4,300px);gap:14px 18px}
figure{margin:0;width:300px} figcaption{margin-bottom:2px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
code{color:#6b7280;font-size:10px} .pic{width:300px;height:100px;display:block;border:1px solid #e5e7eb}
.alt{margin:3px 0 0;font-size:9.5px;color:#4b5563}
.missing{width:300px;height:100px;border:1px dashed #b91c1c;color:#b91c1c;display:grid;place-items:center}
</style></head><body><h1>Exercise illustrations (${EXERCISE_LIBRARY.length})</h1>
<p class="note">Left: start position; right: end position with the movement arrow. The injured leg is the dark, thick one; the other leg is pale. Each panel is drawn at 150 × 100 px.</p>
<main>${cards.join("\n")}</main></body></html>`;
}

export async function sheetPdf(width: number): Promise<Buffer> {
  registerFonts();
  const h = createElement;
  const cards = EXERCISE_LIBRARY.map((exercise) => {
    const drawing = exerciseDrawing(exercise.key);
    return h(
      View,
      { key: exercise.key, style: { width: width + 8, marginBottom: 12 }, wrap: false },
      h(Text, { style: { fontSize: 10, fontWeight: "bold", marginBottom: 2 } }, exercise.name),
      drawing ? illustrationWithCaption(drawing, { width }) : h(Text, null, "no illustration"),
    );
  });
  const doc: ReactElement = h(
    Document,
    null,
    h(
      Page,
      { size: "A4", style: { padding: 36, fontFamily: FONT_FAMILY, flexDirection: "row", flexWrap: "wrap" } },
      h(Text, { style: { width: "100%", fontSize: 14, marginBottom: 8 } }, `Exercise illustrations at ${width} pt`),
      ...cards,
    ),
  );
  return renderToBuffer(doc as Parameters<typeof renderToBuffer>[0]);
}

async function main() {
  const pdf = process.argv.indexOf("--pdf");
  if (pdf >= 0) {
    const file = path.resolve(arg("--pdf", "illustrations.pdf"));
    writeFileSync(file, await sheetPdf(Number(arg("--width", "250"))));
    console.log(`wrote ${file}`);
    return;
  }
  const out = path.resolve(arg("--out", "docs/screenshots/exercise-illustrations.png"));
  const scale = Number(arg("--scale", "1"));
  const htmlPath = path.resolve(arg("--html", path.join(os.tmpdir(), "exercise-illustrations.html")));
  writeFileSync(htmlPath, sheetHtml());
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    const page = await browser.newPage({ viewport: { width: 1290, height: 800 }, deviceScaleFactor: scale });
    await page.goto(`file://${htmlPath}`);
    await page.screenshot({ path: out, fullPage: true });
  } finally {
    await browser.close();
  }
  console.log(`wrote ${path.relative(process.cwd(), out)} and ${path.relative(process.cwd(), htmlPath)}`);
}

await main();
