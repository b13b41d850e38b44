import type { Metadata } from "next";
import { ExercisePicture } from "@/components/exercise-picture";
import { ExercisePictureForm } from "@/components/settings/exercise-picture-form";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { exerciseDrawing } from "@/lib/domain/injuries/illustrations";
import { requireActor } from "@/lib/server/auth";
import { listExercisePictures } from "@/lib/server/exercise-images";
import { orNotFound } from "@/lib/server/page";

export const metadata: Metadata = { title: "Exercise pictures" };

export default async function ExercisePicturesPage() {
  const actor = await requireActor(undefined, "/settings/exercises");
  // Admins only: anyone else gets the 404 page, and the refusal is audited.
  const exercises = await orNotFound(listExercisePictures(actor));
  return (
    <div className="max-w-4xl space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold">Exercise pictures</h1>
        <SettingsTabs current="/settings/exercises" />
        <p className="text-sm text-slate-600">
          Every exercise has Restride&apos;s line drawing. You can use your own picture instead (a PNG or JPEG photo or drawing, up to 2 MB), for your clinic
          only. It then appears on plan pages, in the patient portal and in handouts. Describe what it shows in English and Spanish for patients who use a
          screen reader.
        </p>
      </div>
      <ul className="space-y-4">
        {exercises.map((e) => (
          <li key={e.key}>
            <section aria-labelledby={`exercise-${e.key}`} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[16rem_1fr]">
              <div className="space-y-1">
                <h2 id={`exercise-${e.key}`} className="font-semibold">
                  {e.name}
                </h2>
                <ExercisePicture picture={e.picture} drawing={exerciseDrawing(e.key)} className="h-auto w-64 rounded border border-slate-100" />
                <p className="text-xs text-slate-600">{e.picture ? "Your clinic's picture" : "Restride's drawing"}</p>
              </div>
              <ExercisePictureForm exerciseKey={e.key} exerciseName={e.name} current={e.picture} />
            </section>
          </li>
        ))}
      </ul>
    </div>
  );
}
