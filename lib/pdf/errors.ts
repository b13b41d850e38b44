/** Why a handout could not be rendered. */
export type HandoutRenderErrorCode =
  /** The render took longer than its time limit; the worker was terminated and replaced. */
  | "timeout"
  /** The document threw while rendering (bad view model, font problem). */
  | "render_failed"
  /** The worker thread died or could not start. */
  | "worker_crashed"
  /** Too many requests are already waiting. */
  | "queue_full"
  /** No worker became free within the queue deadline (queueTimeoutMs). */
  | "queue_timeout"
  /** The pool was closed before the render ran. */
  | "closed";

export class HandoutRenderError extends Error {
  override readonly name = "HandoutRenderError";
  constructor(
    readonly code: HandoutRenderErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isHandoutRenderError(value: unknown): value is HandoutRenderError {
  return value instanceof HandoutRenderError;
}
