import { redirect } from "next/navigation";
import { requireActor } from "@/lib/server/auth";

export default async function Home() {
  const actor = await requireActor();
  redirect(actor.role === "PATIENT" ? "/portal" : "/dashboard");
}
