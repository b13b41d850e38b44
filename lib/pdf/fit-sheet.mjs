// The sheet promises two pages in regular print (issue 10). Long text on short paper (Spanish on
// US Letter) can push the tick grid onto a third page; react-pdf cannot measure before it lays out,
// so the sheet is rendered again, tighter each time: 2 steps per exercise (how to stand or sit, and
// the movement), then smaller pictures (still over 4 cm wide). The full steps stay in the portal
// and the booklet. Used by the worker threads and by in-process rendering (render.ts).

/** @typedef {import("./types").HandoutViewModel} HandoutViewModel */

export const SHEET_PAGES = 2;
const MIN_SHEET_STEPS = 2;

/**
 * Pages in a PDF written by pdfkit (its page dictionaries are never compressed).
 * @param {Uint8Array} pdf
 */
export function pdfPageCount(pdf) {
  return (
    Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)
      .toString("latin1")
      .match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0
  );
}

/**
 * The view model with at most `steps` steps per exercise on the sheet and pictures `pictureWidth` wide.
 * @param {HandoutViewModel} vm
 * @param {{ steps: number, pictureWidth?: number }} fit
 * @returns {HandoutViewModel}
 */
export function tightenSheet(vm, { steps, pictureWidth }) {
  return {
    ...vm,
    sheet: {
      ...vm.sheet,
      pictureWidth: pictureWidth ?? vm.sheet.pictureWidth,
      exercises: vm.sheet.exercises.map((e) => ({ ...e, steps: e.steps.slice(0, steps) })),
    },
  };
}

/** The tighter layouts tried in turn: steps first, then pictures (points; 168 is the default). */
const TIGHTER = [{ steps: MIN_SHEET_STEPS }, { steps: MIN_SHEET_STEPS, pictureWidth: 140 }, { steps: MIN_SHEET_STEPS, pictureWidth: 124 }];

/**
 * Renders with `render`, then fits a regular-print sheet without the leaflet to two pages.
 * @param {HandoutViewModel} vm
 * @param {(vm: HandoutViewModel) => Promise<Buffer>} render
 * @returns {Promise<Buffer>}
 */
export async function renderFitted(vm, render) {
  let pdf = await render(vm);
  if (vm.format !== "sheet" || vm.leaflet || vm.layout.largePrint) return pdf;
  const steps = Math.max(0, ...vm.sheet.exercises.map((e) => e.steps.length));
  for (const fit of TIGHTER) {
    if (pdfPageCount(pdf) <= SHEET_PAGES) break;
    if (fit.pictureWidth === undefined && steps <= fit.steps) continue;
    pdf = await render(tightenSheet(vm, fit));
  }
  return pdf;
}
