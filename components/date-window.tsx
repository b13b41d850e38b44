import type { DateWindow } from "@/lib/domain/clinical";
import { formatDate } from "@/lib/format";

/** A window of the plan's time line as machine-readable dates: "15 Dec 2026 – 13 Jan 2027". */
export function DateWindowText({ window, separator = "–" }: { window: DateWindow; separator?: string }) {
  if (window.earliest === window.latest) return <time dateTime={window.earliest}>{formatDate(window.earliest)}</time>;
  return (
    <>
      <time dateTime={window.earliest}>{formatDate(window.earliest)}</time> {separator} <time dateTime={window.latest}>{formatDate(window.latest)}</time>
    </>
  );
}
