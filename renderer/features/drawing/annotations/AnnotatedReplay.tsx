import type { TypedDrawing } from '../../../../assessments/drawing/typed';
import { pageSize } from '../../../../assessments/drawing/page';
import { ReplayView } from '../ReplayView';
import { ExportPanel } from '../export/ExportPanel';
import { AnnotationOverlay } from './AnnotationOverlay';
import { AnnotationPanel, useAnnotationUi } from './AnnotationPanel';
import { useAnnotations } from './useAnnotations';
import './annotations.css';

/** The replay with the psychologist's annotation layer (the Drawings area only, never client mode). */
export function AnnotatedReplay({ drawingId, drawing }: { drawingId: string; drawing: TypedDrawing }) {
  const annotations = useAnnotations(drawingId);
  const ui = useAnnotationUi();
  return (
    <ReplayView
      drawing={drawing}
      overlay={
        <AnnotationOverlay
          page={pageSize(drawing.page)}
          items={annotations.items}
          visible={ui.visible}
          placing={ui.placing}
          onPlace={(x, y) => {
            if (!ui.placing) return;
            ui.setPending({ kind: ui.placing, x, y });
            ui.setPlacing(null);
          }}
        />
      }
      aside={
        <>
          <AnnotationPanel annotations={annotations} ui={ui} />
          <ExportPanel drawingId={drawingId} drawing={drawing} annotations={annotations.items} />
        </>
      }
    />
  );
}
