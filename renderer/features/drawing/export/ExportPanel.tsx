import { useState } from 'react';
import { Switch } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TypedDrawing } from '../../../../assessments/drawing/typed';
import type { PaperImage } from '../../../../electron/contract/drawingChannels';
import type { Annotation } from '../../../../electron/contract/annotationChannels';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { FormError } from '../../../components/FormError';
import { toBase64 } from '../storage/base64';
import { renderExportPng } from './renderExport';

type Outcome = { kind: 'saved' } | { kind: 'cancelled' } | { kind: 'error'; error: AppError } | null;

/** "Export PNG (300 dpi)", with or without the annotations; the backend asks where to save and audits it. */
export function ExportPanel({
  drawingId,
  drawing,
  annotations,
  image = null,
}: {
  drawingId: string;
  drawing: TypedDrawing;
  annotations: readonly Annotation[];
  image?: PaperImage | null;
}) {
  const { t } = useTranslation();
  const [withAnnotations, setWithAnnotations] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const exportPng = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const blob = await renderExportPng(drawing, withAnnotations ? annotations : null, image);
      const png = toBase64(new Uint8Array(await blob.arrayBuffer()));
      const result = await call('drawings:exportPng', { drawingId, withAnnotations, png });
      if (!result.ok) setOutcome({ kind: 'error', error: result.error });
      else setOutcome({ kind: result.value.saved ? 'saved' : 'cancelled' });
    } catch {
      setOutcome({ kind: 'error', error: { code: 'INTERNAL', message: 'export rendering failed' } });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="annotations" aria-labelledby="export-heading">
      <h2 id="export-heading" className="annotations__heading">
        {t('drawing.export.title')}
      </h2>
      <Switch className="switch" isSelected={withAnnotations} onChange={setWithAnnotations}>
        <span className="switch__track" aria-hidden="true">
          <span className="switch__thumb" />
        </span>
        {t('drawing.export.withAnnotations')}
      </Switch>
      <Button variant="secondary" isDisabled={busy} onPress={() => void exportPng()}>
        {busy ? t('drawing.export.busy') : t('drawing.export.button')}
      </Button>
      {outcome?.kind === 'saved' ? (
        <p className="notice notice--success" role="status">
          {t('drawing.export.saved')}
        </p>
      ) : outcome?.kind === 'cancelled' ? (
        <p className="notice notice--info" role="status">
          {t('drawing.export.cancelled')}
        </p>
      ) : (
        <FormError error={outcome?.kind === 'error' ? outcome.error : null} />
      )}
    </section>
  );
}
