import { say } from '../localized';
import type { ItemEditorProps } from './itemProps';
import { ScaleChoice } from './ScaleChoice';

/** A rating from min to max; the anchors label their points (e.g. PPAT 0 "black only or no colour"). */
export function RatingItem({ item, language, label, help, error, value, onChange }: ItemEditorProps<'rating'>) {
  const points = [];
  for (let v = item.min; v <= item.max; v++) {
    const anchor = item.anchors.find((a) => a.value === v);
    points.push({ value: v, label: anchor ? say(anchor.label, language) : undefined });
  }
  return (
    <ScaleChoice
      label={label}
      help={help}
      error={error}
      points={points}
      value={typeof value === 'number' ? value : null}
      onChange={onChange}
    />
  );
}
