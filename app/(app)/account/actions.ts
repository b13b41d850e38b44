"use server";

import { action } from "@/lib/server/action";
import { changeOwnPassword } from "@/lib/server/staff";
import { changePasswordInput } from "@/lib/validation/staff";

/** Changes the signed-in user's password (every role); other sessions end. */
export const changePasswordAction = action(changePasswordInput, async (input, { actor }) => changeOwnPassword(actor, input), {
  name: "account.password",
  roles: ["ADMIN", "THERAPIST", "PATIENT"],
  trim: false,
  invalid: "Check the password fields.",
});
