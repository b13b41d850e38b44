// @ts-check
// The default handout as a react-pdf document: the two-page "this stage" sheet (issue 10), and
// the optional education leaflet after it. Plain JavaScript for the same reason as
// handout-document.mjs (the worker imports it from disk). A dumb layout of the view model.
// No "Page X of Y" render prop: it costs a second layout pass per page, and a sheet of two pages
// does not need it.
import { Page, Path, Svg, Text, View } from "@react-pdf/renderer";
import React from "react";
import { exercisePicture } from "./illustration.mjs";

/** @typedef {import("./types").HandoutViewModel} HandoutViewModel */
/** @typedef {import("./types").SheetExerciseView} SheetExerciseView */
/** @typedef {import("@react-pdf/renderer").Styles[string]} Style */
/** @typedef {ReturnType<typeof sheetStyles>} SheetStyles */

const h = React.createElement;

const COLOR = {
  text: "#111827",
  primary: "#0E5A63",
  primaryLight: "#E4F1F2",
  border: "#4B5563",
  rule: "#9CA3AF",
  red: "#9F1C12",
  redLight: "#FEF3F2",
  white: "#FFFFFF",
};

/** Type sizes in points: body 12 (large print 16); nothing on a large-print sheet below 16. */
export const SHEET_TYPE = {
  regular: { body: 12, small: 12, title: 20, h2: 15, name: 14, box: 11 },
  large: { body: 16, small: 16, title: 26, h2: 20, name: 18, box: 16 },
};

/**
 * @param {number} size
 * @param {number} [lineHeight]
 */
function font(size, lineHeight = 1.2) {
  return { fontSize: size, lineHeight };
}

/**
 * @param {boolean} large
 * @param {string} fontFamily
 */
export function sheetStyles(large, fontFamily) {
  const t = large ? SHEET_TYPE.large : SHEET_TYPE.regular;
  const gap = large ? 8 : 5;
  return /** @satisfies {Record<string, Style | number>} */ ({
    page: { fontFamily, fontSize: t.body, color: COLOR.text, paddingTop: 18, paddingBottom: large ? 60 : 32, paddingHorizontal: 26 },
    content: font(t.body),
    footer: {
      position: "absolute",
      left: 26,
      right: 26,
      bottom: 10,
      borderTopWidth: 0.75,
      borderTopColor: COLOR.rule,
      paddingTop: 3,
      ...font(t.small, 1.2),
    },
    header: { flexDirection: "row", borderBottomWidth: 2, borderBottomColor: COLOR.primary, paddingBottom: 3, marginBottom: gap },
    headerText: { flex: 1, paddingRight: 10 },
    title: { ...font(t.title, 1.15), fontWeight: "bold", color: COLOR.primary },
    patient: { ...font(t.h2, 1.25), fontWeight: "bold", marginTop: 2 },
    stageLine: { fontWeight: "bold", marginTop: 2 },
    bold: { fontWeight: "bold" },
    qrBox: { width: large ? 170 : 128, alignItems: "center" },
    qrText: { ...font(t.small, 1.15), textAlign: "center", marginTop: 2 },
    panel: { backgroundColor: COLOR.primaryLight, borderLeftWidth: 4, borderLeftColor: COLOR.primary, padding: large ? 8 : 6, marginBottom: gap },
    h2: { ...font(t.h2, 1.2), fontWeight: "bold", color: COLOR.primary, marginTop: gap, marginBottom: 2 },
    exercise: { flexDirection: "row", borderTopWidth: 0.75, borderTopColor: COLOR.rule, paddingTop: large ? 6 : 4, paddingBottom: large ? 6 : 3 },
    picture: { width: large ? 230 : 176, paddingRight: 8 },
    exerciseText: { flex: 1 },
    nameRow: { flexDirection: "row", alignItems: "center", marginBottom: 2 },
    number: {
      width: large ? 24 : 18,
      height: large ? 24 : 18,
      borderRadius: large ? 12 : 9,
      backgroundColor: COLOR.primary,
      justifyContent: "center",
      alignItems: "center",
      marginRight: 6,
    },
    numberText: { ...font(t.body, 1), color: COLOR.white, fontWeight: "bold" },
    name: { ...font(t.name, 1.2), fontWeight: "bold", flex: 1 },
    stepRow: { flexDirection: "row" },
    stepMarker: { width: large ? 24 : 18 },
    stepText: { flex: 1 },
    dose: { fontWeight: "bold", marginTop: 1 },
    note: { marginTop: 2 },
    table: { borderWidth: 1, borderColor: COLOR.border, marginTop: 3 },
    tr: { flexDirection: "row", borderTopWidth: 1, borderTopColor: COLOR.border },
    trFirst: { flexDirection: "row", backgroundColor: COLOR.primaryLight },
    nameCell: { width: large ? 190 : 192, paddingHorizontal: 3, paddingVertical: 1 },
    dayCell: { flex: 1, borderLeftWidth: 1, borderLeftColor: COLOR.border, alignItems: "center", justifyContent: "center", padding: 1 },
    dayHead: { ...font(large ? t.small : 11, 1.1), fontWeight: "bold", textAlign: "center" },
    boxes: { flexDirection: "row", flexWrap: "wrap", justifyContent: "center" },
    box: { ...font(t.box, 1.05), textAlign: "center" },
    care: { ...font(t.body, 1.15), borderWidth: 2.5, borderColor: COLOR.red, backgroundColor: COLOR.redLight, padding: large ? 10 : 6, marginTop: gap + 2 },
    careHeading: { ...font(t.h2, 1.2), fontWeight: "bold", color: COLOR.red },
    careGroup: { fontWeight: "bold", color: COLOR.red, marginTop: 3 },
    twoCols: { flexDirection: "row" },
    col: { flex: 1, paddingRight: 8 },
    listRow: { flexDirection: "row" },
    listMarker: { width: large ? 18 : 12 },
    leafletTitle: { ...font(t.title, 1.15), fontWeight: "bold", color: COLOR.primary, marginBottom: gap },
    leafletSection: { ...font(t.h2, 1.2), fontWeight: "bold", color: COLOR.primary, marginTop: gap + 4, marginBottom: 2 },
    leafletSub: { fontWeight: "bold", marginTop: 3 },
    paragraph: { marginBottom: 3 },
  });
}

/**
 * @param {readonly string[]} items
 * @param {SheetStyles} st
 * @param {(i: number) => string} [marker]
 */
function list(items, st, marker = () => "•") {
  return items.map((item, i) =>
    h(View, { style: st.listRow, wrap: false }, h(Text, { style: st.listMarker }, marker(i)), h(Text, { style: { flex: 1 } }, item)),
  );
}

/**
 * @param {HandoutViewModel} vm
 * @param {SheetStyles} st
 */
function header(vm, st) {
  const stage = vm.currentStage;
  const portal = vm.sheet.portal;
  const qrWidth = vm.layout.largePrint ? 96 : 72;
  return h(
    View,
    { style: st.header, wrap: false },
    h(
      View,
      { style: st.headerText },
      h(Text, { style: st.title }, vm.labels.handoutTitle),
      h(Text, { style: st.patient }, vm.cover.patientName),
      h(Text, { style: st.stageLine }, stage?.duration ? `${vm.cover.stageLine} (${stage.duration.toLowerCase()})` : vm.cover.stageLine),
      stage?.purpose ? h(Text, null, h(Text, { style: st.bold }, `${vm.sheet.goalLabel}: `), stage.purpose) : null,
      // A stage with parallel tracks: where the patient is on each, one line a track.
      ...(stage?.tracks ?? []).map((line, i) => h(Text, { key: `track-${i}` }, `• ${line}`)),
      vm.sheet.milestone ? h(Text, null, h(Text, { style: st.bold }, `${vm.sheet.milestone.label}: `), vm.sheet.milestone.value) : null,
    ),
    portal
      ? h(
          View,
          { style: st.qrBox },
          h(
            Svg,
            { width: qrWidth, height: qrWidth, viewBox: `-2 -2 ${portal.qr.size + 4} ${portal.qr.size + 4}` },
            h(Path, { d: portal.qr.path, fill: "#000000" }),
          ),
          h(Text, { style: st.qrText }, portal.text),
        )
      : null,
  );
}

/**
 * @param {HandoutViewModel} vm
 * @param {SheetStyles} st
 */
function painRule(vm, st) {
  const stage = vm.currentStage;
  if (!stage || (!stage.painRule && !stage.specialistNotice)) return null;
  return h(
    View,
    { style: st.panel, wrap: false },
    stage.specialistNotice ? h(Text, { style: st.bold }, stage.specialistNotice) : null,
    stage.painRule ? h(Text, null, h(Text, { style: [st.bold, { color: COLOR.primary }] }, `${vm.sheet.painRuleHeading}: `), stage.painRule) : null,
    ...(stage.specialistNotice ? list(stage.precautions, st) : []),
  );
}

/**
 * @param {SheetExerciseView} exercise
 * @param {HandoutViewModel} vm
 * @param {SheetStyles} st
 */
function exerciseRow(exercise, vm, st) {
  const width = vm.layout.largePrint ? 220 : (vm.sheet.pictureWidth ?? 168);
  return h(
    View,
    { style: st.exercise, wrap: false },
    h(View, { style: [st.picture, { width: width + 8 }] }, exercisePicture(exercise, width), h(Text, { style: st.dose }, exercise.dose)),
    h(
      View,
      { style: st.exerciseText },
      h(
        View,
        { style: st.nameRow },
        h(View, { style: st.number }, h(Text, { style: st.numberText }, String(exercise.number))),
        h(Text, { style: st.name }, exercise.name),
      ),
      ...(exercise.steps.length > 0 ? list(exercise.steps, st, (i) => `${i + 1}.`) : [h(Text, { key: "none" }, exercise.noStepsText ?? "")]),
      exercise.use ? h(Text, { style: st.note }, exercise.use) : null,
      exercise.painNote ? h(Text, { style: [st.note, st.bold] }, exercise.painNote) : null,
      exercise.note ? h(Text, { style: st.note }, exercise.note) : null,
    ),
  );
}

/**
 * The tick boxes of one grid cell as one line of text: a box per session, spaces between
 * them so that a third box wraps to a second line in a narrow cell (one text node per cell, not
 * per box: about a third of the layout work).
 * @param {number} n
 */
function boxes(n) {
  return Array.from({ length: n }, () => "☐").join(" ");
}

/**
 * The tick grid: one row per exercise, one column per day, one box per prescribed session.
 * @param {HandoutViewModel} vm
 * @param {SheetStyles} st
 */
function grid(vm, st) {
  const g = vm.sheet.grid;
  const rows = vm.sheet.exercises;
  if (rows.length === 0) return null;
  // Large print: a week per table, so each box stays big enough to tick.
  const perTable = vm.layout.largePrint ? 7 : 14;
  /** @type {number[][]} */
  const blocks = [];
  for (let i = 0; i < g.days.length; i += perTable) blocks.push(Array.from({ length: Math.min(perTable, g.days.length - i) }, (_, k) => i + k));
  const tables = blocks.map((days) =>
    h(
      View,
      { style: st.table, wrap: false },
      h(
        View,
        { style: st.trFirst },
        h(Text, { style: [st.nameCell, st.bold] }, g.exerciseColumn),
        ...days.map((d) => h(View, { style: st.dayCell }, h(Text, { style: st.dayHead }, `${g.days[d]?.weekday}\n${g.days[d]?.day}`))),
      ),
      ...rows.map((row) =>
        h(
          View,
          { style: st.tr },
          h(Text, { style: st.nameCell }, `${row.number}. ${row.name}`),
          ...days.map((d) => h(View, { style: st.dayCell }, (row.boxes[d] ?? 0) > 0 ? h(Text, { style: st.box }, boxes(row.boxes[d] ?? 0)) : null)),
        ),
      ),
    ),
  );
  return h(
    View,
    null,
    h(View, { wrap: false, minPresenceAhead: 120 }, h(Text, { style: st.h2 }, g.heading), h(Text, null, g.intro)),
    ...tables.slice(0, -1),
    // The last table keeps its "ask for a new sheet" line with it.
    h(View, { wrap: false }, tables[tables.length - 1] ?? null, h(Text, { style: [st.bold, { marginTop: 3 }] }, g.coverage)),
  );
}

/**
 * The "Stop and get care" box, groups in two columns.
 * @param {HandoutViewModel} vm
 * @param {SheetStyles} st
 */
function careBox(vm, st) {
  const care = vm.careBox;
  // Columns of about equal length (three; two in large print): the groups' headings and items
  // in order, split where the running length (characters; a heading counts as a full line)
  // passes each share. A heading never ends a column.
  /** @type {{ heading: boolean, text: string }[]} */
  const lines = care.groups.flatMap((group) => [{ heading: true, text: group.heading }, ...group.items.map((text) => ({ heading: false, text }))]);
  const count = vm.layout.largePrint ? 2 : 3;
  const size = vm.layout.largePrint ? SHEET_TYPE.large.body : SHEET_TYPE.regular.body;
  const width = vm.layout.pageSize === "LETTER" ? 612 - 66 : 595 - 66;
  const perLine = Math.max(10, Math.floor((width / count - 20) / (size * 0.56)));
  // Estimated lines of a heading or item in a column.
  const weight = (/** @type {{ heading: boolean, text: string }} */ line) => Math.ceil(line.text.length / perLine) + 0.2;
  const share = lines.reduce((n, line) => n + weight(line), 0) / count;
  /** @type {(typeof lines)[]} */
  const columns = [[]];
  let used = 0;
  for (const line of lines) {
    const current = /** @type {typeof lines} */ (columns[columns.length - 1]);
    if (columns.length < count && current.length > 0 && used + weight(line) > share * columns.length + 1) {
      const moved = current[current.length - 1]?.heading ? current.splice(-1) : [];
      columns.push([...moved, line]);
    } else current.push(line);
    used += weight(line);
  }
  /** @param {typeof lines} column */
  const column = (column) =>
    h(
      View,
      { style: st.col },
      ...column.map((line) =>
        line.heading
          ? h(Text, { style: st.careGroup }, line.text)
          : h(View, { style: st.listRow, wrap: false }, h(Text, { style: st.listMarker }, "•"), h(Text, { style: { flex: 1 } }, line.text)),
      ),
    );
  return h(
    View,
    { style: st.care, wrap: false },
    h(Text, { style: st.careHeading }, `⚠ ${care.heading}`),
    h(Text, null, care.intro),
    h(Text, { style: st.bold }, care.contact.join("   ")),
    h(View, { style: st.twoCols }, ...columns.map(column)),
    h(Text, { style: [st.bold, { marginTop: 3 }] }, care.closing),
  );
}

/**
 * The education leaflet: the kind's sections, once, in plain words.
 * @param {HandoutViewModel} vm
 * @param {SheetStyles} st
 */
function leaflet(vm, st) {
  const sections = vm.education.sections;
  if (sections.length === 0) return null;
  return [
    h(Text, { style: st.leafletTitle }, vm.sheet.leafletTitle),
    ...sections.map((section, i) =>
      h(
        View,
        { key: i },
        h(Text, { style: st.leafletSection, minPresenceAhead: 60 }, section.title),
        ...section.body.map((line) =>
          /:$/.test(line)
            ? h(Text, { style: st.leafletSub, minPresenceAhead: 40 }, line)
            : h(View, { style: st.listRow, wrap: false }, h(Text, { style: st.listMarker }, "•"), h(Text, { style: { flex: 1 } }, line)),
        ),
      ),
    ),
  ];
}

/**
 * The sheet's pages (and the leaflet's), to go inside a <Document>.
 * @param {HandoutViewModel} vm
 * @param {string} fontFamily
 * @returns {React.ReactElement[]}
 */
export function sheetPages(vm, fontFamily) {
  const st = sheetStyles(vm.layout.largePrint, fontFamily);
  const size = vm.layout.pageSize === "LETTER" ? "LETTER" : "A4";
  const footer = h(View, { style: st.footer, fixed: true }, h(Text, null, vm.sheet.footer));
  const stage = vm.currentStage;
  const pages = [
    h(
      Page,
      { key: "sheet", size, style: st.page, wrap: true },
      footer,
      h(
        View,
        { style: st.content },
        header(vm, st),
        painRule(vm, st),
        // Safety first: the care box on the front page, as in the booklet.
        careBox(vm, st),
        h(Text, { style: st.h2, minPresenceAhead: 140 }, vm.sheet.exercisesHeading),
        stage?.emptyMessage ? h(Text, null, stage.emptyMessage) : null,
        ...vm.sheet.exercises.map((exercise) => h(View, null, exerciseRow(exercise, vm, st))),
        grid(vm, st),
      ),
    ),
  ];
  const education = vm.leaflet ? leaflet(vm, st) : null;
  if (education) pages.push(h(Page, { key: "leaflet", size, style: st.page, wrap: true }, footer, h(View, { style: st.content }, ...education)));
  return pages;
}
