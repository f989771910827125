// "Rapportagebestand maken": the adviser's own arrangements of a period (by peildatum) as a
// bundle for the supervisor, downloaded as a JSON file. The services leave out everything
// personal (names, birth dates, notes, training titles, the adviser's name); the panel says so.
import { useId, useState } from 'react';
import { call } from '../../bridge/index.ts';
import { Field } from '../../components/Field.tsx';
import { TextInput } from '../../components/controls.tsx';
import { Button, ButtonGroup } from '../../components/buttons.tsx';
import { downloadText } from '../../components/exportFile.ts';
import { formatDateNl, todayIso } from '../../i18n/format.ts';
import { t } from '../../i18n/nl.ts';
import { readDateInput } from '../../i18n/parse.ts';
import { Progress, useAfterAMoment } from './Progress.tsx';
import { useInlineMessage } from '../../components/InlineMessage.tsx';

type Errors = Partial<Record<'from' | 'to', string>>;

const readDate = (text: string): { iso: string } | { error: string } => {
  const read = readDateInput(text);
  return read === 'empty' ? { error: t('validation.required') } : read;
};

export function OwnBundlePanel() {
  const headingId = useId();
  const today = todayIso();
  const [from, setFrom] = useState(formatDateNl(`${today.slice(0, 4)}-01-01`));
  const [to, setTo] = useState(formatDateNl(today));
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const message = useInlineMessage();
  const showProgress = useAfterAMoment(busy);

  const make = async () => {
    const a = readDate(from);
    const b = readDate(to);
    const next: Errors = {};
    if ('error' in a) next.from = a.error;
    if ('error' in b) next.to = b.error;
    if ('iso' in a && 'iso' in b && a.iso > b.iso) next.to = t('reports.own.order');
    setErrors(next);
    if (!('iso' in a) || !('iso' in b) || Object.keys(next).length > 0) return;
    setBusy(true);
    message.clear();
    const answer = await call('reports.exportBundle', { from: a.iso, to: b.iso });
    setBusy(false);
    if (answer.ok) {
      downloadText(answer.value.fileName, answer.value.json);
      message.say('ok', t(answer.value.count === 1 ? 'reports.own.madeOne' : 'reports.own.made', { count: answer.value.count, file: answer.value.fileName }));
    } else {
      message.say('error', answer.error.message);
    }
  };

  return (
    <section className="arr-panel arr-report-own" aria-labelledby={headingId}>
      <h2 className="arr-section-title" id={headingId}>
        {t('reports.own.heading')}
      </h2>
      <p className="arr-small arr-muted">{t('reports.own.intro')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void make();
        }}
      >
        <div className="arr-report-fields">
          <Field id="bundel-van" label={t('reports.own.from')} description={t('reports.own.dateHint')} error={errors.from}>
            {(control) => <TextInput {...control} inputMode="numeric" autoComplete="off" maxLength={10} value={from} onChange={(e) => setFrom(e.target.value)} />}
          </Field>
          <Field id="bundel-tot" label={t('reports.own.to')} description={t('reports.own.dateHint')} error={errors.to}>
            {(control) => <TextInput {...control} inputMode="numeric" autoComplete="off" maxLength={10} value={to} onChange={(e) => setTo(e.target.value)} />}
          </Field>
        </div>
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" disabled={busy} aria-busy={busy || undefined}>
            {t('reports.own.make')}
          </Button>
        </ButtonGroup>
      </form>
      {showProgress ? <Progress label={t('reports.own.busy')} /> : null}
      {message.view}
    </section>
  );
}
