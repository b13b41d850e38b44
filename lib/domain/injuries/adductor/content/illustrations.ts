// How the groin exercises are drawn (decision 019): a pose description per exercise key. The
// figure is a side view facing right, so only movements in that plane can be shown: the wide
// squat and the kick. The side-lying, Copenhagen, band, slide, side-lunge, stretch and shuffle
// exercises move the leg sideways (toward the viewer) and stay without a picture until
// lib/illustrations can draw a front or side-lying view; pages then show no picture.
import type { IllustrationDescription } from "../../../../illustrations";

/** Groin exercises with no picture yet, and why (checked by the unit test). */
export const AWAITING_FRONT_VIEW = [
  "groin-ball-squeeze-bent",
  "groin-ball-squeeze-straight",
  "groin-side-lying-adduction",
  "groin-band-adduction",
  "groin-slide-adduction",
  "groin-copenhagen-short",
  "groin-copenhagen-long",
  "groin-copenhagen-dynamic",
  "groin-side-lunge",
  "groin-adductor-stretch",
  "groin-lateral-shuffle",
] as const;

export const ADDUCTOR_ILLUSTRATIONS: Record<string, IllustrationDescription> = {
  "groin-sumo-squat": {
    start: {
      posture: "standing",
      injured: { hip: 4, knee: 4, sole: 0, plant: "floor" },
      other: { hip: 4, knee: 4, sole: 0, plant: "floor" },
      nearArm: { shoulder: 10, elbow: 10 },
      farArm: { shoulder: 10, elbow: 10 },
    },
    end: {
      posture: "standing",
      trunk: 25,
      injured: { hip: 85, knee: 90, sole: 0, plant: "floor" },
      other: { hip: 85, knee: 90, sole: 0, plant: "floor" },
      nearArm: { shoulder: 80, elbow: 10 },
      farArm: { shoulder: 80, elbow: 10 },
    },
    movement: "squat",
    arrows: [{ at: "hip", offset: [-10, 0] }],
  },
  "groin-kicking-progression": {
    start: {
      posture: "standing",
      contact: "otherBall",
      injured: { hip: -30, knee: 60, ankle: 20, plant: "none" },
      other: { hip: 8, knee: 10, sole: 0 },
      nearArm: { shoulder: 30, elbow: 30 },
      farArm: { shoulder: -20, elbow: 30 },
    },
    end: {
      posture: "standing",
      contact: "otherBall",
      trunk: -8,
      injured: { hip: 60, knee: 10, ankle: 20, plant: "none" },
      other: { hip: 8, knee: 10, sole: 0 },
      nearArm: { shoulder: -20, elbow: 30 },
      farArm: { shoulder: 40, elbow: 30 },
    },
    movement: "kick",
    arrows: [{ at: "injuredToe", offset: [4, 6], bend: 0.4 }],
  },
};
