// Types for handout-document.mjs (plain JavaScript so worker threads can load it untranspiled).
import type { ReactElement } from "react";
import type { HandoutViewModel } from "./types";

export declare const FONT_FAMILY: string;
export declare const FONT_FILES: { regular: string; bold: string; italic: string };
/** Folder with the font files: explicit, RESTRIDE_PDF_FONT_DIR, <cwd>/lib/pdf/fonts, ./fonts. */
export declare function resolveFontDir(explicit?: string | null): string;
export declare function breakLongWords(word: string): string[];
/** Registers the bundled fonts once per thread; returns the folder used. */
export declare function registerFonts(fontDir?: string | null): string;
export declare function HandoutDocument(vm: HandoutViewModel): ReactElement;
export declare function renderHandoutPdf(vm: HandoutViewModel, options?: { fontDir?: string | null }): Promise<Buffer>;
