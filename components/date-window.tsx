import type { DateWindow } from "@/lib/domain/clinical";
import { formatDate } from "@/lib/format";

/** A window of the plan's time line as machine-readable dates: "15 Dec 2026 – 13 Jan 2027". */
/** `format` turns an ISO date into words (the portal passes its language's); formatDate by default. */
export function DateWindowText({ window, separator = "–", format = formatDate }: { window: DateWindow; separator?: string; format?: (iso: string) => string }) {
  if (window.earliest === window.latest) return <time dateTime={window.earliest}>{format(window.earliest)}</time>;
  return (
    <>
      <time dateTime={window.earliest}>{format(window.earliest)}</time> {separator} <time dateTime={window.latest}>{format(window.latest)}</time>
    </>
  );
}
