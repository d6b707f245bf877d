import { useTranslation } from 'react-i18next';
import type { Item } from '../../../assessments/instruments';
import { useInstrumentForm } from './formContext';
import { itemStatus, say } from './localized';

/** "3. Trouble concentrating…", with a "not validated" tag where only some texts are validated. */
export function ItemLabel({ item }: { item: Item }) {
  const { t } = useTranslation();
  const { def, language, numbers, markWorkingItems } = useInstrumentForm();
  const number = numbers.get(item.id);
  const working = markWorkingItems && itemStatus(def, item, language) !== 'validated';
  return (
    <>
      {number !== undefined ? <span className="form-item__number">{number}.</span> : null}{' '}
      <span lang={language}>{say(item.label, language)}</span>
      {working ? <span className="tag tag--warning form-item__tag">{t('instruments.translation.notValidatedShort')}</span> : null}
    </>
  );
}
