import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TypedDrawing } from '../../../../assessments/drawing/typed';
import { pageSize } from '../../../../assessments/drawing/page';
import { AnnotationOverlay } from '../annotations/AnnotationOverlay';
import { AnnotationPanel, useAnnotationUi } from '../annotations/AnnotationPanel';
import { useAnnotations } from '../annotations/useAnnotations';
import { ExportPanel } from '../export/ExportPanel';
import { fitPage } from '../render/pageFit';
import { fromBase64 } from '../storage/base64';
import type { PaperImage } from '../storage/drawingsApi';
import '../annotations/annotations.css';

/** A paper drawing: its picture on the page, the annotation layer, export; no process to replay. */
export function PaperDrawingView({ drawingId, drawing, image }: { drawingId: string; drawing: TypedDrawing; image: PaperImage }) {
  const { t } = useTranslation();
  const annotations = useAnnotations(drawingId);
  const ui = useAnnotationUi();
  const frameRef = useRef<HTMLDivElement>(null);
  const paperRef = useRef<HTMLDivElement>(null);
  const page = pageSize(drawing.page);
  const url = useMemo(
    () => URL.createObjectURL(new Blob([fromBase64(image.data) as Uint8Array<ArrayBuffer>], { type: image.mime })),
    [image],
  );
  useEffect(() => () => URL.revokeObjectURL(url), [url]);

  // The same fit as the replay: the page, in whole CSS pixels, as large as the frame allows.
  useEffect(() => {
    const frame = frameRef.current;
    const paper = paperRef.current;
    if (!frame || !paper) return;
    const resize = () => {
      const style = getComputedStyle(frame);
      const fit = fitPage(
        {
          width: frame.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
          height: frame.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom),
        },
        page,
      );
      paper.style.width = `${fit.width}px`;
      paper.style.height = `${fit.height}px`;
    };
    const observer = new ResizeObserver(resize);
    observer.observe(frame);
    resize();
    return () => observer.disconnect();
  }, [page]);

  return (
    <div className="replay">
      <div className="replay__stage">
        <div ref={frameRef} className="drawing-frame drawing-frame--replay" data-orientation={drawing.page.orientation}>
          <div
            ref={paperRef}
            className="drawing-paper"
            role="img"
            aria-label={t('drawing.paper.pageLabel')}
            data-testid="paper-page"
          >
            <img className="paper-image" src={url} alt="" />
            <AnnotationOverlay
              page={page}
              items={annotations.items}
              visible={ui.visible}
              placing={ui.placing}
              onPlace={(x, y) => {
                if (!ui.placing) return;
                ui.setPending({ kind: ui.placing, x, y });
                ui.setPlacing(null);
              }}
            />
          </div>
        </div>
      </div>
      <div className="replay__side">
        <AnnotationPanel annotations={annotations} ui={ui} />
        <ExportPanel drawingId={drawingId} drawing={drawing} annotations={annotations.items} image={image} />
        <section className="metrics-na annotations">
          <h2 className="annotations__heading">{t('drawing.paper.metricsTitle')}</h2>
          <p className="annotations__empty">{t('drawing.paper.metricsNotAvailable')}</p>
        </section>
      </div>
    </div>
  );
}
