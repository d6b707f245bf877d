import type { FormEvent, ReactNode } from 'react';
import { Form } from 'react-aria-components';
import type { ErrorCode } from '../../electron/contract/errors';
import type { AppError } from '../api';
import { Dialog } from './Dialog';
import { FormActions } from './FormActions';
import { FormError } from './FormError';

type Props = {
  /** Dialogs mounted only while open leave this out. */
  isOpen?: boolean;
  title: ReactNode;
  /** Shown above the form. */
  intro?: ReactNode;
  /** The backend's refusal of the last submit, if any; `errorMessages` words some codes for this dialog. */
  error: AppError | null;
  errorMessages?: Partial<Record<ErrorCode, string>>;
  isBusy: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onClose: () => void;
  submitLabel: string;
  busyLabel?: string;
  submitVariant?: 'primary' | 'danger';
  children: ReactNode;
};

/** A modal dialog around one form: the backend's error first, the fields, then submit and cancel. */
export function FormDialog({
  isOpen = true,
  title,
  intro,
  error,
  errorMessages,
  isBusy,
  onSubmit,
  onClose,
  submitLabel,
  busyLabel,
  submitVariant,
  children,
}: Props) {
  return (
    <Dialog isOpen={isOpen} onOpenChange={(open) => !open && onClose()} title={title} isBusy={isBusy}>
      {intro}
      <Form onSubmit={onSubmit} validationBehavior="aria" className="form">
        <FormError error={error} messages={errorMessages} />
        {children}
        <FormActions
          submitLabel={submitLabel}
          busyLabel={busyLabel}
          submitVariant={submitVariant}
          isBusy={isBusy}
          onCancel={onClose}
        />
      </Form>
    </Dialog>
  );
}
