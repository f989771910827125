// A yes/no question in a native modal <dialog>: the browser traps focus inside, Escape cancels,
// and focus returns to the button that opened it. Used before actions an adviser may regret.
import { useEffect, useId, useRef } from 'react';
import { Button, ButtonGroup } from './buttons.tsx';

export interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly body: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly busy?: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function ConfirmDialog({ open, title, body, confirmLabel, cancelLabel, busy, onConfirm, onCancel }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // Start on the safe choice.
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="arr-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 className="arr-dialog__title" id={titleId}>
        {title}
      </h2>
      <p className="arr-dialog__body" id={bodyId}>
        {body}
      </p>
      <ButtonGroup>
        <Button appearance="primary-action-button" onClick={onConfirm} disabled={busy} aria-busy={busy || undefined}>
          {confirmLabel}
        </Button>
        <Button appearance="secondary-action-button" ref={cancelRef} onClick={onCancel}>
          {cancelLabel}
        </Button>
      </ButtonGroup>
    </dialog>
  );
}
