/**
 * The two-page sheet's render cost (issue 10): react-pdf through the worker pool, beside the old
 * multi-page booklet of the same stage, beside pdfkit (react-pdf's own pdfkit 0.20, laying out the
 * same content by hand) and beside Chromium (playwright-core with /usr/bin/chromium, a reused
 * page, page.pdf of an HTML rendering of the same content), all in the same run. Numbers, never
 * assertions. Run alone: `npx tsx scripts/bench-sheet.ts`.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
// pdfkit as react-pdf 4.9 bundles it (its dependency "pdfkit": "0.20.1").
import PDFDocument from "pdfkit";
import { chromium, type Page } from "playwright-core";
import { pathData, pointsAttr } from "../lib/illustrations/svg";
import type { Drawing } from "../lib/illustrations/types";
import { buildHandout } from "../lib/pdf/handout-model";
import { HandoutPool } from "../lib/pdf/pool";
import { sampleHandoutInput } from "../lib/pdf/sample";
import type { HandoutViewModel } from "../lib/pdf/types";

const FONT_DIR = path.join(process.cwd(), "lib", "pdf", "fonts");
const CHROMIUM = "/usr/bin/chromium";

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const ms = (value: number) => (value < 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(0)} ms`);

function pageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}

/** The grade 2 soleus plan's strength stage (6 exercises) as the sheet and as the old booklet. */
export function sheetHandouts(): { sheet: HandoutViewModel; booklet: HandoutViewModel } {
  const input = {
    ...sampleHandoutInput({ currentStageIndex: 1 }),
    clinicContact: { phone: "+1 555 010 2000", emergencyNumber: "911" },
    portalUrl: "https://restride.example/portal",
  };
  return { sheet: buildHandout(input), booklet: buildHandout(input, { format: "booklet" }) };
}

// ---------------------------------------------------------------------------------------------
// pdfkit: the same content laid out by hand (no flexbox, no pagination engine)
// ---------------------------------------------------------------------------------------------

function pdfkitDrawing(doc: PDFKit.PDFDocument, drawing: Drawing, x: number, y: number, width: number) {
  const scale = width / drawing.width;
  doc.save().translate(x, y).scale(scale);
  for (const shape of drawing.shapes) {
    doc
      .lineWidth(shape.strokeWidth ?? 0)
      .lineCap("round")
      .lineJoin("round");
    switch (shape.kind) {
      case "line":
        doc.moveTo(shape.x1, shape.y1).lineTo(shape.x2, shape.y2);
        break;
      case "circle":
        doc.circle(shape.cx, shape.cy, shape.r);
        break;
      case "polygon":
        doc.polygon(...shape.points.map(([px, py]) => [px, py] as [number, number]));
        break;
      case "rect":
        doc.roundedRect(shape.x, shape.y, shape.width, shape.height, shape.rx ?? 0);
        break;
      case "path":
        doc.path(pathData(shape));
        break;
    }
    if (shape.fill && shape.stroke) doc.fillAndStroke(shape.fill, shape.stroke);
    else if (shape.fill) doc.fill(shape.fill);
    else if (shape.stroke) doc.stroke(shape.stroke);
  }
  doc.restore();
}

export function pdfkitSheet(vm: HandoutViewModel): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margins: { top: 18, bottom: 32, left: 26, right: 26 }, autoFirstPage: true });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.registerFont("body", path.join(FONT_DIR, "DejaVuSans.ttf"));
  doc.registerFont("bold", path.join(FONT_DIR, "DejaVuSans-Bold.ttf"));
  const left = 26;
  const width = 595.28 - 52;
  const bottom = 841.89 - 40;
  const need = (height: number) => {
    if (doc.y + height > bottom) doc.addPage();
  };
  const stage = vm.currentStage!;
  doc
    .font("bold")
    .fontSize(20)
    .fillColor("#0E5A63")
    .text(vm.labels.handoutTitle, left, 18, { width: width - 130 });
  doc
    .fontSize(15)
    .fillColor("#111827")
    .text(vm.cover.patientName, { width: width - 130 });
  doc.fontSize(12).text(vm.cover.stageLine, { width: width - 130 });
  doc.font("body").text(`${vm.sheet.goalLabel}: ${stage.purpose}`, { width: width - 130 });
  if (vm.sheet.portal) {
    const { size, path: d } = vm.sheet.portal.qr;
    doc
      .save()
      .translate(width - 80, 18)
      .scale(72 / size)
      .path(d)
      .fill("#000000")
      .restore();
    doc.fontSize(12).text(vm.sheet.portal.text, width - 110, 95, { width: 128, align: "center" });
  }
  doc.y = Math.max(doc.y, 130);
  doc.font("bold").fillColor("#0E5A63").text(`${vm.sheet.painRuleHeading}: `, left, doc.y, { continued: true, width });
  doc
    .font("body")
    .fillColor("#111827")
    .text(stage.painRule ?? "");
  doc.moveDown(0.5);
  const care = vm.careBox;
  const careTop = doc.y;
  doc
    .font("bold")
    .fillColor("#9F1C12")
    .fontSize(15)
    .text(`⚠ ${care.heading}`, left + 6, careTop + 6, { width: width - 12 });
  doc
    .font("body")
    .fillColor("#111827")
    .fontSize(12)
    .text(care.intro, { width: width - 12 });
  doc.font("bold").text(care.contact.join("   "), { width: width - 12 });
  const colWidth = (width - 12) / 3;
  const lines = care.groups.flatMap((g) => [{ h: true, t: g.heading }, ...g.items.map((t) => ({ h: false, t }))]);
  const perColumn = Math.ceil(lines.length / 3);
  const columnTop = doc.y;
  let columnBottom = columnTop;
  for (let c = 0; c < 3; c++) {
    doc.y = columnTop;
    for (const line of lines.slice(c * perColumn, (c + 1) * perColumn)) {
      doc.font(line.h ? "bold" : "body").text(line.h ? line.t : `• ${line.t}`, left + 6 + c * colWidth, doc.y, { width: colWidth - 8 });
    }
    columnBottom = Math.max(columnBottom, doc.y);
  }
  doc.font("bold").text(care.closing, left + 6, columnBottom + 3, { width: width - 12 });
  doc
    .rect(left, careTop, width, doc.y - careTop + 6)
    .lineWidth(2.5)
    .stroke("#9F1C12");
  doc.y += 12;
  doc.font("bold").fontSize(15).fillColor("#0E5A63").text(vm.sheet.exercisesHeading, left, doc.y);
  for (const exercise of vm.sheet.exercises) {
    need(110);
    const top = doc.y + 4;
    if (exercise.drawing) pdfkitDrawing(doc, exercise.drawing, left, top, 168);
    doc
      .font("bold")
      .fontSize(12)
      .fillColor("#111827")
      .text(exercise.dose, left, top + 60, { width: 168 });
    const leftBottom = doc.y;
    doc
      .font("bold")
      .fontSize(14)
      .text(`${exercise.number}. ${exercise.name}`, left + 176, top, { width: width - 176 });
    doc.font("body").fontSize(12);
    exercise.steps.forEach((step, i) => doc.text(`${i + 1}. ${step}`, { width: width - 176 }));
    if (exercise.use) doc.text(exercise.use, { width: width - 176 });
    if (exercise.painNote) doc.font("bold").text(exercise.painNote, { width: width - 176 });
    if (exercise.note) doc.font("body").text(exercise.note, { width: width - 176 });
    doc.y = Math.max(doc.y, leftBottom) + 4;
    doc.x = left;
  }
  const grid = vm.sheet.grid;
  need(60 + vm.sheet.exercises.length * 20);
  doc.font("bold").fontSize(15).fillColor("#0E5A63").text(grid.heading, left, doc.y);
  doc.font("body").fontSize(12).fillColor("#111827").text(grid.intro, { width });
  const nameWidth = 192;
  const dayWidth = (width - nameWidth) / Math.max(1, grid.days.length);
  let y = doc.y + 2;
  doc.font("bold").fontSize(11);
  grid.days.forEach((day, d) => doc.text(`${day.weekday}\n${day.day}`, left + nameWidth + d * dayWidth, y, { width: dayWidth, align: "center" }));
  y += 28;
  for (const row of vm.sheet.exercises) {
    doc
      .font("body")
      .fontSize(12)
      .text(`${row.number}. ${row.name}`, left + 2, y + 2, { width: nameWidth - 4 });
    const rowHeight = Math.max(18, doc.y - y + 2);
    row.boxes.forEach((n, d) => {
      if (n > 0) doc.fontSize(11).text("☐".repeat(n), left + nameWidth + d * dayWidth, y + 3, { width: dayWidth, align: "center" });
    });
    doc.rect(left, y, width, rowHeight).lineWidth(1).stroke("#4B5563");
    y += rowHeight;
  }
  doc
    .font("bold")
    .fontSize(12)
    .text(grid.coverage, left, y + 3, { width });
  doc.end();
  return done;
}

// ---------------------------------------------------------------------------------------------
// Chromium: the same content as HTML, printed with page.pdf
// ---------------------------------------------------------------------------------------------

const esc = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function svgOf(drawing: Drawing, width: number): string {
  const paint = (s: Drawing["shapes"][number]) =>
    `stroke="${s.stroke ?? "none"}" stroke-width="${s.strokeWidth ?? 0}" fill="${s.fill ?? "none"}" stroke-linecap="round" stroke-linejoin="round"`;
  const shapes = drawing.shapes.map((s) => {
    switch (s.kind) {
      case "line":
        return `<line x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}" ${paint(s)}/>`;
      case "circle":
        return `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" ${paint(s)}/>`;
      case "polygon":
        return `<polygon points="${pointsAttr(s.points)}" ${paint(s)}/>`;
      case "rect":
        return `<rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" rx="${s.rx ?? 0}" ${paint(s)}/>`;
      case "path":
        return `<path d="${pathData(s)}" ${paint(s)}/>`;
    }
  });
  return `<svg width="${width}pt" viewBox="0 0 ${drawing.width} ${drawing.height}" role="img" aria-label="${esc(drawing.alt.en)}">${shapes.join("")}</svg>`;
}

export function sheetHtml(vm: HandoutViewModel): string {
  const stage = vm.currentStage!;
  const care = vm.careBox;
  const grid = vm.sheet.grid;
  const qr = vm.sheet.portal
    ? `<div class="qr"><svg width="72pt" height="72pt" viewBox="-2 -2 ${vm.sheet.portal.qr.size + 4} ${vm.sheet.portal.qr.size + 4}"><path d="${vm.sheet.portal.qr.path}"/></svg><p>${esc(vm.sheet.portal.text)}</p></div>`
    : "";
  return `<!doctype html><html lang="${vm.locale}"><head><meta charset="utf-8"><title>${esc(vm.meta.title)}</title><style>
@page { size: A4; margin: 18pt 26pt 32pt; }
body { font: 12pt/1.2 "DejaVu Sans", sans-serif; color: #111827; margin: 0; }
h1 { font-size: 20pt; color: #0E5A63; margin: 0; } h2 { font-size: 15pt; color: #0E5A63; margin: 6pt 0 2pt; }
header { display: flex; border-bottom: 2pt solid #0E5A63; } header .text { flex: 1; } .qr { width: 128pt; text-align: center; } .qr p { margin: 0; }
.pain { background: #E4F1F2; border-left: 4pt solid #0E5A63; padding: 6pt; margin: 5pt 0; }
.care { border: 2.5pt solid #9F1C12; background: #FEF3F2; padding: 6pt; break-inside: avoid; } .care h2 { color: #9F1C12; margin: 0; }
.cols { display: flex; gap: 8pt; } .cols > div { flex: 1; } .care ul { margin: 0; padding-left: 12pt; } .care b { color: #9F1C12; }
.ex { display: flex; border-top: 0.75pt solid #9CA3AF; padding: 4pt 0 3pt; break-inside: avoid; } .ex .pic { width: 176pt; } .ex ol { margin: 0; padding-left: 18pt; }
table { border-collapse: collapse; width: 100%; break-inside: avoid; } td, th { border: 1pt solid #4B5563; font-size: 11pt; text-align: center; padding: 1pt; } td:first-child { text-align: left; width: 186pt; font-size: 12pt; }
footer { position: fixed; bottom: 0; }
</style></head><body>
<header><div class="text"><h1>${esc(vm.labels.handoutTitle)}</h1><p><b>${esc(vm.cover.patientName)}</b><br><b>${esc(vm.cover.stageLine)}</b><br><b>${esc(vm.sheet.goalLabel)}:</b> ${esc(stage.purpose)}</p></div>${qr}</header>
<p class="pain"><b>${esc(vm.sheet.painRuleHeading)}:</b> ${esc(stage.painRule ?? "")}</p>
<section class="care"><h2>⚠ ${esc(care.heading)}</h2><p>${esc(care.intro)}<br><b>${esc(care.contact.join("   "))}</b></p><div class="cols">${care.groups
    .map((g) => `<div><b>${esc(g.heading)}</b><ul>${g.items.map((i) => `<li>${esc(i)}</li>`).join("")}</ul></div>`)
    .join("")}</div><p><b>${esc(care.closing)}</b></p></section>
<h2>${esc(vm.sheet.exercisesHeading)}</h2>
${vm.sheet.exercises
  .map(
    (e) =>
      `<div class="ex"><div class="pic">${e.drawing ? svgOf(e.drawing, 168) : ""}<b>${esc(e.dose)}</b></div><div><b>${e.number}. ${esc(e.name)}</b><ol>${e.steps
        .map((s) => `<li>${esc(s)}</li>`)
        .join(
          "",
        )}</ol>${e.use ? `<p>${esc(e.use)}</p>` : ""}${e.painNote ? `<p><b>${esc(e.painNote)}</b></p>` : ""}${e.note ? `<p>${esc(e.note)}</p>` : ""}</div></div>`,
  )
  .join("")}
<h2>${esc(grid.heading)}</h2><p>${esc(grid.intro)}</p>
<table><tr><th>${esc(grid.exerciseColumn)}</th>${grid.days.map((d) => `<th>${esc(d.weekday)}<br>${esc(d.day)}</th>`).join("")}</tr>${vm.sheet.exercises
    .map((r) => `<tr><td>${r.number}. ${esc(r.name)}</td>${r.boxes.map((n) => `<td>${"☐".repeat(n)}</td>`).join("")}</tr>`)
    .join("")}</table><p><b>${esc(grid.coverage)}</b></p>
<footer>${esc(vm.sheet.footer)}</footer></body></html>`;
}

async function chromiumPdf(page: Page, html: string): Promise<Buffer> {
  await page.setContent(html, { waitUntil: "load" });
  return page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
}

// ---------------------------------------------------------------------------------------------
// Timing
// ---------------------------------------------------------------------------------------------

async function sequential(render: () => Promise<unknown>, n: number, budgetMs: number): Promise<number[]> {
  const samples: number[] = [];
  const start = performance.now();
  for (let i = 0; i < n && performance.now() - start < budgetMs; i++) {
    const t0 = performance.now();
    await render();
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b);
}

async function concurrent(render: (lane: number) => Promise<unknown>, n: number, lanes: number, budgetMs: number) {
  let started = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      while (started < n && performance.now() - t0 < budgetMs) {
        started += 1;
        await render(lane);
      }
    }),
  );
  return started / ((performance.now() - t0) / 1000);
}

export interface SheetFigures {
  rows: [string, string, string][];
  ratios: string;
}

/** Latency (1 in flight) and throughput (4 in flight) of each generator; the ratios in words. */
export async function benchSheet(log: (line: string) => void = (line) => process.stdout.write(`bench-sheet: ${line}\n`)): Promise<SheetFigures> {
  const { sheet, booklet } = sheetHandouts();
  const inFlight = 4;
  const rows: [string, string, string][] = [];
  const medians: Record<string, number> = {};
  const rates: Record<string, number> = {};
  const record = (name: string, key: string, samples: number[], rate: number, target = "") => {
    medians[key] = percentile(samples, 0.5);
    rates[key] = rate;
    rows.push([
      name,
      `median ${ms(percentile(samples, 0.5))}, p95 ${ms(percentile(samples, 0.95))} (${samples.length} renders); ${rate.toFixed(1)}/s at ${inFlight} in flight`,
      target,
    ]);
    log(`${name}: median ${ms(medians[key])}, ${rate.toFixed(1)}/s`);
  };

  const pool = new HandoutPool({ size: 2, maxRendersPerWorker: 200, timeoutMs: 60_000 });
  try {
    await pool.warm();
    const sheetPages = pageCount(await pool.render(sheet));
    const bookletPages = pageCount(await pool.render(booklet));
    for (let i = 0; i < 6; i++) await Promise.all([pool.render(sheet), pool.render(booklet)]);
    record(
      `Sheet, react-pdf in the pool of 2 workers (${sheetPages} pages)`,
      "sheet",
      await sequential(() => pool.render(sheet), 80, 30_000),
      await concurrent(() => pool.render(sheet), 200, inFlight, 30_000),
      "within 3× pdfkit, faster than Chromium, >= 30/s",
    );
    record(
      `Old booklet of the same stage, react-pdf in the pool (${bookletPages} pages)`,
      "booklet",
      await sequential(() => pool.render(booklet), 15, 30_000),
      await concurrent(() => pool.render(booklet), 30, inFlight, 30_000),
    );
  } finally {
    await pool.close();
  }

  const kitPages = pageCount(await pdfkitSheet(sheet));
  for (let i = 0; i < 20; i++) await pdfkitSheet(sheet);
  record(
    `Same sheet content, pdfkit 0.20 (react-pdf's own), main thread (${kitPages} pages)`,
    "pdfkit",
    await sequential(() => pdfkitSheet(sheet), 200, 20_000),
    await concurrent(() => pdfkitSheet(sheet), 400, inFlight, 20_000),
  );

  if (existsSync(CHROMIUM)) {
    const browser = await chromium.launch({ executablePath: CHROMIUM });
    try {
      const html = sheetHtml(sheet);
      const pages = await Promise.all(Array.from({ length: inFlight }, () => browser.newPage()));
      const chromePages = pageCount(await chromiumPdf(pages[0]!, html));
      for (let i = 0; i < 5; i++) await chromiumPdf(pages[0]!, html);
      record(
        `Same sheet content as HTML, Chromium page.pdf, a reused page (${chromePages} pages)`,
        "chromium",
        await sequential(() => chromiumPdf(pages[0]!, html), 40, 30_000),
        await concurrent((lane) => chromiumPdf(pages[lane]!, html), 80, inFlight, 30_000),
      );
    } finally {
      await browser.close();
    }
  } else log(`${CHROMIUM} not found: no Chromium figures`);

  const ratio = (a: string, b: string) => (medians[a]! / medians[b]!).toFixed(1);
  const ratios = [
    `sheet vs booklet: ${ratio("booklet", "sheet")}× faster (median), ${(rates.sheet! / rates.booklet!).toFixed(1)}× the throughput`,
    `sheet vs pdfkit: react-pdf takes ${ratio("sheet", "pdfkit")}× pdfkit's median`,
    medians.chromium !== undefined
      ? `sheet vs Chromium: ${medians.sheet! < medians.chromium ? `${ratio("chromium", "sheet")}× faster` : `${ratio("sheet", "chromium")}× slower`} (median), ${(rates.sheet! / rates.chromium!).toFixed(1)}× the throughput`
      : "no Chromium figures",
  ].join("; ");
  log(ratios);
  return { rows, ratios };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchSheet()
    .then(({ rows, ratios }) => {
      for (const [k, v] of rows) process.stdout.write(`${k}: ${v}\n`);
      process.stdout.write(`${ratios}\n`);
    })
    .catch((err: unknown) => {
      process.stderr.write(`bench-sheet: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(1);
    });
}
