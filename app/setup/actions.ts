"use server";

import { action } from "@/lib/server/action";
import { createFirstClinic } from "@/lib/server/setup";
import { firstRunInput } from "@/lib/validation/setup";

/** Creates the first clinic and admin with the code printed by `npm start`. No session yet: the code is the credential. */
export const firstRunAction = action(firstRunInput, async (input) => createFirstClinic(input), {
  name: "clinic.first_run",
  public: true,
  trim: false,
  invalid: "Check the highlighted fields.",
});
