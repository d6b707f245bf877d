import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Choice';
import { Icon } from '../../components/Icon';
import { PageTitle } from '../../components/Page';
import { RecoveryKeyGroups } from './RecoveryKeyGroups';
import { RecoveryKeyPrint } from './RecoveryKeyPrint';
import { keyGroups } from './recoveryKeyText';

/** Step 4: the recovery key, shown this once, to write down or print. */
export function StepRecoveryKey({
  recoveryKey,
  facilityName,
  onNext,
}: {
  recoveryKey: string;
  facilityName: string;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  const [written, setWritten] = useState(false);
  const groups = keyGroups(recoveryKey);
  return (
    <>
      <PageTitle>{t('setup.key.title')}</PageTitle>
      <p className="lead">{t('setup.key.intro')}</p>
      <RecoveryKeyGroups groups={groups} />
      <div className="notice notice--warning">
        <Icon name="alert" className="notice__icon" />
        <div className="notice__body">
          <p>{t('setup.key.once')}</p>
          <p>{t('setup.key.keepSafe')}</p>
        </div>
      </div>
      <div className="form__actions form__actions--start">
        <Button onPress={() => window.print()}>
          <Icon name="print" />
          {t('setup.key.print')}
        </Button>
      </div>
      <Checkbox isSelected={written} onChange={setWritten}>
        {t('setup.key.written')}
      </Checkbox>
      <div className="form__actions">
        <Button variant="primary" isDisabled={!written} onPress={onNext}>
          {t('common.continue')}
        </Button>
      </div>
      <RecoveryKeyPrint groups={groups} facilityName={facilityName} />
    </>
  );
}
