import { useLayoutEffect, useMemo, useRef } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import {
  type FormState,
  type FormStatus,
  type Instrument,
  type Language,
  type ScoredResult,
  type Suggestion,
  formStatus,
} from '../../../assessments/instruments';
import { FormContext, type FormContextValue } from './formContext';
import { type FormGroup, formGroups } from './formGroups';
import { InquiryView } from './InquiryView';
import { contentStatus, itemNumbers, say } from './localized';
import { PageMeta } from './PageMeta';
import { ScalePanel } from './ScalePanel';
import { SectionView } from './SectionView';
import { TranslationBadge } from './TranslationBadge';
import './instruments.css';
import './items.css';
import './panels.css';

type Props = {
  definition: Instrument;
  /** Language of the instrument's texts; the UI around them stays in the UI language. */
  language: Language;
  /** Answers with their sources, and flag acknowledgements. */
  value: FormState;
  onChange?(next: FormState): void;
  /** Metric suggestions for items (suggestFromMetrics); shown beside their items. */
  suggestions?: readonly Suggestion[];
  /** A signed record: answers as words, no inputs, the stored result instead of a new score. */
  readOnly?: boolean;
  result?: ScoredResult;
  /** Live status (scores, problems, canSign) whenever it changes. */
  onStatusChange?(status: FormStatus): void;
};

/**
 * Renders any instrument from its definition: sections and all item kinds, drawing pages (as tabs
 * when there are several) with their inquiry, live scores and bands, validation messages, safety
 * flags with their required note, metric suggestions, skip rules; or a read-only signed record.
 */
export function InstrumentForm({
  definition,
  language,
  value,
  onChange,
  suggestions = [],
  readOnly = false,
  result,
  onStatusChange,
}: Props) {
  const { t } = useTranslation();
  const live = useMemo(() => formStatus(definition, value), [definition, value]);
  useLayoutEffect(() => {
    onStatusChange?.(live);
  }, [live, onStatusChange]);
  // The latest state, advanced by each change before the parent re-renders with it.
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  }, [value]);
  const numbers = useMemo(() => itemNumbers(definition), [definition]);
  const content = contentStatus(definition, language);
  const status = readOnly && result ? { ...live, result } : live;
  const context: FormContextValue = {
    def: definition,
    language,
    readOnly,
    state: value,
    status,
    suggestions,
    numbers,
    markWorkingItems: content === 'mixed',
    update: (change) => {
      latest.current = change(latest.current);
      onChange?.(latest.current);
    },
  };
  const groups = formGroups(definition);
  const hasPanel = definition.scales.length > 0 || definition.flags.length > 0;
  const tabbed = groups.filter((g) => g.page).length > 1;

  return (
    <FormContext.Provider value={context}>
      <div className={hasPanel ? 'instrument-form instrument-form--with-panel' : 'instrument-form'}>
        <div className="instrument-form__body">
          {readOnly && result && result.version !== definition.version ? (
            <p className="notice notice--info">
              {t('instruments.form.otherVersion', { version: result.version, current: definition.version })}
            </p>
          ) : null}
          {content === 'validated' ? null : <TranslationBadge status={content} />}
          {tabbed ? (
            <Tabs className="form-tabs">
              <TabList aria-label={t('instruments.form.pages')} className="form-tabs__list">
                {groups.map((group) => (
                  <Tab key={group.key} id={group.key} className="form-tabs__tab">
                    {group.page ? say(group.page.title, language) : t('instruments.form.general')}
                  </Tab>
                ))}
              </TabList>
              {groups.map((group) => (
                <TabPanel key={group.key} id={group.key} className="form-tabs__panel">
                  <GroupView group={group} level={3} />
                </TabPanel>
              ))}
            </Tabs>
          ) : (
            groups.map((group) => <GroupView key={group.key} group={group} level={2} />)
          )}
        </div>
        {hasPanel ? <ScalePanel /> : null}
      </div>
    </FormContext.Provider>
  );
}

function GroupView({ group, level }: { group: FormGroup; level: 2 | 3 }) {
  return (
    <div className="form-group">
      {group.page ? <PageMeta page={group.page} /> : null}
      {group.sections.map((section) => (
        <SectionView key={section.id} section={section} level={level} />
      ))}
      {group.page ? <InquiryView page={group.page} level={level} /> : null}
    </div>
  );
}
