// Form controls from the NL Design System library, plus a native <select> with its CSS classes
// (the library only offers a select bundled inside FormFieldSelect, which generates its own ids).
import { forwardRef, type SelectHTMLAttributes } from 'react';
export { Checkbox, Textarea, TextInput } from '@rijkshuisstijl-community/components-react';

export const Select = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement> & { invalid?: boolean }>(
  function Select({ invalid, className, children, ...props }, ref) {
    return (
      <select
        ref={ref}
        className={['utrecht-select', 'utrecht-select--html-select', invalid ? 'utrecht-select--invalid' : '', className ?? '']
          .filter(Boolean)
          .join(' ')}
        aria-invalid={invalid || undefined}
        {...props}
      >
        {children}
      </select>
    );
  },
);
