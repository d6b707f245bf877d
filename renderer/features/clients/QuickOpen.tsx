import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { clientCodeSchema } from '../../../electron/contract/clientChannels';
import { call } from '../../api';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';

/**
 * Opens a client from the code on a paper form or a door list: typed in any case, with or
 * without the dash. Enter opens; a code that is malformed or unknown says so under the field.
 */
export function QuickOpen({ onOpen }: { onOpen: (clientId: string) => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<'format' | 'notFound' | 'failed' | null>(null);
  const [busy, setBusy] = useState(false);

  const open = async () => {
    const parsed = clientCodeSchema.safeParse(code);
    if (!parsed.success) return setProblem('format');
    setBusy(true);
    const result = await call('clients:findByCode', { code: parsed.data });
    setBusy(false);
    if (result.ok) return onOpen(result.value.id);
    setProblem(result.error.code === 'NOT_FOUND' ? 'notFound' : 'failed');
  };

  return (
    <Form
      className="quick-open"
      validationBehavior="aria"
      onSubmit={(e) => {
        e.preventDefault();
        void open();
      }}
    >
      <TextField
        label={t('clients.quickOpen.label')}
        description={t('clients.quickOpen.help')}
        value={code}
        onChange={(value) => {
          setCode(value);
          setProblem(null);
        }}
        isInvalid={problem !== null}
        errorMessage={problem ? t(`clients.quickOpen.${problem}`, { code: code.trim() }) : undefined}
        inputClassName="field__input--mono"
        autoComplete="off"
        spellCheck="false"
      />
      <Button type="submit" isPending={busy}>
        {t('clients.quickOpen.open')}
      </Button>
    </Form>
  );
}
