// Worker thread entry for the handout pool (pool.ts). Plain JavaScript with only node, react and
// @react-pdf imports (through handout-document.mjs), so Node loads it straight from disk under
// vitest, tsx, plain node or a Next.js server. Protocol:
//   parent -> worker  { type: "render", id, vm }
//   worker -> parent  { type: "ready" } once fonts are registered,
//                     { type: "done", id, pdf: ArrayBuffer (transferred) } or { type: "error", id, error }.
import { parentPort, workerData } from "node:worker_threads";
import { registerFonts, renderHandoutPdf } from "./handout-document.mjs";

if (!parentPort) throw new Error("worker.mjs must run in a worker thread (see lib/pdf/pool.ts)");
const port = parentPort;

function describe(err) {
  return err instanceof Error
    ? { name: err.name, message: err.message, stack: err.stack }
    : { name: "Error", message: String(err) };
}

/** PDF bytes in an ArrayBuffer of their own, so it can be transferred instead of copied. */
function ownArrayBuffer(buffer) {
  if (buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength && buffer.buffer instanceof ArrayBuffer) {
    return buffer.buffer;
  }
  const copy = new ArrayBuffer(buffer.byteLength);
  new Uint8Array(copy).set(buffer);
  return copy;
}

registerFonts(workerData?.fontDir ?? null);

port.on("message", async (message) => {
  if (!message || message.type !== "render") return;
  const { id, vm } = message;
  try {
    const pdf = ownArrayBuffer(await renderHandoutPdf(vm));
    port.postMessage({ type: "done", id, pdf }, [pdf]);
  } catch (err) {
    port.postMessage({ type: "error", id, error: describe(err) });
  }
});

port.postMessage({ type: "ready" });
