import { ExerciseIllustration } from "@/components/exercise-illustration";
import type { Drawing, IllustrationLocale } from "@/lib/illustrations";

/** A clinic's own picture of an exercise (lib/server/exercise-images.ts), as pages receive it. */
export interface ClinicPicture {
  src: string;
  alt: Record<IllustrationLocale, string>;
}

/**
 * The picture of an exercise: the clinic's own image when it has one, else Restride's line
 * drawing, else nothing. Both carry alt text in the reader's language.
 */
export function ExercisePicture({
  picture,
  drawing,
  locale = "en",
  className,
}: {
  picture?: ClinicPicture | null;
  drawing: Drawing | null;
  locale?: IllustrationLocale;
  className?: string;
}) {
  if (picture) {
    // The clinic's upload: served by our own route, sized by the container.
    // eslint-disable-next-line @next/next/no-img-element
    return <img src={picture.src} alt={picture.alt[locale]} className={`${className ?? "h-auto w-full"} object-contain`} loading="lazy" />;
  }
  return drawing ? <ExerciseIllustration drawing={drawing} locale={locale} className={className} /> : null;
}
