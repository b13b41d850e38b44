// Exercise illustrations: the description (what a therapist would say about the picture) and the
// drawing (plain geometry any renderer can paint). Pure data: no framework, no I/O, so the web
// component, the PDF renderer and scripts all draw the same picture (decision 019).

/** Languages the alt text is written in. */
export type IllustrationLocale = "en" | "es";

/**
 * Body position. Each preset gives the trunk and default joint angles; a pose overrides any of
 * them. The figure always faces right (the viewer sees its side), the injured leg nearest.
 */
export type Posture =
  "standing" | "walking" | "sitting-chair" | "sitting-floor" | "supine" | "prone" | "kneeling" | "lunge" | "hopping" | "running" | "cycling";

/**
 * Leg angles in degrees. hip: flexion, 0 = in line with the trunk, + = thigh forward. knee:
 * flexion, 0 = straight. ankle: plantar flexion relative to the shank, 0 = foot at a right angle,
 * + = toes point away. sole: instead of ankle, the tilt of the sole from the ground, + = heel up
 * (toes still pointing forward); use it when the foot is on the floor or a step.
 */
export interface LegPose {
  hip: number;
  knee: number;
  ankle?: number;
  sole?: number;
  /**
   * Keep this foot on a surface: after placing the figure, the hip stays, the foot stays where
   * the angles put it across, and the knee is solved so the foot rests on the surface (both feet
   * on the floor when sitting or standing on two legs). "none" lifts a preset's plant.
   */
  plant?: Support | "none";
}

/** Arm angles in degrees. shoulder: flexion, 0 = hanging by the trunk, 90 = reaching forward. */
export interface ArmPose {
  shoulder: number;
  elbow: number;
}

/** Named points of a placed figure, for props, arrows and placement. */
export type BodyPoint =
  | "hip"
  | "shoulder"
  | "head"
  | "injuredKnee"
  | "injuredAnkle"
  | "injuredHeel"
  | "injuredBall"
  | "injuredToe"
  | "otherKnee"
  | "otherAnkle"
  | "otherHeel"
  | "otherBall"
  | "otherToe"
  | "nearElbow"
  | "nearHand"
  | "farElbow"
  | "farHand"
  | "injuredShin";

/** What a foot or the figure rests on. */
export type Support = "floor" | "step" | "box";

export interface Pose {
  posture: Posture;
  /** Trunk lean in degrees from upright, + = forward. Preset default when absent. */
  trunk?: number;
  /** The injured leg: drawn nearest, darker and thicker. */
  injured?: Partial<LegPose>;
  /** The other leg: drawn behind, lighter. */
  other?: Partial<LegPose>;
  nearArm?: Partial<ArmPose>;
  farArm?: Partial<ArmPose>;
  /** The surface the contact point rests on: the floor by default, the seat when sitting on a chair. */
  on?: Support | "seat";
  /** The point resting on the surface; default the lowest point of the figure. */
  contact?: BodyPoint;
  /** Height above the surface (a hop in the air). */
  lift?: number;
  /** Horizontal shift of the whole figure in the panel (a step forward). */
  shift?: number;
  /** The point that stays still between the panels; the posture's default when absent. */
  anchor?: BodyPoint;
}

/**
 * A prop, placed from the figure: `at` names the body point it attaches to, `ref` which panel's
 * figure places it when it must stand still between the panels (a wall, a step), else each
 * panel places it from its own figure (a chair under the hips).
 */
export type Prop =
  | { kind: "chair" }
  | { kind: "wall"; at: BodyPoint; side: "front" | "behind"; ref?: PanelName }
  | { kind: "step"; at: BodyPoint; height?: number; width?: number; ref?: PanelName }
  | { kind: "box"; at: BodyPoint; height?: number; ref?: PanelName }
  | { kind: "counter"; at: "nearHand" | "farHand" }
  | { kind: "rail"; at: BodyPoint }
  | { kind: "band"; from: BodyPoint; to: BodyPoint }
  | { kind: "weight"; at: BodyPoint }
  | { kind: "roller"; at: BodyPoint }
  | { kind: "bike" }
  | { kind: "mat" }
  | { kind: "heel-lift"; at: BodyPoint }
  | { kind: "line"; at: BodyPoint; dx?: number; ref?: PanelName }
  | { kind: "cone"; at: BodyPoint; dx?: number; ref?: PanelName }
  | { kind: "rope" };

export type PanelName = "start" | "end";

/**
 * The movement arrow, drawn in the end panel: from where `at` was in the start position to where
 * it is in the end position (pushed away from the body by `offset`), or along `vector` when the
 * point does not move much within the picture (running forward, a hop).
 */
export interface ArrowSpec {
  at: BodyPoint;
  offset?: [number, number];
  vector?: [number, number];
  /** Sideways bend of the arrow as a fraction of its length, + = to the left of travel. */
  bend?: number;
  /** Heads at both ends: a movement that goes and comes back (hops). */
  twoWay?: boolean;
  /** Draw it in the start panel instead (the movement starts from there). */
  panel?: PanelName;
}

/** What the movement is, for the alt text. */
export type Movement =
  | "heel-up"
  | "heel-up-hold"
  | "heel-down"
  | "toes-up"
  | "ankle-pump"
  | "lean-stretch"
  | "sink-stretch"
  | "towel-pull"
  | "knee-forward"
  | "roll"
  | "walk"
  | "walk-run"
  | "pedal"
  | "balance"
  | "hips-up"
  | "step-up"
  | "lower-back-knee"
  | "hop"
  | "skip"
  | "hop-sideways"
  | "jump-onto-box"
  | "run"
  | "sprint"
  | "run-uphill"
  | "turn"
  | "squat"
  | "kick"
  | "knee-straighten"
  | "hinge"
  | "slide"
  | "knee-bend-hold"
  | "side-step"
  | "hold"
  | "lean-forward"
  | "leg-lift"
  | "heel-to-buttock"
  | "lean-back"
  // Front view (sideways movements)
  | "squeeze-knees"
  | "squeeze-legs"
  | "bottom-leg-lift"
  | "pull-in"
  | "side-slide"
  | "side-plank-hips-up"
  | "copenhagen-lift"
  | "side-lunge"
  | "weight-shift";

export interface IllustrationDescription {
  /** The side view (the default): the figure faces right, the injured leg nearest. */
  view?: "side";
  start: Pose;
  end: Pose;
  movement: Movement;
  props?: Prop[];
  arrows: ArrowSpec[];
  /** The ground rises to the right by this many degrees (a hill). */
  slope?: number;
  /** True when only one leg works (the other is off the ground or resting). */
  singleLeg?: boolean;
}

// ---------------------------------------------------------------------------------------------
// The front view: the figure faces the viewer, so sideways (frontal plane) movements show. The
// injured leg is on the viewer's right when standing. Same arrows, roles and alt text form.
// ---------------------------------------------------------------------------------------------

/**
 * Front-view body position. standing: upright, facing the viewer. side-lying: the whole front
 * figure turned to lie on its side on the floor, head on the left. side-plank: lying on the side
 * on the forearm with the top leg on a bench. supine: lying on the back, seen from the feet.
 */
export type FrontPosture = "standing" | "side-lying" | "side-plank" | "supine";

/** A leg in the front view, in degrees. */
export interface FrontLeg {
  /** Abduction: + = out to its own side, - = across the other leg. */
  out?: number;
  /** Knee bend: the knee points out and the shin swings back toward the middle. */
  knee?: number;
  /** Standing: the foot on the floor this far from the middle of the hips (+ = its own side); the knee bends outward to reach it. */
  foot?: number;
  /** Lying on the side: the (top) leg bends with its foot resting on the floor in front. */
  plant?: boolean;
}

export interface FrontPose {
  posture: FrontPosture;
  injured?: FrontLeg;
  other?: FrontLeg;
  /** Trunk lean sideways from the hips, + = toward the injured side. */
  trunk?: number;
  /** Arms out from the sides (degrees); bend at the elbow toward the middle. */
  nearArm?: { out: number; elbow?: number };
  farArm?: { out: number; elbow?: number };
  /** Standing: the hips sink this much below the height the straighter leg allows (knees bend). */
  sink?: number;
  /** Lying on the side or in a side plank: which leg is underneath. */
  down?: "injured" | "other";
  /** Side plank: the top leg rests on the bench at the knee (short lever) or the ankle (long lever). */
  bench?: "knee" | "ankle";
  /** Side plank: hips lifted into a straight line, or resting on the floor. */
  hips?: "up" | "down";
  /** Lying on the back: knees bent with the feet flat, or legs straight. */
  legs?: "bent" | "straight";
  /** Lying on the back: the legs press together (the ball flattens). */
  squeeze?: boolean;
  /** The point that stays still between the panels (x); the posture's default when absent. */
  anchor?: BodyPoint;
}

/** Front-view props: a ball between the knees or ankles, a bench, a band tied to a post, a towel under a foot, a mat. */
export type FrontProp =
  { kind: "mat" } | { kind: "ball"; between: "knees" | "ankles" } | { kind: "bench" } | { kind: "band"; at: BodyPoint } | { kind: "towel"; at: BodyPoint };

export interface FrontIllustrationDescription {
  view: "front";
  start: FrontPose;
  end: FrontPose;
  movement: Movement;
  props?: FrontProp[];
  arrows: ArrowSpec[];
}

/** Any exercise picture: the side view or the front view. */
export type ExerciseIllustrationDescription = IllustrationDescription | FrontIllustrationDescription;

// ---------------------------------------------------------------------------------------------
// The drawing: geometry in a fixed viewBox, colours resolved.
// ---------------------------------------------------------------------------------------------

/** What a shape is: renderers ignore it; tests and future styling read it. */
export type ShapeRole = "injured-leg" | "other-leg" | "body" | "far-arm" | "prop" | "ground" | "arrow" | "divider";

interface ShapeBase {
  role: ShapeRole;
  stroke?: string;
  strokeWidth?: number;
  fill?: string;
}

export type Shape =
  | (ShapeBase & { kind: "line"; x1: number; y1: number; x2: number; y2: number })
  | (ShapeBase & { kind: "circle"; cx: number; cy: number; r: number })
  | (ShapeBase & { kind: "polygon"; points: [number, number][] })
  | (ShapeBase & { kind: "rect"; x: number; y: number; width: number; height: number; rx?: number })
  /** A quadratic curve (arrow shafts, a rope, a band). */
  | (ShapeBase & { kind: "path"; from: [number, number]; control: [number, number]; to: [number, number] });

export interface Drawing {
  width: number;
  height: number;
  /** Painted in order, first at the back. */
  shapes: Shape[];
  alt: Record<IllustrationLocale, string>;
}
