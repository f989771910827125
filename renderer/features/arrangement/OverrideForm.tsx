// Adding an override: leave a scheme out, set an amount within what the scheme allows, or add an
// employer contribution. A reason is always required; the services record who and when. Saving
// makes a new version of the arrangement, so the previous one stays readable.
import { useEffect, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { formatEuro } from '../../../shared/money.ts';
import { Field } from '../../components/Field.tsx';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.tsx';
import { Button } from '../../components/buttons.tsx';
import { fieldIdOf, SelectField, TextField } from '../../components/formFields.tsx';
import { t, type MessageKey } from '../../i18n/nl.ts';
import { emptyOverrideForm, overrideFormSchema, overrideKinds, type OverrideFormValues, type OverrideOutput } from './overrideForm.ts';

const kindLabel: Record<(typeof overrideKinds)[number], MessageKey> = {
  'exclude-scheme': 'arrangement.override.kind.exclude',
  'limit-amount': 'arrangement.override.kind.limit',
  'employer-contribution': 'arrangement.override.kind.employer',
};

export interface OverrideFormProps {
  readonly schemes: readonly { id: string; name: string; maxCents: number | null }[];
  readonly onSubmit: (output: OverrideOutput) => Promise<string | null>;
}

const PREFIX = 'aanpassing';

export function OverrideForm({ schemes, onSubmit }: OverrideFormProps) {
  const methods = useForm<OverrideFormValues, unknown, OverrideOutput>({
    resolver: zodResolver(overrideFormSchema()),
    defaultValues: emptyOverrideForm,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // The error summary takes focus and links to each field (GOV.UK / NL Design System pattern).
    shouldFocusError: false,
  });
  const { control, register, handleSubmit, reset, formState } = methods;
  const kind = useWatch({ control, name: 'kind' });
  const schemeId = useWatch({ control, name: 'schemeId' });
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const problemRef = useRef<HTMLParagraphElement>(null);
  const order: (keyof OverrideFormValues)[] = ['kind', 'schemeId', 'amount', 'reason'];
  // After a failed submit the list of problems takes focus, once it is on screen.
  useEffect(() => {
    if (summary.length > 0) summaryRef.current?.focus();
  }, [summary]);

  const onValid = async (output: OverrideOutput) => {
    setSummary([]);
    setBusy(true);
    const failure = await onSubmit(output);
    setBusy(false);
    if (failure) {
      setProblem(failure);
      requestAnimationFrame(() => problemRef.current?.focus());
      return;
    }
    setProblem(null);
    reset(emptyOverrideForm);
  };
  const onInvalid = (errors: FieldErrors<OverrideFormValues>) => {
    setProblem(null);
    setSummary(
      order
        .filter((name) => errors[name]?.message)
        .map((name) => ({ fieldId: name === 'kind' ? `${PREFIX}-kind-${overrideKinds[0]}` : fieldIdOf(name), message: String(errors[name]?.message) })),
    );
  };

  const schemeOptions = schemes.map((s) => ({ value: s.id, label: s.name }));
  const chosen = schemes.find((s) => s.id === schemeId);
  const kindError = formState.errors.kind?.message;
  return (
    <FormProvider {...methods}>
      <form className="arr-override-form arr-form" noValidate onSubmit={(event) => void handleSubmit(onValid, onInvalid)(event)} aria-labelledby="aanpassing-kop">
        <h3 className="arr-subheading" id="aanpassing-kop">
          {t('arrangement.override.add')}
        </h3>
        <p className="arr-muted arr-small">{t('arrangement.override.intro')}</p>
        <ErrorSummary ref={summaryRef} items={summary} />
        <fieldset className={`utrecht-form-fieldset arr-fieldset arr-fieldset--plain${kindError ? ' utrecht-form-fieldset--invalid' : ''}`} aria-describedby={kindError ? `${PREFIX}-kind-fout` : undefined}>
          <legend className="utrecht-form-fieldset__legend arr-fieldset__legend arr-fieldset__legend--small">{t('arrangement.override.kind')}</legend>
          {kindError ? (
            <p className="utrecht-form-field-error-message" id={`${PREFIX}-kind-fout`}>
              {kindError}
            </p>
          ) : null}
          <div className="arr-choices arr-choices--stacked">
            {overrideKinds.map((value) => {
              const id = `${PREFIX}-kind-${value}`;
              return (
                <label key={value} htmlFor={id} className={`arr-choice${kind === value ? ' arr-choice--checked' : ''}`}>
                  <input id={id} type="radio" value={value} className="utrecht-radio-button utrecht-radio-button--html-input arr-choice__input" {...register('kind')} />
                  <span className="arr-choice__label">{t(kindLabel[value])}</span>
                </label>
              );
            })}
          </div>
        </fieldset>
        {kind === 'exclude-scheme' || kind === 'limit-amount' ? (
          <SelectField<OverrideFormValues> name="schemeId" label={t('arrangement.override.scheme')} options={schemeOptions} placeholder={t('case.choose')} size="l" />
        ) : null}
        {kind === 'limit-amount' || kind === 'employer-contribution' ? (
          <TextField<OverrideFormValues>
            name="amount"
            label={t('arrangement.override.amount')}
            description={kind === 'limit-amount' ? (chosen && chosen.maxCents !== null ? t('arrangement.override.amount.max', { amount: formatEuro(chosen.maxCents) }) : t('arrangement.override.amount.limitHelp')) : t('arrangement.override.amount.employerHelp')}
            inputMode="decimal"
            size="s"
            prefix="€"
          />
        ) : null}
        <Field id={fieldIdOf('reason')} label={t('arrangement.override.reason')} description={t('arrangement.override.reason.description')} error={formState.errors.reason?.message}>
          {(controlProps) => (
            <textarea
              {...controlProps}
              {...register('reason')}
              rows={3}
              maxLength={500}
              className={`utrecht-textarea utrecht-textarea--html-textarea arr-textarea${formState.errors.reason ? ' utrecht-textarea--invalid' : ''}`}
            />
          )}
        </Field>
        <Button appearance="primary-action-button" type="submit" disabled={busy} aria-busy={busy || undefined}>
          {busy ? t('session.saving') : t('arrangement.override.submit')}
        </Button>
        {problem ? (
          <p ref={problemRef} tabIndex={-1} className="utrecht-form-field-error-message arr-override-form__problem" role="alert">
            {problem}
          </p>
        ) : null}
      </form>
    </FormProvider>
  );
}
