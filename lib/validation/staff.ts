import { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN, setPasswordInput } from "@/lib/validation/portal";

export const STAFF_ROLE_LABELS = { THERAPIST: "Therapist", ADMIN: "Admin" } as const;
const staffRole = z.enum(["THERAPIST", "ADMIN"], { error: "Choose therapist or admin." });

/** An admin invites a therapist or an admin by name and email (the email is their sign-in name). */
export const inviteStaffInput = z.object({
  name: z.string({ error: "Enter the person's name." }).min(1, "Enter the person's name.").max(120, "Use at most 120 characters."),
  email: z
    .string({ error: "Enter an email address." })
    .toLowerCase()
    .email("Enter an email address like name@clinic.example.")
    .max(254, "Use at most 254 characters."),
  role: staffRole,
});
export type InviteStaffInput = z.infer<typeof inviteStaffInput>;

export const changeRoleInput = z.object({ role: staffRole });

/** The link's token (base64url); the data layer checks it against its hash. */
export const staffLinkToken = z
  .string()
  .regex(/^[A-Za-z0-9_-]{20,100}$/, "This link is not valid. Check that you copied all of it, or ask your clinic's admin for a new one.");

/** Setting a password from an invitation or reset link: the same rules as the portal's. */
export const staffSetPasswordInput = setPasswordInput;

/** Changing one's own password: the current one, then the new one twice. */
export const changePasswordInput = z
  .object({
    current: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(256),
    password: z
      .string({ error: `Choose a password of at least ${PASSWORD_MIN} characters.` })
      .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters. A short sentence is easy to remember.`)
      .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`),
    confirm: z.string({ error: "Type the same password again." }),
  })
  .refine((v) => v.password === v.confirm, { message: "The two passwords are not the same.", path: ["confirm"] });
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;
