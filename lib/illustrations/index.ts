// Exercise illustrations: pose descriptions in, line drawings out (decision 019).
export { illustrate, VIEW, GROUND_Y, INK } from "./illustrate";
export { pathData, pointsAttr } from "./svg";
export type {
  ArrowSpec,
  ExerciseIllustrationDescription,
  FrontIllustrationDescription,
  FrontLeg,
  FrontPose,
  FrontPosture,
  FrontProp,
  Drawing,
  IllustrationDescription,
  IllustrationLocale,
  LegPose,
  ArmPose,
  Movement,
  Pose,
  Posture,
  Prop,
  Shape,
  ShapeRole,
} from "./types";
