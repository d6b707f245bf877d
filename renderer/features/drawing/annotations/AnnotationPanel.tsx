import { useState } from 'react';
import { Switch } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { FormError } from '../../../components/FormError';
import { AnnotationTextDialog } from './AnnotationTextDialog';
import type { Annotation, AnnotationKind, Annotations } from './useAnnotations';

export interface AnnotationUi {
  visible: boolean;
  setVisible: (visible: boolean) => void;
  placing: AnnotationKind | null;
  setPlacing: (kind: AnnotationKind | null) => void;
  /** A place on the page waiting for its text. */
  pending: { kind: AnnotationKind; x: number; y: number } | null;
  setPending: (pending: { kind: AnnotationKind; x: number; y: number } | null) => void;
}

export function useAnnotationUi(): AnnotationUi {
  const [visible, setVisible] = useState(true);
  const [placing, setPlacing] = useState<AnnotationKind | null>(null);
  const [pending, setPending] = useState<AnnotationUi['pending']>(null);
  return { visible, setVisible, placing, setPlacing, pending, setPending };
}

/**
 * The psychologist's annotations beside the page: show/hide, "Add pin" / "Add note" (then a click
 * on the page), and the list, where every mark can be edited or deleted from the keyboard.
 */
export function AnnotationPanel({ annotations, ui }: { annotations: Annotations; ui: AnnotationUi }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Annotation | null>(null);
  const [deleting, setDeleting] = useState<Annotation | null>(null);
  const [busy, setBusy] = useState(false);
  const label = (a: Annotation, i: number) => t(`drawing.annotations.label.${a.kind}`, { n: i + 1 });

  const dialog = ui.pending
    ? { kind: ui.pending.kind, text: '', editing: false }
    : editing
      ? { kind: editing.kind, text: editing.text, editing: true }
      : null;

  return (
    <section className="annotations" aria-labelledby="annotations-heading">
      <h2 id="annotations-heading" className="annotations__heading">
        {t('drawing.annotations.title')}
      </h2>
      <Switch className="switch" isSelected={ui.visible} onChange={ui.setVisible}>
        <span className="switch__track" aria-hidden="true">
          <span className="switch__thumb" />
        </span>
        {t('drawing.annotations.show')}
      </Switch>
      <div className="annotations__modes">
        {(['pin', 'note'] as const).map((kind) => (
          <Button
            key={kind}
            variant={ui.placing === kind ? 'primary' : 'secondary'}
            aria-pressed={ui.placing === kind}
            onPress={() => {
              ui.setVisible(true);
              ui.setPlacing(ui.placing === kind ? null : kind);
            }}
          >
            {t(`drawing.annotations.add.${kind}`)}
          </Button>
        ))}
      </div>
      {ui.placing ? (
        <p className="annotations__hint" role="status">
          {t('drawing.annotations.placeHint')}
        </p>
      ) : null}
      <FormError error={annotations.error} />
      {annotations.loaded && annotations.items.length === 0 ? (
        <p className="annotations__empty">{t('drawing.annotations.empty')}</p>
      ) : null}
      <ol className="annotations__list">
        {annotations.items.map((a, i) => (
          <li key={a.id} className="annotations__item" data-testid="annotation-item">
            <span className={`annotation-badge annotation-badge--${a.kind}`} aria-hidden="true">
              {i + 1}
            </span>
            <div className="annotations__body">
              <span className="annotations__kind">{label(a, i)}</span>
              {a.text ? <p className="annotations__text">{a.text}</p> : null}
              <div className="annotations__actions">
                <Button
                  variant="quiet"
                  aria-label={t('drawing.annotations.editOf', { label: label(a, i) })}
                  onPress={() => setEditing(a)}
                >
                  {t('drawing.annotations.edit')}
                </Button>
                <Button
                  variant="quiet"
                  aria-label={t('drawing.annotations.deleteOf', { label: label(a, i) })}
                  onPress={() => setDeleting(a)}
                >
                  {t('drawing.annotations.delete')}
                </Button>
              </div>
            </div>
          </li>
        ))}
      </ol>
      <AnnotationTextDialog
        key={ui.pending ? `new-${ui.pending.x}-${ui.pending.y}` : (editing?.id ?? 'closed')}
        open={dialog}
        onCancel={() => {
          ui.setPending(null);
          setEditing(null);
        }}
        onSave={async (text) => {
          const ok = ui.pending
            ? await annotations.add(ui.pending.kind, ui.pending.x, ui.pending.y, text)
            : editing
              ? await annotations.update(editing.id, text)
              : false;
          ui.setPending(null);
          setEditing(null);
          return ok;
        }}
      />
      <Dialog
        isOpen={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={t('drawing.annotations.deleteTitle')}
        role="alertdialog"
        isBusy={busy}
      >
        <p>{t('drawing.annotations.deleteExplain')}</p>
        <div className="form__actions">
          <Button
            variant="danger"
            isDisabled={busy}
            onPress={async () => {
              if (!deleting) return;
              setBusy(true);
              await annotations.remove(deleting.id);
              setBusy(false);
              setDeleting(null);
            }}
          >
            {t('drawing.annotations.deleteConfirm')}
          </Button>
          <Button variant="quiet" onPress={() => setDeleting(null)} autoFocus isDisabled={busy}>
            {t('drawing.annotations.cancel')}
          </Button>
        </div>
      </Dialog>
    </section>
  );
}
