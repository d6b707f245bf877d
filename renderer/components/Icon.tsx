import { ICON_PATHS, type IconName } from './iconPaths';

/**
 * A few line icons drawn as inline SVG (no icon font, no emoji). Icons are decorative:
 * the control next to or around them always carries a text label.
 */
export type { IconName } from './iconPaths';

/** The one SVG wrapper of every line icon in the app (decorative, hidden from assistive technology). */
export function LineIcon({
  path,
  className,
  size = '1.25em',
  strokeWidth = 2,
}: {
  path: string;
  className?: string;
  size?: string;
  strokeWidth?: number;
}) {
  return (
    <svg
      className={['icon', className].filter(Boolean).join(' ')}
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={path} />
    </svg>
  );
}

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return <LineIcon path={ICON_PATHS[name]} className={className} />;
}
