import { LineIcon } from '../../components/Icon';

/** Line icons for the drawing tools, in the style of components/Icon (decorative; controls carry names). */
const PATHS = {
  pencil: 'M4 20l1.2-4.6L16 4.6a2 2 0 0 1 2.8 0l.6.6a2 2 0 0 1 0 2.8L8.6 18.8 4 20Z M14.5 6l3.5 3.5 M5.2 15.4l3.4 3.4',
  colouredPencil:
    'M4 20l1.2-4.6L16 4.6a2 2 0 0 1 2.8 0l.6.6a2 2 0 0 1 0 2.8L8.6 18.8 4 20Z M14.5 6l3.5 3.5 M14 20.5h.01 M17 20.5h.01 M20 20.5h.01',
  marker: 'M9 15l-3 3-1.5 3.5L8 20l3-3 M9 15l7.5-10.5a2 2 0 0 1 2.9-.3l.4.4a2 2 0 0 1-.3 2.9L9 15Z M9 15l2 2',
  eraser: 'M8 20h12 M4.7 14.3l8.6-8.6a2 2 0 0 1 2.8 0l3.2 3.2a2 2 0 0 1 0 2.8L11 20H8.4l-3.7-3.7a1.4 1.4 0 0 1 0-2 M9 10l5 5',
  undo: 'M9 14L4 9l5-5 M4 9h10.5a5.5 5.5 0 0 1 0 11H11',
  redo: 'M15 14l5-5-5-5 M20 9H9.5a5.5 5.5 0 0 0 0 11H13',
  clear: 'M4 7h16 M10 11v6 M14 11v6 M6 7l1 13h10l1-13 M9 7V4h6v3',
  done: 'M4 12.5l5 5L20 6.5',
  hide: 'M6 15l6-6 6 6',
  show: 'M6 9l6 6 6-6',
  play: 'M7 4v16l13-8L7 4Z',
  pause: 'M7 4h3v16H7z M14 4h3v16h-3z',
  resume: 'M4 12a8 8 0 1 0 2.3-5.7 M4 4v4h4',
  plus: 'M12 5v14 M5 12h14',
} as const;

export type ToolIconName = keyof typeof PATHS;

export function ToolIcon({ name, className }: { name: ToolIconName; className?: string }) {
  return <LineIcon path={PATHS[name]} className={className} size="1.5em" strokeWidth={1.8} />;
}
