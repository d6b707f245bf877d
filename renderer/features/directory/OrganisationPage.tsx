import { type ReactNode, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../electron/contract/directoryChannels';
import type { Language } from '../../../electron/contract/schemas';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { PageTitle } from '../../components/Page';
import { formatCalendarDate, formatNumber } from '../../i18n/format';
import { useLoaded } from '../../hooks/useLoaded';
import { useKindText } from './kindText';

type Props = { id: string; canEdit: boolean; onBack: () => void; onEdit: (organisation: Organisation) => void };

/** One organisation, read-only; editors may edit it, archive it or bring it back. */
export function OrganisationPage({ id, canEdit, onBack, onEdit }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { kindText } = useKindText();
  const loaded = useLoaded(useCallback(() => call('directory:get', { id }), [id]));
  const [error, setError] = useState<AppError | null>(null);
  const o = loaded.value;

  const archive = async (archived: boolean) => {
    setError(null);
    const result = await call('directory:archive', { id, archived });
    if (!result.ok) return setError(result.error);
    loaded.set(result.value);
  };

  const none = <span className="muted">{t('directory.notRecorded')}</span>;
  const row = (label: string, value: ReactNode) => (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{value === '' || value === null ? none : value}</dd>
    </div>
  );
  const money = (n: number | null) => (n === null ? '…' : formatNumber(language, n));

  return (
    <>
      <Button variant="quiet" onPress={onBack}>
        {t('directory.backToList')}
      </Button>
      <FormError error={loaded.error ?? error} />
      {o === null ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : (
        <>
          <div className="page-header">
            <PageTitle>{o.name}</PageTitle>
            {canEdit ? (
              <div className="directory-actions">
                {!o.archived ? <Button onPress={() => onEdit(o)}>{t('directory.edit.button')}</Button> : null}
                <Button variant="quiet" onPress={() => void archive(!o.archived)}>
                  {o.archived ? t('directory.restore') : t('directory.archive')}
                </Button>
              </div>
            ) : null}
          </div>
          <p className="lead">{kindText(o.kind)}</p>
          {o.archived ? (
            <div className="notice notice--warning" role="status">
              <Icon name="info" className="notice__icon" />
              <div className="notice__body">
                <p>{t('directory.archivedNotice')}</p>
              </div>
            </div>
          ) : null}
          <dl className="facts directory-facts">
            {row(t('directory.fields.city'), o.city)}
            {row(t('directory.fields.district'), o.district)}
            {row(t('directory.fields.address'), o.address)}
            {row(t('directory.fields.languages'), o.languages.map((l) => t(`directory.languages.${l}`)).join(', '))}
            {row(t('directory.fields.phone'), o.phone)}
            {row(t('directory.fields.email'), o.email)}
            {row(t('directory.fields.contactPerson'), o.contactPerson)}
            {row(t('directory.fields.notes'), o.notes && <span className="pre-wrap">{o.notes}</span>)}
            {o.kind === 'employer' ? (
              <>
                {row(t('directory.fields.sector'), o.sector)}
                {row(
                  t('directory.fields.quotaPlaces'),
                  o.quotaPlaces === null
                    ? ''
                    : o.quotaUpdatedOn
                      ? t('directory.quotaAsOf', { count: o.quotaPlaces, date: formatCalendarDate(language, o.quotaUpdatedOn) })
                      : String(o.quotaPlaces),
                )}
                {row(t('directory.fields.vacancies'), o.vacancies && <span className="pre-wrap">{o.vacancies}</span>)}
                {row(
                  t('directory.wage'),
                  o.wageMin === null && o.wageMax === null
                    ? ''
                    : t('directory.wageRange', { from: money(o.wageMin), to: money(o.wageMax) }),
                )}
                {row(t('directory.fields.shifts'), o.shifts)}
                {row(
                  t('directory.fields.acceptsConvictions'),
                  o.acceptsConvictions === null ? '' : o.acceptsConvictions ? t('directory.yes') : t('directory.no'),
                )}
              </>
            ) : null}
          </dl>
        </>
      )}
    </>
  );
}
