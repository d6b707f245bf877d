import type { ReactNode } from 'react';
import type { AnswerValue, Item } from '../../../../assessments/instruments';
import { useInstrumentForm } from '../formContext';
import { IndicatorItem } from './IndicatorItem';
import { MultipleChoiceItem } from './MultipleChoiceItem';
import { NumberItem } from './NumberItem';
import { RatingItem } from './RatingItem';
import { ResponseItem } from './ResponseItem';
import { SingleChoiceItem } from './SingleChoiceItem';
import { TextItem } from './TextItem';

type Props = { item: Item; label: ReactNode; help?: ReactNode; error?: string; onChange(value: AnswerValue): void };

/** The input for an item of any kind, chosen from the definition's data. */
export function ItemEditor({ item, ...rest }: Props) {
  const { def, language, state } = useInstrumentForm();
  const common = { def, language, value: state.answers[item.id]?.value, ...rest };
  switch (item.kind) {
    case 'indicator':
      return <IndicatorItem item={item} {...common} />;
    case 'rating':
      return <RatingItem item={item} {...common} />;
    case 'response':
      return <ResponseItem item={item} {...common} />;
    case 'singleChoice':
      return <SingleChoiceItem item={item} {...common} />;
    case 'multipleChoice':
      return <MultipleChoiceItem item={item} {...common} />;
    case 'number':
      return <NumberItem item={item} {...common} />;
    case 'text':
      return <TextItem item={item} {...common} />;
  }
}
