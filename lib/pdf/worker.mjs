// @ts-check
// Worker thread entry for the handout pool (pool.ts). Plain JavaScript with only node, react and
// @react-pdf imports (through handout-document.mjs), so Node loads it straight from disk under
// vitest, tsx, plain node or a Next.js server; type-checked through JSDoc against the protocol
// types in pool.ts (WorkerStartData, RenderRequest, WorkerMessage). Protocol:
//   parent -> worker  { type: "render", id, vm }
//   worker -> parent  { type: "ready" } once fonts are registered,
//                     { type: "done", id, pdf: ArrayBuffer (transferred) } or { type: "error", id, error }.
import { parentPort, workerData } from "node:worker_threads";
import { renderFitted } from "./fit-sheet.mjs";
import { registerFonts, renderHandoutPdf } from "./handout-document.mjs";

/** @typedef {import("./pool").WorkerMessage} WorkerMessage */
/** @typedef {import("./pool").RenderRequest} RenderRequest */

if (!parentPort) throw new Error("worker.mjs must run in a worker thread (see lib/pdf/pool.ts)");
const port = parentPort;

/**
 * @param {unknown} err
 * @returns {{ name: string, message: string, stack?: string }}
 */
function describe(err) {
  return err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : { name: "Error", message: String(err) };
}

/**
 * PDF bytes in an ArrayBuffer of their own, so it can be transferred instead of copied.
 * @param {Buffer} buffer
 * @returns {ArrayBuffer}
 */
function ownArrayBuffer(buffer) {
  if (buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength && buffer.buffer instanceof ArrayBuffer) {
    return buffer.buffer;
  }
  const copy = new ArrayBuffer(buffer.byteLength);
  new Uint8Array(copy).set(buffer);
  return copy;
}

/** @param {WorkerMessage} message */
const send = (message, transfer = /** @type {ArrayBuffer[]} */ ([])) => port.postMessage(message, transfer);

/**
 * The font folder from the pool's WorkerStartData (null: find it).
 * @param {unknown} data
 * @returns {string | null}
 */
function fontDirOf(data) {
  return data && typeof data === "object" && "fontDir" in data && typeof data.fontDir === "string" ? data.fontDir : null;
}

/** @param {RenderRequest | null | undefined} message */
async function render(message) {
  if (!message || message.type !== "render") return;
  const { id, vm } = message;
  try {
    const pdf = ownArrayBuffer(await renderFitted(vm, (model) => renderHandoutPdf(model)));
    send({ type: "done", id, pdf }, [pdf]);
  } catch (err) {
    send({ type: "error", id, error: describe(err) });
  }
}

registerFonts(fontDirOf(workerData));

// render() reports its own failures. Anything escaping it would be an unhandled rejection, which
// ends this worker thread; the pool treats that as a crash and replaces the worker.
port.on("message", (/** @type {RenderRequest | null | undefined} */ message) => void render(message));

send({ type: "ready" });
