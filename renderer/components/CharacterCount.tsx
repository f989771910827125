// How much room a limited text field has left (the GOV.UK character count): "12 van 120 tekens",
// and over the limit "5 tekens te veel" in the warning colour. Only crossing the limit is
// announced to a screen reader, not every key.
import { t } from '../i18n/nl.ts';

const overText = (count: number, max: number): string => (count === 1 ? t('form.count.overOne', { max }) : t('form.count.over', { count, max }));

export function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  const over = length - max;
  return (
    <>
      <p id={id} className={`arr-count${over > 0 ? ' arr-count--over' : ''}`}>
        {over > 0 ? overText(over, max) : t('form.count.used', { length, max })}
      </p>
      <span className="arr-visually-hidden" role="status">
        {over > 0 ? overText(over, max) : ''}
      </span>
    </>
  );
}
