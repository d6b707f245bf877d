import type { ReactNode } from 'react';
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

type Props = {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: ReactNode;
  children: ReactNode;
  /** While a call runs, Escape and clicks outside do not close the dialog. */
  isBusy?: boolean;
  role?: 'dialog' | 'alertdialog';
};

/** A modal dialog: focus is trapped inside, Escape closes it, focus returns to what opened it. */
export function Dialog({ isOpen, onOpenChange, title, children, isBusy = false, role = 'dialog' }: Props) {
  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable={!isBusy}
      isKeyboardDismissDisabled={isBusy}
      className="modal-overlay"
    >
      <Modal className="modal">
        <AriaDialog className="dialog" role={role}>
          <Heading slot="title" className="dialog__title">
            {title}
          </Heading>
          {children}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}
