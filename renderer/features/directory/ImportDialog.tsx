import { useState } from 'react';
import { Label, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { DuplicateAction, ImportPreview } from '../../../electron/contract/directoryChannels';
import type { OrganisationKind } from '../../../electron/contract/organisationKinds';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { RadioOption } from '../../components/Choice';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { Select } from '../../components/Select';
import { useKindText } from './kindText';
import { ImportErrors } from './ImportErrors';

type Props = { onClose: () => void; onImported: () => void };
type Result = { added: number; merged: number; skipped: number };

/**
 * CSV import in three steps: choose the file (the backend opens the system's picker; lines without a kind
 * take the chosen one), read what the import would do — every bad line with its number, field and reason,
 * every duplicate with what a merge would change and a choice to merge, add or skip — then import.
 */
export function ImportDialog({ onClose, onImported }: Props) {
  const { t } = useTranslation();
  const { kindText, kindOptions } = useKindText();
  const [defaultKind, setDefaultKind] = useState<OrganisationKind>('employer');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [choices, setChoices] = useState<Record<number, DuplicateAction>>({});
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async () => {
    setError(null);
    setBusy(true);
    const answer = await call('directory:importPreview', { defaultKind });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    if (answer.value === null) return;
    setPreview(answer.value);
    setChoices(Object.fromEntries(answer.value.duplicates.map((d) => [d.line, 'merge' as const])));
  };

  const confirm = async () => {
    if (!preview) return;
    setError(null);
    setBusy(true);
    const decisions = Object.entries(choices).map(([line, action]) => ({ line: Number(line), action }));
    const answer = await call('directory:importConfirm', { previewId: preview.previewId, decisions });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setResult(answer.value);
    onImported();
  };

  const unreadable = error?.code === 'CSV_UNREADABLE' ? error.details?.reasons?.[0] : undefined;
  const toImport = preview ? preview.newCount + preview.duplicates.filter((d) => choices[d.line] !== 'skip').length : 0;

  return (
    <Dialog isOpen onOpenChange={(open) => !open && onClose()} title={t('directory.import.title')} isBusy={busy}>
      <div className="import-dialog">
        <FormError error={error}>{unreadable ? <p>{t(`directory.import.unreadable.${unreadable}`)}</p> : null}</FormError>
        {result ? (
          <>
            <div className="notice notice--success" role="status">
              <Icon name="check" className="notice__icon" />
              <div className="notice__body">
                <p>{t('directory.import.done', result)}</p>
              </div>
            </div>
            <div className="form__actions">
              <Button variant="primary" onPress={onClose}>
                {t('directory.import.close')}
              </Button>
            </div>
          </>
        ) : preview === null ? (
          <>
            <p>{t('directory.import.intro')}</p>
            <p className="muted">{t('directory.import.template')}</p>
            <Select<OrganisationKind>
              label={t('directory.import.defaultKind')}
              value={defaultKind}
              onChange={setDefaultKind}
              options={kindOptions}
            />
            <div className="form__actions">
              <Button variant="primary" isPending={busy} onPress={() => void choose()}>
                {t('directory.import.choose')}
              </Button>
              <Button variant="quiet" isDisabled={busy} onPress={onClose}>
                {t('common.cancel')}
              </Button>
            </div>
          </>
        ) : (
          <>
            <ul className="import-summary" aria-label={t('directory.import.summary')}>
              <li>{t('directory.import.lines', { count: preview.lines })}</li>
              <li>{t('directory.import.new', { count: preview.newCount })}</li>
              <li>{t('directory.import.duplicates', { count: preview.duplicates.length })}</li>
              <li className={preview.errorLines > 0 ? 'import-summary__bad' : undefined}>
                {t('directory.import.errorLines', { count: preview.errorLines })}
              </li>
            </ul>
            {preview.ignoredHeaders.length > 0 ? (
              <p className="muted">{t('directory.import.ignored', { headers: preview.ignoredHeaders.join(', ') })}</p>
            ) : null}
            <ImportErrors errors={preview.errors} total={preview.errorLines} />
            {preview.duplicates.length > 0 ? (
              <section className="import-section">
                <h3>{t('directory.import.duplicatesTitle')}</h3>
                <p className="muted">{t('directory.import.duplicatesHelp')}</p>
                <ul className="import-duplicates">
                  {preview.duplicates.map((d) => (
                    <li key={d.line} className="import-duplicate">
                      <RadioGroup
                        className="field field--group"
                        value={choices[d.line] ?? 'merge'}
                        onChange={(action) => setChoices({ ...choices, [d.line]: action as DuplicateAction })}
                        orientation="horizontal"
                      >
                        <Label className="field__label">
                          {t('directory.import.duplicateLine', {
                            line: d.line,
                            name: d.existing.name,
                            kind: kindText(d.existing.kind),
                            city: d.existing.city || '—',
                          })}
                        </Label>
                        <p className="field__description">
                          {d.changes.length > 0
                            ? t('directory.import.changes', {
                                fields: d.changes.map((f) => t(`directory.fields.${f}`)).join(', '),
                              })
                            : t('directory.import.noChanges')}
                        </p>
                        <div className="choices choices--row">
                          <RadioOption value="merge">{t('directory.import.merge')}</RadioOption>
                          <RadioOption value="add">{t('directory.import.add')}</RadioOption>
                          <RadioOption value="skip">{t('directory.import.skip')}</RadioOption>
                        </div>
                      </RadioGroup>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <div className="form__actions">
              <Button variant="primary" isPending={busy} isDisabled={toImport === 0} onPress={() => void confirm()}>
                {t('directory.import.confirm', { count: toImport })}
              </Button>
              <Button isDisabled={busy} onPress={() => void choose()}>
                {t('directory.import.another')}
              </Button>
              <Button variant="quiet" isDisabled={busy} onPress={onClose}>
                {t('common.cancel')}
              </Button>
            </div>
          </>
        )}
      </div>
    </Dialog>
  );
}
