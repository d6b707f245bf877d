import { useTranslation } from 'react-i18next';
import { type Instrument, type Language, type Scale, scaleRange } from '../../../../assessments/instruments';
import { answerText } from '../answerText';
import { itemIndex, itemNumbers, say } from '../localized';

/** Items, the answer scale, scales with their bands and rules, skip rules and safety flags. */
export function DetailScoring({ def, language }: { def: Instrument; language: Language }) {
  const { t } = useTranslation();
  const numbers = itemNumbers(def);
  const items = itemIndex(def);
  const name = (id: string) => String(numbers.get(id) ?? items.get(id)?.item.label[language].text ?? id);
  const whenAnswer = (id: string, value: number) => {
    const item = items.get(id)?.item;
    return item ? answerText(t, def, item, value, language) : String(value);
  };
  return (
    <section className="panel detail-section" aria-labelledby="detail-scoring">
      <h2 id="detail-scoring">{t('instruments.detail.scoring')}</h2>
      <p>{t('instruments.detail.itemCount', { items: items.size, sections: def.sections.length })}</p>
      {def.kind === 'drawing' ? (
        <ul className="detail-list detail-sections" lang={language}>
          {def.sections.map((section) => (
            <li key={section.id}>
              {say(section.title, language)} <span className="muted">({section.items.length})</span>
            </li>
          ))}
        </ul>
      ) : null}
      {def.responseScales.map((scale) => (
        <div key={scale.id}>
          <h3>{t('instruments.detail.answerScale')}</h3>
          <ul className="detail-list detail-list--plain" lang={language}>
            {scale.options.map((o) => (
              <li key={o.value}>
                <span className="detail-value">{o.value}</span> {say(o.label, language)}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {def.scales.map((scale) => (
        <ScaleDetail key={scale.id} def={def} scale={scale} language={language} name={name} />
      ))}
      {def.skipRules.length > 0 ? (
        <>
          <h3>{t('instruments.detail.skipRules')}</h3>
          <ul className="detail-list">
            {def.skipRules.map((rule) => (
              <li key={rule.itemId}>
                {t('instruments.detail.skipRule', {
                  item: name(rule.itemId),
                  when: name(rule.when.itemId),
                  answer: whenAnswer(rule.when.itemId, rule.when.equals),
                  score: rule.scoreAs,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {def.flags.length > 0 ? (
        <>
          <h3>{t('instruments.detail.flags')}</h3>
          <ul className="detail-list">
            {def.flags.map((flag) => (
              <li key={flag.id}>
                {flag.operator === 'unanswered'
                  ? t('instruments.detail.flagUnanswered', { item: name(flag.itemId) })
                  : t('instruments.detail.flag', { item: name(flag.itemId), operator: flag.operator, value: flag.value })}{' '}
                <span lang={language}>{say(flag.message, language)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

type ScaleProps = { def: Instrument; scale: Scale; language: Language; name(id: string): string };

function ScaleDetail({ def, scale, language, name }: ScaleProps) {
  const { t } = useTranslation();
  const range = scaleRange(def, scale);
  const scaleName = (id: string) => def.scales.find((s) => s.id === id)?.name[language].text ?? id;
  const how =
    scale.method === 'difference'
      ? t('instruments.method.difference', { minuend: scaleName(scale.minuend), subtrahend: scaleName(scale.subtrahend) })
      : t(`instruments.method.${scale.method}`, { count: scale.items.length });
  const reversed = scale.method === 'difference' ? [] : scale.items.filter((i) => i.reversed).map((i) => name(i.itemId));
  return (
    <div className="detail-scale">
      <h3 lang={language}>{say(scale.name, language)}</h3>
      <dl className="detail-facts">
        <dt>{t('instruments.detail.method')}</dt>
        <dd>{how}</dd>
        {range ? (
          <>
            <dt>{t('instruments.detail.range')}</dt>
            <dd>{t('instruments.scores.bandRange', { min: range.min, max: range.max })}</dd>
          </>
        ) : null}
        {reversed.length > 0 ? (
          <>
            <dt>{t('instruments.detail.reversed')}</dt>
            <dd>{reversed.join(', ')}</dd>
          </>
        ) : null}
        {scale.method !== 'difference' ? (
          <>
            <dt>{t('instruments.detail.missing')}</dt>
            <dd>
              {scale.missing === 'none-missing'
                ? t('instruments.missing.noneMissing')
                : t('instruments.missing.prorate', { max: scale.missing.prorate.maxMissing })}
            </dd>
          </>
        ) : null}
      </dl>
      {scale.bands.length > 0 ? (
        <table className="table table--compact detail-bands">
          <caption className="visually-hidden">{t('instruments.detail.bandsFor', { scale: say(scale.name, language) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('instruments.detail.bandScores')}</th>
              <th scope="col">{t('instruments.detail.band')}</th>
            </tr>
          </thead>
          <tbody>
            {[
              ...scale.bands.map((band) => ({ min: band.min, max: band.max, band })),
              ...scale.noBand.map((r) => ({ min: r.min, max: r.max, band: null })),
            ]
              .sort((a, b) => a.min - b.min)
              .map(({ min, max, band }) => (
                <tr key={min}>
                  <td className="nowrap">{t('instruments.scores.bandRange', { min, max })}</td>
                  {band ? (
                    <td lang={language}>
                      {say(band.label, language)}
                      {band.informal ? <span className="tag tag--warning">{t('instruments.scores.informal')}</span> : null}
                    </td>
                  ) : (
                    <td className="muted">{t('instruments.scores.noBand')}</td>
                  )}
                </tr>
              ))}
          </tbody>
        </table>
      ) : null}
      {scale.bandSource ? (
        <p className="detail-sources__note">
          {t('instruments.detail.bandSource')} <span lang="en">{scale.bandSource}</span>
        </p>
      ) : null}
    </div>
  );
}
