import { useTranslation } from 'react-i18next';
import {
  type Section,
  markRestAbsent,
  openItemsOf,
  sectionNotAssessed,
  setSectionNotAssessed,
} from '../../../assessments/instruments';
import { Button } from '../../components/Button';
import { useInstrumentForm } from './formContext';
import { ItemView } from './ItemView';
import { say } from './localized';

/** The DOM id of a section's heading, for links from the sign step ("3 items open in House: content"). */
export const sectionAnchor = (sectionId: string) => `section-${sectionId}`;

/**
 * A titled group of items, rendered from the definition in order. On a drawing protocol's form
 * the section says what is still open and offers the two statements that close it: the rest is
 * absent (indicators only), or the rest was not assessed (issue 12, item 3).
 */
export function SectionView({ section, level }: { section: Section; level: 2 | 3 }) {
  const { language, readOnly } = useInstrumentForm();
  const headingId = sectionAnchor(section.id);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="form-section" aria-labelledby={headingId}>
      <Heading id={headingId} className="form-section__title" lang={language} tabIndex={-1}>
        {say(section.title, language)}
      </Heading>
      {readOnly ? null : <SectionStatus section={section} />}
      <div className="form-section__items">
        {section.items.map((item) => (
          <ItemView key={item.id} item={item} />
        ))}
      </div>
    </section>
  );
}

function SectionStatus({ section }: { section: Section }) {
  const { t } = useTranslation();
  const { def, language, state, suggestions, update } = useInstrumentForm();
  if (def.kind !== 'drawing' || section.items.every((i) => i.kind === 'text')) return null;
  const stated = sectionNotAssessed(state, section.id);
  const open = openItemsOf(state, section);
  // An indicator with a suggestion waiting is decided on its own, never by "the rest is absent".
  const suggested = new Set(suggestions.map((s) => s.itemId));
  const openIndicators = open.some((id) => !suggested.has(id) && section.items.find((i) => i.id === id)?.kind === 'indicator');
  const title = say(section.title, language);
  if (stated) {
    return (
      <div className="form-section__status">
        <span className="tag tag--muted">{t('instruments.section.notAssessedNote')}</span>
        <Button
          variant="quiet"
          className="button--small"
          onPress={() => update((prev) => setSectionNotAssessed(prev, section.id, false))}
        >
          {t('instruments.section.undoNotAssessed')}
          <span className="visually-hidden"> {title}</span>
        </Button>
      </div>
    );
  }
  if (open.length === 0) {
    return (
      <div className="form-section__status">
        <span className="tag">{t('instruments.section.allAnswered')}</span>
      </div>
    );
  }
  return (
    <div className="form-section__status">
      <span className="tag tag--warning">{t('instruments.section.openCount', { count: open.length })}</span>
      {openIndicators ? (
        <Button className="button--small" onPress={() => update((prev) => markRestAbsent(prev, section, suggested))}>
          {t('instruments.section.restAbsent')}
        </Button>
      ) : null}
      <Button className="button--small" onPress={() => update((prev) => setSectionNotAssessed(prev, section.id, true))}>
        {t('instruments.section.restNotAssessed')}
      </Button>
    </div>
  );
}
