// @ts-check
// Exercise illustrations in the handout: paints a Drawing (lib/illustrations, decision 019) with
// react-pdf's Svg primitives. Plain JavaScript like handout-document.mjs, for the same reason:
// the worker imports the layout straight from disk, so this file imports no TypeScript at run
// time (only types, through JSDoc). The drawing itself is plain data: build it where the view
// model is built (handout-model.ts, e.g. `exerciseDrawing(key)`) and pass it in the view model.
import { Circle, Image, Line, Path, Polygon, Rect, Svg, Text, View } from "@react-pdf/renderer";
import React from "react";

/** @typedef {import("../illustrations/types").Drawing} Drawing */
/** @typedef {import("../illustrations/types").Shape} Shape */
/** @typedef {import("../illustrations/types").IllustrationLocale} IllustrationLocale */
/** @typedef {import("@react-pdf/renderer").Styles[string]} Style */

const h = React.createElement;

/**
 * Width in points at which a panel (half the drawing) is about 150 x 100 px on screen and 53 x
 * 35 mm on paper: what the contact sheet was checked at. Below about 220 pt the heel lift of a
 * raise is hard to see in print.
 */
export const ILLUSTRATION_WIDTH = 300;

/**
 * @param {Shape} shape
 * @param {number} i
 * @returns {React.ReactElement}
 */
function pdfShape(shape, i) {
  const paint = {
    key: i,
    stroke: shape.stroke ?? "none",
    strokeWidth: shape.strokeWidth ?? 0,
    // react-pdf fills paths and polygons black unless told otherwise.
    fill: shape.fill ?? "none",
    strokeLinecap: /** @type {const} */ ("round"),
    strokeLinejoin: /** @type {const} */ ("round"),
  };
  switch (shape.kind) {
    case "line":
      return h(Line, { ...paint, x1: shape.x1, y1: shape.y1, x2: shape.x2, y2: shape.y2 });
    case "circle":
      return h(Circle, { ...paint, cx: shape.cx, cy: shape.cy, r: shape.r });
    case "polygon":
      return h(Polygon, { ...paint, points: shape.points.map(([x, y]) => `${x},${y}`).join(" ") });
    case "rect":
      return h(Rect, { ...paint, x: shape.x, y: shape.y, width: shape.width, height: shape.height, rx: shape.rx ?? 0 });
    case "path":
      // Same curve as lib/illustrations/svg.ts pathData() (not imported: this file loads no TypeScript).
      return h(Path, { ...paint, d: `M${shape.from[0]} ${shape.from[1]} Q${shape.control[0]} ${shape.control[1]} ${shape.to[0]} ${shape.to[1]}` });
  }
}

/**
 * The drawing as a react-pdf <Svg>, `width` points wide; the height keeps the drawing's shape
 * (a third of the width for the two-panel drawings).
 * @param {Drawing} drawing
 * @param {number} [width]
 * @returns {React.ReactElement}
 */
export function illustrationSvg(drawing, width = ILLUSTRATION_WIDTH) {
  const height = (width * drawing.height) / drawing.width;
  return h(Svg, { width, height, viewBox: `0 0 ${drawing.width} ${drawing.height}` }, ...drawing.shapes.map(pdfShape));
}

/**
 * The drawing with its alt text printed below it. A PDF from react-pdf carries no alt text for
 * a picture, so the words that a screen reader would say on the web go on the paper instead.
 * @param {Drawing} drawing
 * @param {{ width?: number, locale?: IllustrationLocale, captionStyle?: Style, style?: Style }} [options]
 * @returns {React.ReactElement}
 */
export function illustrationWithCaption(drawing, options = {}) {
  const width = options.width ?? ILLUSTRATION_WIDTH;
  return h(
    View,
    { style: { width, ...options.style }, wrap: false },
    illustrationSvg(drawing, width),
    h(Text, { style: { fontSize: 8, color: "#4b5563", marginTop: 2, ...options.captionStyle } }, drawing.alt[options.locale ?? "en"]),
  );
}

/**
 * A clinic's own picture with its alt text printed below it, like illustrationWithCaption.
 * @param {string} src
 * @param {string} caption
 * @param {{ width?: number, captionStyle?: Style, style?: Style }} [options]
 * @returns {React.ReactElement}
 */
export function pictureWithCaption(src, caption, options = {}) {
  const width = options.width ?? ILLUSTRATION_WIDTH;
  return h(
    View,
    { style: { width, ...options.style }, wrap: false },
    clinicPicture(src, width),
    h(Text, { style: { fontSize: 8, color: "#4b5563", marginTop: 2, ...options.captionStyle } }, caption),
  );
}

/**
 * A clinic's own picture of an exercise (decision 031, a PNG or JPEG data URI) in the box a
 * drawing of the same width takes (3:1), scaled to fit without cropping.
 * @param {string} src
 * @param {number} [width]
 * @returns {React.ReactElement}
 */
export function clinicPicture(src, width = ILLUSTRATION_WIDTH) {
  return h(Image, { src, style: { width, height: width / 3, objectFit: "contain" } });
}

/**
 * The exercise's picture as the handout prints it: the clinic's own when it has one, else the
 * drawing; null when neither.
 * @param {{ drawing: Drawing | null, picture: string | null }} exercise
 * @param {number} width
 * @returns {React.ReactElement | null}
 */
export function exercisePicture(exercise, width) {
  if (exercise.picture) return clinicPicture(exercise.picture, width);
  return exercise.drawing ? illustrationSvg(exercise.drawing, width) : null;
}
