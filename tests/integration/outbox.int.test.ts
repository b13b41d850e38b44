import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createInvitation } from "@/lib/server/invitations";
import { OUTBOX_KEEP_MS, openLink, renderOutboxBody } from "@/lib/server/outbox-link";
import { inviteStaff } from "@/lib/server/staff";
import { makeEpisode } from "../support/clinical";
import { makeClinic } from "../support/factories";

describe("outbox: links are never stored in clear text", () => {
  it("a staff invitation's email keeps a placeholder and a sealed link only the app can open", async () => {
    const c = await makeClinic();
    const email = `new.${c.clinic.id}@example.com`;
    const { url } = await inviteStaff(c.admin, { email, name: "New Therapist", role: "THERAPIST" }, "https://clinic.example");
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { clinicId: c.clinic.id, recipient: email } });
    const token = url.split("/").at(-1)!;
    expect(JSON.stringify(mail)).not.toContain(token);
    expect(mail.body).toContain("{{link}}");
    expect(openLink(mail.linkSealed)).toBe(url);
    expect(renderOutboxBody(mail)).toContain(url);
    // An altered seal opens to nothing rather than to another link.
    expect(openLink(mail.linkSealed!.slice(0, -2) + "AA")).toBeNull();
  });

  it("sent messages and messages whose link has expired are purged when a new one is queued", async () => {
    const c = await makeClinic();
    const old = await db.outboxMessage.create({
      data: {
        clinicId: c.clinic.id,
        kind: "PORTAL_INVITATION",
        recipient: "old@example.com",
        subject: "s",
        body: "b",
        createdAt: new Date(Date.now() - OUTBOX_KEEP_MS - 60_000),
      },
    });
    const sent = await db.outboxMessage.create({
      data: { clinicId: c.clinic.id, kind: "PORTAL_INVITATION", recipient: "sent@example.com", subject: "s", body: "b", sentAt: new Date() },
    });
    const { patient } = await makeEpisode(c.therapist);
    await db.patient.update({ where: { id: patient.id }, data: { email: `${patient.id}@example.com` } });
    await createInvitation(c.therapist, patient.id, "https://clinic.example");
    expect(await db.outboxMessage.count({ where: { id: { in: [old.id, sent.id] } } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { recipient: `${patient.id}@example.com` } })).toBe(1);
  });
});
