// In-process rendering: used inside the worker threads (through worker.mjs) and by tests and
// scripts. The app should render through the pool (pool.ts): react-pdf leaks about 56 KB of heap
// per render and blocks the event loop for tens of milliseconds.
import { HandoutRenderError } from "./errors";
import { renderFitted } from "./fit-sheet.mjs";
import { renderHandoutPdf } from "./handout-document.mjs";
import type { HandoutViewModel } from "./types";

export interface RenderOptions {
  /** Folder with the font files; found automatically by default (see resolveFontDir). */
  fontDir?: string;
}

/**
 * Renders a handout view model to PDF bytes on this thread; a regular-print sheet is fitted to
 * two pages (fit-sheet.mjs).
 */
export async function renderHandoutToBuffer(vm: HandoutViewModel, options: RenderOptions = {}): Promise<Buffer> {
  try {
    return await renderFitted(vm, (model) => renderHandoutPdf(model, { fontDir: options.fontDir ?? null }));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new HandoutRenderError("render_failed", `Handout render failed: ${message}`, { cause: err });
  }
}
