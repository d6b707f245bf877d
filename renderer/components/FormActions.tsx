import { useTranslation } from 'react-i18next';
import { Button } from './Button';

type Props = {
  /** The submit button's words. */
  submitLabel: string;
  /** What the submit button says while the call runs; the same words when not given. */
  busyLabel?: string;
  /** 'danger' for an action that takes something away (withdrawing a consent). */
  submitVariant?: 'primary' | 'danger';
  isBusy: boolean;
  onCancel: () => void;
};

/**
 * The foot of a form: submit, then cancel. While the call runs the submit button shows it is
 * pending and cancel is disabled, so nothing closes under a call that is still writing.
 */
export function FormActions({ submitLabel, busyLabel, submitVariant = 'primary', isBusy, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <Button type="submit" variant={submitVariant} isPending={isBusy}>
        {isBusy && busyLabel ? busyLabel : submitLabel}
      </Button>
      <Button variant="quiet" isDisabled={isBusy} onPress={onCancel}>
        {t('common.cancel')}
      </Button>
    </div>
  );
}
