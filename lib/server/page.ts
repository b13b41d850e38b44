import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/server/errors";

/** For pages: a data-layer NOT_FOUND becomes Next's 404 page. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (err) {
    if (isAppError(err) && err.code === "NOT_FOUND") notFound();
    throw err;
  }
}
