import { pathData, pointsAttr, type Drawing, type IllustrationLocale, type Shape } from "@/lib/illustrations";

/**
 * An exercise's line drawing (start and end position with the movement arrow) as inline SVG.
 * It fills the width of its container and keeps the drawing's 3:1 shape; screen readers get
 * the alt text as the image's name. Get the drawing with `exerciseDrawing(key)` from
 * lib/domain/injuries/illustrations.ts (null: the exercise has no picture, render nothing).
 */
export function ExerciseIllustration({ drawing, locale = "en", className }: { drawing: Drawing; locale?: IllustrationLocale; className?: string }) {
  return (
    <svg
      viewBox={`0 0 ${drawing.width} ${drawing.height}`}
      role="img"
      aria-label={drawing.alt[locale]}
      className={className ?? "h-auto w-full"}
      xmlns="http://www.w3.org/2000/svg"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {drawing.shapes.map((shape, i) => (
        <SvgShape key={i} shape={shape} />
      ))}
    </svg>
  );
}

function SvgShape({ shape }: { shape: Shape }) {
  const paint = { stroke: shape.stroke ?? "none", strokeWidth: shape.strokeWidth, fill: shape.fill ?? "none" };
  switch (shape.kind) {
    case "line":
      return <line x1={shape.x1} y1={shape.y1} x2={shape.x2} y2={shape.y2} {...paint} />;
    case "circle":
      return <circle cx={shape.cx} cy={shape.cy} r={shape.r} {...paint} />;
    case "polygon":
      return <polygon points={pointsAttr(shape.points)} {...paint} />;
    case "rect":
      return <rect x={shape.x} y={shape.y} width={shape.width} height={shape.height} rx={shape.rx} {...paint} />;
    case "path":
      return <path d={pathData(shape)} {...paint} />;
  }
}
