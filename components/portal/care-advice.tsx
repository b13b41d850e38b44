import type { CareAdvice } from "@/lib/domain/injuries/care";

/**
 * The portal's "Stop and get care" section: the injury kind's one care list, with the clinic's
 * phone and emergency number (the handout's care box prints the same, lib/domain/injuries/care.ts).
 */
export function CareAdviceSection({ care }: { care: CareAdvice }) {
  return (
    <section aria-labelledby="care-heading" className="space-y-3 rounded-lg border-2 border-red-700 bg-white p-4 shadow-sm">
      <h2 id="care-heading" className="text-xl font-semibold text-red-800">
        <span aria-hidden="true">⚠ </span>
        {care.heading}
      </h2>
      <p>{care.intro}</p>
      <ul className="space-y-1 font-semibold">
        {care.contact.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {care.groups.map((group) => (
        <div key={group.urgency} className="space-y-1">
          <h3 className="font-semibold text-red-800">{group.heading}</h3>
          <ul className="list-disc space-y-1 pl-6">
            {group.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
      <p className="font-medium">{care.closing}</p>
    </section>
  );
}
