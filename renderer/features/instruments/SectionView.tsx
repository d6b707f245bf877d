import type { Section } from '../../../assessments/instruments';
import { useInstrumentForm } from './formContext';
import { ItemView } from './ItemView';
import { say } from './localized';

/** A titled group of items, rendered from the definition in order. */
export function SectionView({ section, level }: { section: Section; level: 2 | 3 }) {
  const { language, suggestions, readOnly, status } = useInstrumentForm();
  // Only indicators, none with a suggestion or a flag: laid out as a grid of checkboxes.
  const compact =
    !readOnly &&
    section.items.every(
      (i) =>
        i.kind === 'indicator' &&
        !suggestions.some((s) => s.itemId === i.id) &&
        !status.result.flags.some((f) => f.itemId === i.id),
    );
  const headingId = `section-${section.id}`;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="form-section" aria-labelledby={headingId}>
      <Heading id={headingId} className="form-section__title" lang={language}>
        {say(section.title, language)}
      </Heading>
      <div className={compact ? 'form-section__items form-section__items--indicators' : 'form-section__items'}>
        {section.items.map((item) => (
          <ItemView key={item.id} item={item} />
        ))}
      </div>
    </section>
  );
}
