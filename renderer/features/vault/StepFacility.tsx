import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { InstallationKind } from '../../../electron/contract/installationKind';
import { facilityNameSchema } from '../../../electron/contract/schemas';
import { Button } from '../../components/Button';
import { PageTitle } from '../../components/Page';
import { FormTextField } from '../../forms/FormFields';
import { useZodForm } from '../../forms/useZodForm';
import { InstallationKindChoice } from '../bundles/supervisor/InstallationKindChoice';

const schema = z.object({ facilityName: facilityNameSchema });

/**
 * Step 2: the facility's name, shown in the header and stored only inside the encrypted database, and what the
 * installation is: a facility's, or a supervising department's (issue 15).
 */
export function StepFacility({
  initial,
  initialKind = 'facility',
  onBack,
  onNext,
}: {
  initial: string;
  initialKind?: InstallationKind;
  onBack: () => void;
  onNext: (name: string, kind: InstallationKind) => void;
}) {
  const { t } = useTranslation();
  const form = useZodForm(schema, { facilityName: initial });
  const [kind, setKind] = useState<InstallationKind>(initialKind);
  const submit = form.handleSubmit(({ facilityName }) => onNext(facilityName, kind));
  return (
    <>
      <PageTitle focusOnMount={false}>{t('setup.facility.title')}</PageTitle>
      <p className="lead">{t('setup.facility.intro')}</p>
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="form">
        <FormTextField
          control={form.control}
          name="facilityName"
          label={t('fields.facilityName')}
          description={t('setup.facility.help')}
          autoFocus
        />
        <InstallationKindChoice value={kind} onChange={setKind} />
        <div className="form__actions">
          <Button type="submit" variant="primary">
            {t('common.continue')}
          </Button>
          <Button variant="quiet" onPress={onBack}>
            {t('common.back')}
          </Button>
        </div>
      </Form>
    </>
  );
}
