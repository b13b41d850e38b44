import { describe, expect, it } from "vitest";
import { illustrate, type IllustrationDescription } from "@/lib/illustrations";
import { kneeState } from "@/lib/illustrations/alt";

const seated = (injuredEnd: { hip: number; knee: number; sole: number }): IllustrationDescription => ({
  start: { posture: "sitting-chair" },
  end: { posture: "sitting-chair", injured: injuredEnd },
  props: [{ kind: "chair" }],
  movement: "heel-up",
  arrows: [{ at: "injuredHeel" }],
});

describe("alt text", () => {
  it("says where the body is, what the injured knee and foot do, and what the arrow shows", () => {
    const drawing = illustrate(seated({ hip: 90, knee: 90, sole: 30 }));
    expect(drawing.alt.en).toBe("Sitting on a chair, both feet flat, knees bent. The injured heel lifts; the arrow shows the heel going up.");
    expect(drawing.alt.es).toBe(
      "Persona sentada en una silla, los dos pies apoyados, rodillas dobladas. El talón del pie lesionado sube; la flecha muestra el talón subiendo.",
    );
  });

  it("names the injured leg when it works alone, and the props held", () => {
    const drawing = illustrate({
      start: { posture: "standing", contact: "injuredBall", other: { hip: 8, knee: 80, plant: "none" }, nearArm: { shoulder: 50, elbow: 25 } },
      end: { posture: "standing", contact: "injuredBall", injured: { hip: 0, knee: 0, sole: 40 }, other: { hip: 8, knee: 80, plant: "none" } },
      props: [{ kind: "counter", at: "nearHand" }],
      movement: "heel-up",
      arrows: [{ at: "injuredHeel" }],
    });
    expect(drawing.alt.en).toBe(
      "Standing on the injured leg, holding a counter, injured foot flat, knee straight, other foot off the floor. The injured heel lifts; the arrow shows the heel going up.",
    );
    expect(drawing.alt.es).toMatch(
      /^Persona de pie sobre la pierna lesionada, sujetándose a una encimera, pie lesionado apoyado, rodilla recta, el otro pie en el aire\./,
    );
  });

  it("reads the foot from the drawing: up on the ball of the foot on a step, heel below the edge", () => {
    const onToes = illustrate({
      start: { posture: "standing", on: "step", contact: "injuredBall", injured: { hip: 0, knee: 0, sole: 40 }, other: { hip: 8, knee: 80, plant: "none" } },
      end: { posture: "standing", on: "step", contact: "injuredBall", injured: { hip: 0, knee: 0, sole: -18 }, other: { hip: 8, knee: 80, plant: "none" } },
      props: [{ kind: "step", at: "injuredBall", ref: "start" }],
      movement: "heel-down",
      arrows: [{ at: "injuredHeel" }],
    });
    expect(onToes.alt.en).toMatch(
      /^Standing on the injured leg on a step, up on the ball of the injured foot, knee straight, other foot off the floor\. The injured heel lowers/,
    );
    const heelBelow = illustrate({
      start: { posture: "standing", on: "step", contact: "injuredBall", injured: { hip: 0, knee: 0, sole: -18 } },
      end: { posture: "standing", on: "step", contact: "injuredBall", injured: { hip: 0, knee: 0, sole: 40 } },
      movement: "heel-up",
      arrows: [{ at: "injuredHeel" }],
    });
    expect(heelBelow.alt.en).toMatch(/^Standing on a step, both heels below the edge of the step, knees straight\./);
    expect(heelBelow.alt.es).toMatch(/^Persona de pie en un escalón, los dos talones por debajo del borde del escalón, rodillas rectas\./);
  });

  it("calls a knee straight, slightly bent or bent by its angle", () => {
    expect([0, 11, 12, 34, 35, 90].map(kneeState)).toEqual(["straight", "straight", "slightly-bent", "slightly-bent", "bent", "bent"]);
  });

  it("describes a lying figure's knee without a foot position", () => {
    const drawing = illustrate({
      start: { posture: "supine", injured: { ankle: 30 } },
      end: { posture: "supine", injured: { ankle: -20 } },
      movement: "ankle-pump",
      arrows: [{ at: "injuredToe", twoWay: true }],
    });
    expect(drawing.alt.en).toBe("Lying on the back, injured knee straight. The toes point away, then pull back; the arrow shows the foot moving both ways.");
    expect(drawing.alt.es).toBe(
      "Persona tumbada boca arriba, rodilla recta de la pierna lesionada. Las puntas se estiran hacia delante y luego vuelven hacia usted; la flecha muestra el pie moviéndose en los dos sentidos.",
    );
  });

  it("says 'both heels' when both feet do the movement, and the raised leg of a single-leg bridge", () => {
    const both = illustrate({
      start: { posture: "standing", contact: "injuredBall", other: { hip: -4, knee: 0, sole: 0, plant: "floor" } },
      end: { posture: "standing", contact: "injuredBall", injured: { hip: 0, knee: 0, sole: 40 }, other: { hip: -4, knee: 0, sole: 40, plant: "floor" } },
      movement: "heel-up",
      arrows: [{ at: "injuredHeel" }],
    });
    expect(both.alt.en).toBe("Standing, both feet flat, knees straight. Both heels lift; the arrow shows the heels going up.");
    expect(both.alt.es).toBe("Persona de pie, los dos pies apoyados, rodillas rectas. Los dos talones suben; la flecha muestra los talones subiendo.");
    const bridge = illustrate({
      start: { posture: "supine", injured: { hip: 50, knee: 100, sole: 0, plant: "floor" }, other: { hip: 50, knee: 0, ankle: 0 } },
      end: {
        posture: "supine",
        contact: "shoulder",
        trunk: -116,
        injured: { hip: 0, knee: 90, sole: 0, plant: "floor" },
        other: { hip: 26, knee: 0, ankle: 0 },
      },
      movement: "hips-up",
      singleLeg: true,
      arrows: [{ at: "hip" }],
    });
    expect(bridge.alt.en).toMatch(/^Lying on the back, injured knee bent, other leg straight in the air\. The hips lift/);
  });
});
