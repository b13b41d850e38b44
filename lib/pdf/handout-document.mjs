// @ts-check
// The patient handout as a react-pdf document: a dumb layout of the view model built by
// handout-model.ts. Plain JavaScript (no TypeScript syntax, no JSX) on purpose: worker.mjs
// imports it straight from disk, so it runs the same under vitest, tsx, plain node and a Next.js
// server without any transpiler. It is still type-checked: `npm run typecheck` checks it
// against the view-model types in ./types.ts through the JSDoc annotations below.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Document, Font, Page, Text, View, renderToBuffer } from "@react-pdf/renderer";
import React from "react";
import { illustrationWithCaption, pictureWithCaption } from "./illustration.mjs";
import { sheetPages } from "./sheet-document.mjs";

/** @typedef {import("./types").HandoutViewModel} HandoutViewModel */
/** @typedef {import("./types").HandoutLayout} HandoutLayout */
/** @typedef {import("./types").StageView} StageView */
/** @typedef {import("./types").ExerciseView} ExerciseView */
/** @typedef {import("./types").DoseView} DoseView */
/** @typedef {import("@react-pdf/renderer").Styles[string]} Style */
/** @typedef {ReturnType<typeof makeStyles>} Styles */
/** @typedef {React.ReactElement | null} Block A laid-out piece, or nothing. */

const h = React.createElement;

// ---------------------------------------------------------------------------------------------
// Fonts: bundled DejaVu TTFs (Latin Extended: "Łukasiewicz", "Núñez"); never a URL.
// ---------------------------------------------------------------------------------------------

export const FONT_FAMILY = "DejaVu Sans";
export const FONT_FILES = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italic: "DejaVuSans-Oblique.ttf",
};

function moduleDir() {
  try {
    const url = import.meta.url;
    return url && url.startsWith("file:") ? path.dirname(fileURLToPath(url)) : null;
  } catch {
    return null;
  }
}

/**
 * The folder holding the font files: an explicit folder (only that one), else RESTRIDE_PDF_FONT_DIR,
 * <cwd>/lib/pdf/fonts (robust when a bundler moved this module), then ./fonts beside this module.
 * @param {string | null} [explicit]
 * @returns {string}
 */
export function resolveFontDir(explicit) {
  const here = moduleDir();
  const candidates = (
    explicit
      ? [explicit]
      : [process.env.RESTRIDE_PDF_FONT_DIR, path.join(process.cwd(), "lib", "pdf", "fonts"), here ? path.join(/*turbopackIgnore: true*/ here, "fonts") : null]
  ).filter(/** @returns {dir is string} */ (dir) => typeof dir === "string" && dir.length > 0);
  for (const dir of candidates) {
    if (Object.values(FONT_FILES).every((file) => existsSync(path.join(/*turbopackIgnore: true*/ dir, file)))) return dir;
  }
  throw new Error(`Handout fonts not found; looked in: ${candidates.join(", ")}`);
}

/**
 * Splits very long words into pieces the line breaker may break between (with a hyphen).
 * @param {string} word
 * @returns {string[]}
 */
export function breakLongWords(word) {
  if (word.length <= 20) return [word];
  /** @type {string[]} */
  const pieces = [];
  for (let i = 0; i < word.length; i += 10) pieces.push(word.slice(i, i + 10));
  return pieces;
}

/** @type {string | null} */
let registeredDir = null;

/**
 * Registers the fonts once per process (or worker thread). Returns the folder used.
 * @param {string | null} [fontDir]
 * @returns {string}
 */
export function registerFonts(fontDir) {
  if (registeredDir) return registeredDir;
  const dir = resolveFontDir(fontDir);
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: path.join(/*turbopackIgnore: true*/ dir, FONT_FILES.regular), fontWeight: "normal", fontStyle: "normal" },
      { src: path.join(/*turbopackIgnore: true*/ dir, FONT_FILES.bold), fontWeight: "bold", fontStyle: "normal" },
      { src: path.join(/*turbopackIgnore: true*/ dir, FONT_FILES.italic), fontWeight: "normal", fontStyle: "italic" },
    ],
  });
  Font.registerHyphenationCallback(breakLongWords);
  registeredDir = dir;
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Styles
// ---------------------------------------------------------------------------------------------

const COLOR = {
  text: "#1F2933",
  muted: "#52606D",
  primary: "#0E5A63",
  primaryLight: "#E4F1F2",
  border: "#8A97A5",
  rule: "#CBD2D9",
  red: "#B42318",
  redLight: "#FEF3F2",
  noteBg: "#FFF8E1",
  noteBorder: "#E0B341",
  white: "#FFFFFF",
};

/**
 * Font size with its line height. react-pdf resolves a unitless lineHeight against the font size
 * of the SAME style (18 when it has none), so every style that sets one sets both.
 */
/**
 * @param {number} size
 * @returns {{ fontSize: number, lineHeight: number }}
 */
function font(size, lineHeight = 1.3) {
  return { fontSize: size, lineHeight };
}

/** @param {HandoutLayout} layout */
function makeStyles(layout) {
  const base = layout.baseFontSize;
  const small = layout.smallFontSize;
  const large = layout.largePrint;
  const gap = large ? 10 : 7;
  // `satisfies` keeps each style's literal types ("row", not string) and checks them against
  // react-pdf's Style; the three plain numbers are sizes the layout code reads.
  return /** @satisfies {Record<string, Style | number>} */ ({
    // No unitless lineHeight on the Page: react-pdf 4.9 re-resolves the inherited value on every
    // page for `fixed` children (the footer), multiplying it by the font size each time until
    // the layout overflows ("unsupported number"). Body text gets it from `content` instead.
    page: {
      fontFamily: FONT_FAMILY,
      fontSize: base,
      color: COLOR.text,
      paddingTop: 36,
      paddingBottom: large ? 70 : 56,
      paddingHorizontal: 40,
    },
    content: font(base, 1.4),
    footer: {
      position: "absolute",
      left: 40,
      right: 40,
      bottom: 20,
      borderTopWidth: 0.75,
      borderTopColor: COLOR.rule,
      paddingTop: 5,
      flexDirection: "row",
      justifyContent: "space-between",
      fontSize: small,
      color: COLOR.muted,
    },
    footerLeft: { flex: 1, paddingRight: 12 },
    footerRight: { textAlign: "right", width: large ? 150 : 100 },
    band: { backgroundColor: COLOR.primary, color: COLOR.white, padding: large ? 16 : 12, borderRadius: 4 },
    brand: { ...font(small), letterSpacing: 1.2, fontWeight: "bold", marginBottom: 2 },
    title: { ...font(layout.titleFontSize, 1.2), fontWeight: "bold" },
    patientName: { ...font(layout.h2FontSize + 2, 1.25), fontWeight: "bold", marginTop: 12, marginBottom: 6 },
    detailsRow: { flexDirection: "row", marginBottom: gap },
    detail: { flex: 1, paddingRight: 8 },
    label: { ...font(small), color: COLOR.muted, textTransform: "uppercase", letterSpacing: 0.5 },
    value: { fontWeight: "bold" },
    panel: {
      backgroundColor: COLOR.primaryLight,
      borderRadius: 4,
      padding: large ? 12 : 9,
      marginBottom: gap,
    },
    h2: {
      ...font(layout.h2FontSize, 1.25),
      fontWeight: "bold",
      color: COLOR.primary,
      marginTop: gap,
      marginBottom: gap - 2,
      paddingBottom: 3,
      borderBottomWidth: 1.5,
      borderBottomColor: COLOR.primary,
    },
    h3: { ...font(layout.h3FontSize, 1.25), fontWeight: "bold", color: COLOR.text, marginBottom: 3 },
    h4: { fontWeight: "bold", marginTop: 4, marginBottom: 2 },
    paragraph: { marginBottom: 4 },
    muted: { color: COLOR.muted },
    italic: { fontStyle: "italic" },
    listRow: { flexDirection: "row", marginBottom: 2 },
    listMarker: { width: large ? 22 : 15 },
    listText: { flex: 1 },
    timelineRow: { flexDirection: "row", marginTop: 2 },
    timelineLabel: { width: large ? 170 : 120, color: COLOR.muted },
    timelineValue: { flex: 1, fontWeight: "bold" },
    fallback: {
      backgroundColor: COLOR.noteBg,
      borderLeftWidth: 3,
      borderLeftColor: COLOR.noteBorder,
      padding: 6,
      marginBottom: gap,
    },
    care: {
      borderWidth: 2.5,
      borderColor: COLOR.red,
      backgroundColor: COLOR.redLight,
      borderRadius: 4,
      padding: large ? 14 : 10,
      marginTop: gap,
      marginBottom: gap,
    },
    careHeading: { ...font(layout.h2FontSize, 1.25), fontWeight: "bold", color: COLOR.red, marginBottom: 3 },
    careGroup: { fontWeight: "bold", color: COLOR.red, marginTop: 5, marginBottom: 2 },
    twoCols: { flexDirection: "row" },
    col: { flex: 1, paddingRight: 10 },
    stageTag: {
      ...font(small),
      color: COLOR.white,
      backgroundColor: COLOR.primary,
      paddingHorizontal: 5,
      paddingVertical: 1,
      borderRadius: 3,
      marginLeft: 6,
    },
    stageHeadingRow: { flexDirection: "row", alignItems: "center", marginTop: gap, marginBottom: 4 },
    exercise: { marginTop: gap, paddingTop: gap, borderTopWidth: 0.75, borderTopColor: COLOR.rule },
    exerciseFirst: { marginTop: 2 },
    exerciseTitleRow: { flexDirection: "row", alignItems: "center", marginBottom: 3 },
    exerciseNumber: {
      width: large ? 30 : 20,
      height: large ? 30 : 20,
      borderRadius: large ? 15 : 10,
      backgroundColor: COLOR.primary,
      justifyContent: "center",
      alignItems: "center",
      marginRight: 8,
    },
    exerciseNumberText: { ...font(large ? base : base - 1, 1), color: COLOR.white, fontWeight: "bold", textAlign: "center" },
    exerciseName: { flex: 1, ...font(layout.h3FontSize, 1.25), fontWeight: "bold" },
    exerciseBody: { flexDirection: layout.illustrationFullWidth ? "column" : "row", marginTop: 3 },
    // In a column (large print) flex: 1 would squash the text to zero height.
    exerciseText: layout.illustrationFullWidth ? {} : { flex: 1, paddingRight: 12 },
    illustration: { marginBottom: layout.illustrationFullWidth ? gap : 0 },
    // What the picture shows, in words: react-pdf writes no alt text, so it is printed.
    illustrationCaption: { ...font(small), color: COLOR.text, marginTop: 2 },
    table: { borderWidth: 1, borderColor: COLOR.border, marginTop: 6 },
    tr: { flexDirection: "row", borderTopWidth: 1, borderTopColor: COLOR.border },
    trFirst: { flexDirection: "row" },
    th: {
      backgroundColor: COLOR.primaryLight,
      fontWeight: "bold",
      ...font(small),
      padding: 4,
      borderLeftWidth: 1,
      borderLeftColor: COLOR.border,
    },
    td: { padding: 4, borderLeftWidth: 1, borderLeftColor: COLOR.border },
    cellFirst: { borderLeftWidth: 0 },
    // Safety notes: regular weight, full contrast (no grey italics).
    note: { marginTop: 5, color: COLOR.text },
    empty: { padding: 10, borderWidth: 1, borderColor: COLOR.rule, borderRadius: 4, color: COLOR.muted, fontStyle: "italic" },
    checkRow: { flexDirection: "row", marginBottom: 4, alignItems: "flex-start" },
    checkBox: {
      width: large ? 14 : 10,
      height: large ? 14 : 10,
      borderWidth: 1,
      borderColor: COLOR.text,
      marginRight: 8,
      marginTop: 2,
    },
    scheduleRowHeight: large ? 34 : 24,
    dayWidth: large ? 38 : 34,
    frequencyWidth: large ? 82 : 74,
  });
}

// ---------------------------------------------------------------------------------------------
// Keeping blocks together
// ---------------------------------------------------------------------------------------------

// A4 in points, minus the page paddings.
const PAGE_WIDTH = 595.28 - 80;
// DejaVu Sans: average advance of mixed text, in ems (generous, so estimates run high).
const AVG_CHAR_EM = 0.58;

/**
 * Rough height in points of `texts` set in a column `width` points wide.
 * @param {HandoutLayout} layout
 * @param {readonly (string | null | undefined)[]} texts
 */
function estimate(layout, texts, width = PAGE_WIDTH, size = layout.baseFontSize) {
  const perLine = Math.max(1, Math.floor(width / (size * AVG_CHAR_EM)));
  let lines = 0;
  for (const text of texts) lines += Math.max(1, Math.ceil(String(text ?? "").length / perLine));
  return lines * size * 1.45 + texts.length * 3;
}

/**
 * The `wrap` prop for a block kept on one page: false (keep together) only when the block
 * surely fits on a page, because react-pdf cuts off an unwrappable block taller than a page.
 * @param {HandoutLayout} layout
 * @param {number} heightPt
 * @returns {boolean}
 */
function wrapIfTall(layout, heightPt) {
  const pageHeight = 841.89 - 36 - (layout.largePrint ? 70 : 56);
  return heightPt > pageHeight * 0.7;
}

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

/**
 * @param {readonly string[]} items
 * @param {Styles} st
 * @param {(index: number) => string} [marker]
 */
function list(items, st, marker = () => "•") {
  return h(
    View,
    null,
    ...items.map((item, i) => h(View, { style: st.listRow, wrap: false }, h(Text, { style: st.listMarker }, marker(i)), h(Text, { style: st.listText }, item))),
  );
}

/**
 * @param {readonly string[]} items
 * @param {Styles} st
 */
function checklist(items, st) {
  return h(
    View,
    null,
    ...items.map((item) => h(View, { style: st.checkRow, wrap: false }, h(View, { style: st.checkBox }), h(Text, { style: st.listText }, item))),
  );
}

/** @typedef {{ title: string, width?: number, flex?: number }} Column */

/**
 * A bordered table. `columns`: [{ title, width? }]; rows: arrays of cell strings.
 * @param {readonly Column[]} columns
 * @param {readonly (readonly string[])[]} rows
 * @param {Styles} st
 * @param {{ rowHeight?: number, center?: number, layout?: HandoutLayout }} [options]
 */
function table(columns, rows, st, { rowHeight, center, layout } = {}) {
  /**
   * @param {Column} col
   * @param {number} i
   * @param {Style} base
   * @returns {Style[]}
   */
  const cellStyle = (col, i, base) => [
    base,
    col.width ? { width: col.width } : { flex: col.flex ?? 1 },
    i === 0 ? st.cellFirst : {},
    center && i >= center ? { textAlign: "center" } : {},
  ];
  const header = h(View, { style: st.trFirst, wrap: false }, ...columns.map((col, i) => h(Text, { style: cellStyle(col, i, st.th) }, col.title)));
  const body = rows.map((cells) =>
    h(
      View,
      {
        style: [st.tr, rowHeight ? { minHeight: rowHeight } : {}],
        // A cell is at most about 100 points wide: 1 000 characters can outgrow a page.
        wrap: layout ? wrapIfTall(layout, estimate(layout, [cells.join(" ")], 90)) : false,
      },
      ...columns.map((col, i) => h(Text, { style: cellStyle(col, i, st.td) }, cells[i] ?? "")),
    ),
  );
  return h(View, { style: st.table }, header, ...body);
}

/**
 * @param {string} text
 * @param {Styles} st
 * @param {{ break?: boolean }} [extra]
 */
function sectionHeading(text, st, extra = {}) {
  return h(Text, { style: st.h2, minPresenceAhead: 90, ...extra }, text);
}

// ---------------------------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------------------------

/**
 * @param {HandoutViewModel} vm
 * @param {Styles} st
 */
function cover(vm, st) {
  const c = vm.cover;
  return h(
    View,
    null,
    h(View, { style: st.band }, h(Text, { style: st.brand }, vm.labels.brand.toUpperCase()), h(Text, { style: st.title }, vm.labels.handoutTitle)),
    h(Text, { style: st.patientName }, c.patientName),
    h(
      View,
      { style: st.detailsRow },
      ...c.details.map((d) => h(View, { style: st.detail }, h(Text, { style: st.label }, d.label), h(Text, { style: st.value }, d.value))),
    ),
    vm.fallbackNote ? h(Text, { style: st.fallback }, vm.fallbackNote) : null,
    h(
      View,
      {
        style: st.panel,
        wrap: wrapIfTall(
          vm.layout,
          estimate(vm.layout, [c.injury, c.stageLine, c.stagePurpose, ...c.timeline.map((r) => `${r.label} ${r.value}`), c.timelineNote]) + 60,
        ),
      },
      h(Text, { style: st.label }, c.injuryLabel),
      h(Text, { style: st.paragraph }, c.injury),
      h(Text, { style: st.label }, c.stageLabel),
      h(Text, { style: st.value }, c.stageLine),
      c.stagePurpose ? h(Text, { style: st.paragraph }, c.stagePurpose) : null,
      c.timeline.length > 0 ? h(Text, { style: [st.label, { marginTop: 4 }] }, c.timelineHeading) : null,
      ...c.timeline.map((row) =>
        h(View, { style: st.timelineRow }, h(Text, { style: st.timelineLabel }, row.label), h(Text, { style: st.timelineValue }, row.value)),
      ),
      h(Text, { style: [st.muted, st.italic, { marginTop: 4 }] }, c.timelineNote),
    ),
  );
}

/**
 * @param {HandoutViewModel} vm
 * @param {Styles} st
 */
function careBox(vm, st) {
  const care = vm.careBox;
  return h(
    View,
    { style: st.care, wrap: false },
    h(Text, { style: st.careHeading }, `⚠ ${care.heading}`),
    h(Text, null, care.intro),
    ...care.contact.map((line) => h(Text, { style: st.value }, line)),
    ...care.groups.flatMap((group) => [h(Text, { style: st.careGroup }, group.heading), list(group.items, st)]),
    h(Text, { style: [st.value, { marginTop: 5 }] }, care.closing),
  );
}

/**
 * Goals, precautions and stage education; `lead` (a heading) is kept on the page with the goals.
 * @param {StageView} stage
 * @param {HandoutViewModel} vm
 * @param {Styles} st
 * @param {Block[]} [lead]
 */
function stageSummary(stage, vm, st, lead = []) {
  const l = vm.labels;
  const large = vm.layout.largePrint;
  const layout = vm.layout;
  /**
   * @param {string} title
   * @param {readonly string[]} items
   */
  const block = (title, items) =>
    items.length > 0
      ? h(
          View,
          // Stacked (large print): keep each list with its heading. Side by side, a column is
          // stretched to the row's height, so it must stay wrappable.
          large ? { wrap: wrapIfTall(layout, 30 + estimate(layout, items)) } : { style: st.col },
          h(Text, { style: st.h4 }, title),
          list(items, st),
        )
      : null;
  const goals = block(l.goals, stage.goals);
  const precautions = block(l.precautions, stage.precautions);
  const columnHeight = large
    ? estimate(layout, stage.goals)
    : Math.max(estimate(layout, stage.goals, PAGE_WIDTH / 2 - 25), estimate(layout, stage.precautions, PAGE_WIDTH / 2 - 25));
  const leadHeight = 110 + columnHeight + estimate(layout, [stage.specialistNotice ?? "", stage.painRule ?? ""]);
  return h(
    View,
    null,
    h(
      View,
      { wrap: wrapIfTall(layout, leadHeight) },
      ...lead,
      stage.specialistNotice ? h(Text, { style: st.fallback }, stage.specialistNotice) : null,
      stage.painRule ? h(Text, { style: [st.paragraph, st.value] }, stage.painRule) : null,
      large ? goals : h(View, { style: st.twoCols }, goals, precautions),
    ),
    large ? precautions : null,
    stage.education
      ? h(
          View,
          { wrap: wrapIfTall(layout, estimate(layout, [stage.education]) + 30) },
          h(Text, { style: st.h4 }, l.aboutThisStage),
          h(Text, { style: st.paragraph }, stage.education),
        )
      : null,
  );
}

/**
 * @param {DoseView} dose
 * @param {HandoutViewModel} vm
 * @param {Styles} st
 */
function doseTable(dose, vm, st) {
  const c = vm.labels.doseColumns;
  const large = vm.layout.largePrint;
  return table(
    [{ title: c.sets, width: large ? 62 : 48 }, { title: c.amount }, { title: c.load, flex: 1.5 }, { title: c.frequency }, { title: c.painLimit }],
    [[dose.sets, dose.amount, dose.load, dose.frequency, dose.painLimit]],
    st,
    { layout: vm.layout },
  );
}

/**
 * @param {ExerciseView} exercise
 * @param {HandoutLayout} layout
 */
function doseHeight(exercise, layout) {
  const d = exercise.dose;
  return (
    40 +
    estimate(layout, [d.load, d.amount], 110) +
    (exercise.note ? estimate(layout, [exercise.note]) : 0) +
    (exercise.painNote ? estimate(layout, [exercise.painNote]) : 0)
  );
}

/**
 * @param {ExerciseView} exercise
 * @param {HandoutLayout} layout
 */
function exerciseHeight(exercise, layout) {
  const picture = exercise.drawing || exercise.picture ? layout.illustrationHeight : 0;
  const textWidth = layout.illustrationFullWidth || !(exercise.drawing || exercise.picture) ? PAGE_WIDTH : PAGE_WIDTH - layout.illustrationWidth - 12;
  const text = estimate(layout, [...exercise.steps, ...exercise.cues, exercise.noStepsText ?? ""], textWidth) + 60;
  const body = layout.illustrationFullWidth ? text + picture : Math.max(text, picture);
  return 40 + estimate(layout, [exercise.name, exercise.purpose]) + body + doseHeight(exercise, layout);
}

/**
 * @param {ExerciseView} exercise
 * @param {HandoutViewModel} vm
 * @param {Styles} st
 * @param {{ first: boolean }} options
 */
function exerciseBlock(exercise, vm, st, { first }) {
  const l = vm.labels;
  // The exercise's picture (start and end position, decision 019) with what it shows in words.
  const illustration = exercise.picture
    ? pictureWithCaption(exercise.picture, exercise.drawingCaption ?? "", {
        width: vm.layout.illustrationWidth,
        style: st.illustration,
        captionStyle: st.illustrationCaption,
      })
    : exercise.drawing
      ? illustrationWithCaption(exercise.drawing, {
          width: vm.layout.illustrationWidth,
          locale: vm.locale,
          style: st.illustration,
          captionStyle: st.illustrationCaption,
        })
      : null;
  const text = h(
    View,
    { style: st.exerciseText },
    exercise.steps.length > 0
      ? h(
          View,
          null,
          h(Text, { style: st.h4, minPresenceAhead: 30 }, l.steps),
          list(exercise.steps, st, (i) => `${i + 1}.`),
        )
      : h(Text, { style: [st.paragraph, st.italic] }, exercise.noStepsText ?? ""),
    exercise.cues.length > 0 ? h(View, null, h(Text, { style: st.h4, minPresenceAhead: 30 }, l.cues), list(exercise.cues, st)) : null,
  );
  return h(
    View,
    // Normal print keeps an exercise on one page; large print gives each its own page(s).
    { style: first ? st.exerciseFirst : st.exercise, wrap: vm.layout.exerciseBreakBefore || wrapIfTall(vm.layout, exerciseHeight(exercise, vm.layout)) },
    h(
      View,
      { style: st.exerciseTitleRow, wrap: false, minPresenceAhead: 120 },
      h(View, { style: st.exerciseNumber }, h(Text, { style: st.exerciseNumberText }, String(exercise.number))),
      h(Text, { style: st.exerciseName }, exercise.name),
    ),
    exercise.purpose ? h(Text, { style: [st.paragraph, st.muted] }, exercise.purpose) : null,
    h(View, { style: st.exerciseBody }, ...(vm.layout.illustrationFullWidth ? [illustration, text] : [text, illustration]).filter(Boolean)),
    h(
      View,
      { wrap: wrapIfTall(vm.layout, doseHeight(exercise, vm.layout)) },
      doseTable(exercise.dose, vm, st),
      exercise.painNote ? h(Text, { style: [st.paragraph, st.value, { marginTop: 5 }] }, exercise.painNote) : null,
      exercise.note ? h(Text, { style: st.note }, `${l.note}: ${exercise.note}`) : null,
    ),
  );
}

/** Exercises per <Page> element in normal print (see exerciseGroups()). */
export const EXERCISES_PER_PAGE_GROUP = 3;

/**
 * @param {StageView} stage
 * @param {HandoutViewModel} vm
 * @param {Styles} st
 * @param {boolean} showHeading
 * @returns {Block[]}
 */
function stageHeader(stage, vm, st, showHeading) {
  if (!showHeading) return [];
  const lead = [
    h(
      View,
      { style: st.stageHeadingRow },
      h(Text, { style: [st.h3, { marginBottom: 0 }] }, stage.heading),
      stage.isCurrent ? h(Text, { style: st.stageTag }, vm.labels.currentStageTag) : null,
    ),
    stage.purpose ? h(Text, { style: [st.paragraph, st.muted] }, stage.purpose) : null,
  ];
  return stage.isCurrent ? [h(View, { wrap: false, minPresenceAhead: 120 }, ...lead)] : [stageSummary(stage, vm, st, lead)];
}

/**
 * @param {StageView} stage
 * @param {HandoutViewModel} vm
 * @param {Styles} st
 * @param {boolean} showHeading
 */
function stageGates(stage, vm, st, showHeading) {
  if (!showHeading || stage.isCurrent || stage.gates.length === 0) return null;
  return h(
    View,
    { wrap: wrapIfTall(vm.layout, 30 + estimate(vm.layout, stage.gates)), style: { marginTop: 8 } },
    h(Text, { style: st.h4, minPresenceAhead: 30 }, vm.labels.toMoveOn),
    checklist(stage.gates, st),
  );
}

/**
 * @template T
 * @param {readonly T[]} items
 * @param {number} size
 * @returns {T[][]}
 */
function chunk(items, size) {
  /** @type {T[][]} */
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The exercise part as groups, each laid out as its own <Page> element (the first one joins the
 * front page). react-pdf paginates a <Page> by laying out everything left in it again for each
 * page it fills, so one long <Page> costs about pages x nodes; a new <Page> per stage and per few
 * exercises keeps the cost near-linear. Large print: one exercise per group, so one per page.
 * @param {HandoutViewModel} vm
 * @param {Styles} st
 */
function exerciseGroups(vm, st) {
  const all = vm.stages.length > 1 || (vm.stages.length === 1 && !vm.stages[0]?.isCurrent);
  const perPage = vm.layout.exerciseBreakBefore ? 1 : EXERCISES_PER_PAGE_GROUP;
  /** @type {Block[][]} */
  const groups = [];
  vm.stages.forEach((stage, stageIndex) => {
    const chunks = stage.exercises.length > 0 ? chunk(stage.exercises, perPage) : [[]];
    chunks.forEach((group, groupIndex) => {
      const first = groupIndex === 0;
      const last = groupIndex === chunks.length - 1;
      groups.push([
        first && stageIndex === 0 ? sectionHeading(all ? vm.labels.allStagesHeading : vm.labels.exercisesHeading, st) : null,
        ...(first ? stageHeader(stage, vm, st, all) : []),
        first && stage.emptyMessage ? h(Text, { style: st.empty }, stage.emptyMessage) : null,
        ...group.map((exercise, i) => exerciseBlock(exercise, vm, st, { first: first && i === 0 && !all })),
        last ? stageGates(stage, vm, st, all) : null,
      ]);
    });
  });
  return groups;
}

/**
 * @param {HandoutViewModel} vm
 * @param {Styles} st
 */
function nextStageSection(vm, st) {
  const n = vm.nextStage;
  return h(
    View,
    { wrap: wrapIfTall(vm.layout, 70 + estimate(vm.layout, [n.intro, ...n.items, n.emptyText ?? ""])) },
    sectionHeading(n.heading, st),
    n.items.length > 0 ? h(Text, { style: st.paragraph }, n.intro) : null,
    n.items.length > 0 ? checklist(n.items, st) : null,
    n.emptyText ? h(Text, { style: st.paragraph }, n.emptyText) : null,
  );
}

/**
 * @param {HandoutViewModel} vm
 * @param {Styles} st
 */
function scheduleSection(vm, st) {
  const s = vm.schedule;
  const columns = [
    { title: s.exerciseColumn },
    { title: s.frequencyColumn, width: st.frequencyWidth },
    ...s.dayLabels.map((day) => ({ title: day, width: st.dayWidth })),
  ];
  return h(
    View,
    null,
    sectionHeading(s.heading, st),
    h(Text, { style: st.paragraph }, s.intro),
    s.rows.length > 0
      ? table(
          columns,
          s.rows.map((row) => [row.name, row.frequency, ...row.ticks]),
          st,
          { rowHeight: st.scheduleRowHeight, center: 2, layout: vm.layout },
        )
      : h(Text, { style: st.empty }, s.emptyText ?? ""),
  );
}

/**
 * @param {HandoutViewModel} vm
 * @param {Styles} st
 */
function progressSection(vm, st) {
  const p = vm.progressLog;
  const large = vm.layout.largePrint;
  const widths = large ? [110, 90, 110] : [90, 75, 95];
  const columns = p.columns.map((title, i) => ({ title, width: widths[i] }));
  const rows = Array.from({ length: p.rows }, () => []);
  return h(
    View,
    { wrap: false, style: { marginTop: 10 } },
    sectionHeading(p.heading, st),
    h(Text, { style: st.paragraph }, p.intro),
    table(columns, rows, st, { rowHeight: st.scheduleRowHeight }),
  );
}

/**
 * @param {HandoutViewModel} vm
 * @param {Styles} st
 */
function educationSection(vm, st) {
  const e = vm.education;
  if (e.sections.length === 0) return null;
  return h(
    View,
    null,
    sectionHeading(e.heading, st),
    ...e.sections.map((section) =>
      h(
        View,
        { style: { marginBottom: 6 } },
        h(Text, { style: st.h3, minPresenceAhead: 40 }, section.title),
        ...section.body.map((line) =>
          /:$/.test(line)
            ? h(Text, { style: st.h4, minPresenceAhead: 30 }, line)
            : h(View, { style: st.listRow, wrap: false }, h(Text, { style: st.listMarker }, "•"), h(Text, { style: st.listText }, line)),
        ),
      ),
    ),
  );
}

/**
 * @param {HandoutViewModel} vm
 * @param {Styles} st
 */
function footer(vm, st) {
  const f = vm.footer;
  return h(
    View,
    { style: st.footer, fixed: true },
    h(Text, { style: st.footerLeft }, `${f.template} · ${f.madeBy}`),
    h(Text, {
      style: st.footerRight,
      render: ({ pageNumber, totalPages }) => f.pageTemplate.replace("{page}", String(pageNumber)).replace("{total}", String(totalPages)),
    }),
  );
}

/**
 * @param {HandoutViewModel} vm
 * @param {Styles} st
 * @param {Block[]} children
 */
function page(vm, st, children) {
  return h(
    Page,
    { size: vm.layout.pageSize === "LETTER" ? "LETTER" : "A4", style: st.page, wrap: true },
    footer(vm, st),
    h(View, { style: st.content }, ...children),
  );
}

/**
 * The react-pdf element tree for a handout view model.
 * @param {HandoutViewModel} vm
 * @returns {React.ReactElement<import("@react-pdf/renderer").DocumentProps>}
 */
export function HandoutDocument(vm) {
  const meta = {
    title: vm.meta.title,
    author: vm.meta.author,
    subject: vm.meta.subject,
    creator: vm.meta.creator,
    producer: vm.meta.producer,
    language: vm.meta.language,
  };
  // The default handout: the two-page sheet, with the education leaflet when asked for.
  if (vm.format === "sheet") return h(Document, meta, ...sheetPages(vm, FONT_FAMILY));
  const st = makeStyles(vm.layout);
  const current = vm.currentStage;
  const education = educationSection(vm, st);
  const [firstGroup, ...laterGroups] = exerciseGroups(vm, st);
  return h(
    Document,
    meta,
    page(vm, st, [
      cover(vm, st),
      careBox(vm, st),
      current ? stageSummary(current, vm, st, [sectionHeading(vm.labels.stageAtAGlance, st)]) : null,
      nextStageSection(vm, st),
      firstGroup ? h(View, { break: vm.layout.exerciseBreakBefore }, ...firstGroup) : null,
    ]),
    ...laterGroups.map((group) => page(vm, st, group)),
    page(vm, st, [scheduleSection(vm, st), progressSection(vm, st)]),
    education ? page(vm, st, [education]) : null,
  );
}

/**
 * Renders a handout view model to PDF bytes in this thread.
 * @param {HandoutViewModel} vm
 * @param {{ fontDir?: string | null }} [options]
 * @returns {Promise<Buffer>}
 */
export async function renderHandoutPdf(vm, options = {}) {
  registerFonts(options.fontDir);
  return renderToBuffer(HandoutDocument(vm));
}
