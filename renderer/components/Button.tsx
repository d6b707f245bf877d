import { Button as AriaButton, type ButtonProps as AriaButtonProps, composeRenderProps } from 'react-aria-components';

export type ButtonProps = AriaButtonProps & { variant?: 'primary' | 'secondary' | 'danger' | 'quiet' };

/** The one button of the app: large targets, visible focus, a pending state for slow calls (scrypt). */
export function Button({ variant = 'secondary', className, ...props }: ButtonProps) {
  return (
    <AriaButton
      {...props}
      className={composeRenderProps(className, (extra) => ['button', `button--${variant}`, extra].filter(Boolean).join(' '))}
    />
  );
}
