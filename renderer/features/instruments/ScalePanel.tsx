import { useTranslation } from 'react-i18next';
import { scaleRange, wordingStatus } from '../../../assessments/instruments';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import type { Language } from '../../../electron/contract/schemas';
import { formatNumber } from '../../i18n/format';
import { focusFlagNote } from './FlagAlert';
import { useInstrumentForm } from './formContext';
import { itemAnchor } from './ItemView';
import { say } from './localized';
import { noteScale, noteText } from './noteText';
import { LicenceNotice } from './TranslationBadge';

/**
 * Live scores beside the form: each scale's value, its range and band, why a value is missing,
 * raised safety alerts, and (while editing) what still blocks signing.
 */
export function ScalePanel() {
  const { t, i18n } = useTranslation();
  const { def, language, status, numbers, readOnly, state } = useInstrumentForm();
  const { result } = status;
  // In the words around it (the UI language), with a real minus sign: "−1" reads as a number, "-1" as a dash.
  const format = (value: number) => formatNumber(i18n.language as Language, value, { digits: 2 });
  const answered = def.sections.flatMap((s) => s.items).filter((i) => state.answers[i.id] !== undefined).length;
  const itemCount = numbers.size;
  // Issue 13 §1: a signed result says which text the client answered; a draft, the text shown now.
  const administration = result.administration ?? null;
  const working = (administration?.textStatus ?? wordingStatus(def, language)) === 'working' && def.kind === 'questionnaire';
  return (
    <aside className="score-panel" aria-labelledby="score-panel-title">
      <h2 id="score-panel-title" className="score-panel__title">
        {t('instruments.scores.title')}
      </h2>
      {result.flags.map((flag) => (
        <div key={flag.id} className="score-panel__flag">
          <p>
            <Icon name="alert" />
            <strong>{t('instruments.flag.title')}</strong>{' '}
            {t('instruments.flag.onItem', { item: numbers.get(flag.itemId) ?? '' })}
          </p>
          {flag.requiresAcknowledgement && !readOnly ? (
            <Button className="button--small" onPress={() => focusFlagNote(flag.id)}>
              {t('instruments.flag.goToNote')}
            </Button>
          ) : null}
          {readOnly ? (
            <a className="score-panel__link" href={`#${itemAnchor(flag.itemId)}`}>
              {t('instruments.flag.goToItem')}
            </a>
          ) : null}
        </div>
      ))}
      <ul className="scores" aria-live="polite">
        {def.scales.map((scale) => {
          const r = result.scales[scale.id];
          const range = scaleRange(def, scale);
          const notes = result.notes.filter((n) => noteScale(n) === scale.id);
          return (
            <li key={scale.id} className="score">
              <span className="score__name">{say(scale.name, language)}</span>
              <span className="score__line">
                <span className="score__value">{r && r.value !== null ? format(r.value) : t('instruments.scores.noValue')}</span>
                {range ? (
                  <span className="score__range">
                    {t('instruments.scores.range', { min: format(range.min), max: format(range.max) })}
                  </span>
                ) : null}
              </span>
              {r?.band ? (
                <span className="score__band">
                  {say(r.band.label, language)}
                  <span className="score__band-range">
                    {' '}
                    ({t('instruments.scores.bandRange', { min: r.band.min, max: r.band.max })})
                  </span>
                </span>
              ) : null}
              {r && r.value !== null && !r.band && scale.bands.length > 0 ? (
                <span className="score__band score__band--none">{t('instruments.scores.noBand')}</span>
              ) : null}
              {r?.band?.informal ? <span className="tag tag--warning">{t('instruments.scores.informal')}</span> : null}
              {r?.band && !r.band.informal && working ? (
                <span className="tag tag--warning" data-testid="cut-off-caveat">
                  {t('instruments.scores.cutOffCaveat')}
                </span>
              ) : null}
              {r?.prorated ? <span className="tag">{t('instruments.scores.prorated')}</span> : null}
              {notes.map((note, i) => (
                <p key={i} className="score__note">
                  {noteText(t, def, note, numbers, language)}
                </p>
              ))}
            </li>
          );
        })}
      </ul>
      {result.notes
        .filter((note) => noteScale(note) === null)
        .map((note, i) => (
          <p key={i} className="score-panel__note">
            {noteText(t, def, note, numbers, language)}
          </p>
        ))}
      {itemCount > 0 ? (
        <p className="score-panel__answered">{t('instruments.scores.answered', { answered, total: itemCount })}</p>
      ) : null}
      {readOnly && administration ? (
        <p className="score-panel__administration" data-testid="administration">
          {t('instruments.wording.administered', {
            language: t(`instruments.wording.language.${administration.language}`),
            status: t(`instruments.wording.status.${administration.textStatus}`),
          })}
        </p>
      ) : null}
      {def.kind === 'questionnaire' ? <LicenceNotice def={def} language={language} /> : null}
      {readOnly ? null : <SigningStatus />}
    </aside>
  );
}

function SigningStatus() {
  const { t } = useTranslation();
  const { status } = useInstrumentForm();
  // Unanswered items do not block signing (a client may decline an item; the scores say what is
  // missing), so there is nothing to say until something does block it.
  if (status.canSign) return null;
  return (
    <div className="score-panel__signing">
      <p>{t('instruments.signing.blocked')}</p>
      <ul>
        {status.unacknowledged.length > 0 ? <li>{t('instruments.signing.acknowledge')}</li> : null}
        {status.problems.length > 0 ? <li>{t('instruments.signing.correct')}</li> : null}
      </ul>
    </div>
  );
}
