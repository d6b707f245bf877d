import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cyrillicReadingOfLatinKeys } from '../../../common/keyboardLayout';
import { ORGANISATION_KIND_TEXT } from '../../../common/organisationKindText';
import type { Organisation } from '../../../electron/contract/directoryChannels';
import type { Language } from '../../../electron/contract/schemas';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { TextField } from '../../components/TextField';
import { useDebounced } from '../../hooks/useDebounced';

type Picked = { id: string; name: string };
type Props = {
  value: Picked | null;
  onChange: (picked: Picked | null) => void;
  errorMessage?: string;
};

const SHOWN = 8;

type Found = { rows: Organisation[]; total: number; readAs: string | null };

/**
 * Picks an organisation of the directory (helper A's `directory:search`): type a part of the name,
 * choose one of the first matches. A search typed with the Latin layout that finds nothing is tried
 * again as the same keys on the Russian layout ("Ntcn" → «Тест»), and says so. Archived organisations
 * are not offered.
 */
export function OrganisationPicker({ value, onChange, errorMessage }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [query, setQuery] = useState('');
  const debounced = useDebounced(query.trim(), 250);
  const [found, setFound] = useState<Found | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    if (value) return;
    let live = true;
    void (async () => {
      const search = (q: string) => call('directory:search', { query: q || undefined, limit: SHOWN });
      const first = await search(debounced);
      if (!live) return;
      if (!first.ok) return setError(first.error);
      setError(null);
      const readAs = first.value.total === 0 && debounced ? cyrillicReadingOfLatinKeys(debounced) : null;
      if (readAs) {
        const second = await search(readAs);
        if (!live) return;
        if (second.ok && second.value.total > 0) return setFound({ ...second.value, readAs });
      }
      setFound({ ...first.value, readAs: null });
    })();
    return () => {
      live = false;
    };
  }, [debounced, value]);

  if (value) {
    return (
      <div className="referral-picked" data-testid="referral-picked">
        <p className="field__label">{t('referrals.form.organisation')}</p>
        <p className="referral-picked__name">
          <strong>{value.name}</strong>
          <Button variant="quiet" className="button--small" onPress={() => onChange(null)}>
            {t('referrals.form.changeOrganisation')}
          </Button>
        </p>
      </div>
    );
  }
  return (
    <div className="referral-picker">
      <TextField
        label={t('referrals.form.findOrganisation')}
        description={t('referrals.form.findOrganisationHelp')}
        value={query}
        onChange={setQuery}
        maxLength={200}
        type="search"
        errorMessage={errorMessage}
        isInvalid={errorMessage !== undefined}
      />
      <FormError error={error} />
      {found?.readAs ? (
        <p className="muted" role="status">
          {t('referrals.form.readAs', { query: found.readAs })}
        </p>
      ) : null}
      {found && found.rows.length === 0 ? (
        <p className="muted" role="status">
          {t('referrals.form.noOrganisation')}
        </p>
      ) : null}
      {found && found.rows.length > 0 ? (
        <ul className="referral-picker__list" aria-label={t('referrals.form.matches')}>
          {found.rows.map((o) => (
            <li key={o.id}>
              <Button className="referral-picker__option" onPress={() => onChange({ id: o.id, name: o.name })}>
                <span className="referral-picker__name">{o.name}</span>
                <span className="muted">{[ORGANISATION_KIND_TEXT[language][o.kind], o.city].filter(Boolean).join(' · ')}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {found && found.total > found.rows.length ? (
        <p className="muted">{t('referrals.form.moreMatches', { count: found.total - found.rows.length })}</p>
      ) : null}
    </div>
  );
}
