import { useMemo, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../components/Button';
import { PageTitle } from '../../components/Page';
import { FormTextField } from '../../forms/FormFields';
import { useZodForm } from '../../forms/useZodForm';
import { message } from '../../forms/validation';
import { keyGroups, normalizeGroup, pickTwoGroups } from './recoveryKeyText';

/**
 * Step 5: two groups of the key, chosen at random, typed back from what was written down. Also used by a new
 * recovery key and a data-key rotation (features/keys), which name their own last button (`finishLabel`).
 */
export function StepConfirmKey({
  recoveryKey,
  onBack,
  onDone,
  finishLabel,
}: {
  recoveryKey: string;
  onBack: () => void;
  onDone: () => void;
  finishLabel?: string;
}) {
  const { t } = useTranslation();
  const groups = useMemo(() => keyGroups(recoveryKey), [recoveryKey]);
  const [[a, b]] = useState(() => pickTwoGroups(groups.length));
  const schema = useMemo(
    () =>
      z.object({ first: z.string(), second: z.string() }).superRefine((values, ctx) => {
        const check = (path: 'first' | 'second', typed: string, n: number) => {
          if (normalizeGroup(typed) === normalizeGroup(groups[n - 1] ?? '')) return;
          const key = typed.trim() ? 'setup.confirm.wrongGroup' : 'setup.confirm.missingGroup';
          ctx.addIssue({ code: 'custom', path: [path], message: message(key, { group: n }) });
        };
        check('first', values.first, a);
        check('second', values.second, b);
      }),
    [groups, a, b],
  );
  const form = useZodForm(schema, { first: '', second: '' });
  const submit = form.handleSubmit(() => onDone());

  return (
    <>
      <PageTitle>{t('setup.confirm.title')}</PageTitle>
      <p className="lead">{t('setup.confirm.intro', { a, b })}</p>
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="form">
        <div className="form__row">
          <FormTextField
            control={form.control}
            name="first"
            label={t('setup.key.groupNumber', { n: a })}
            inputClassName="field__input--mono"
            autoComplete="off"
            autoFocus
          />
          <FormTextField
            control={form.control}
            name="second"
            label={t('setup.key.groupNumber', { n: b })}
            inputClassName="field__input--mono"
            autoComplete="off"
          />
        </div>
        <div className="form__actions">
          <Button type="submit" variant="primary">
            {finishLabel ?? t('setup.confirm.finish')}
          </Button>
          <Button variant="quiet" onPress={onBack}>
            {t('setup.confirm.showAgain')}
          </Button>
        </div>
      </Form>
    </>
  );
}
