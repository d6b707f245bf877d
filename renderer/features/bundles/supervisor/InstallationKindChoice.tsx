import { Label, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { INSTALLATION_KINDS, type InstallationKind } from '../../../../electron/contract/installationKind';
import { RadioOption } from '../../../components/Choice';

/**
 * Set-up's choice of what this installation is (issue 15): a facility's (the default), or a supervising department's,
 * which holds no client records and combines the facilities' bundles. Chosen once; it cannot be changed later.
 */
export function InstallationKindChoice({
  value,
  onChange,
}: {
  value: InstallationKind;
  onChange: (kind: InstallationKind) => void;
}) {
  const { t } = useTranslation();
  return (
    <RadioGroup value={value} onChange={(v) => onChange(v as InstallationKind)} className="field">
      <Label className="field__label">{t('supervisor.setup.kindLabel')}</Label>
      <div className="choices">
        {INSTALLATION_KINDS.map((kind) => (
          <RadioOption key={kind} value={kind} description={t(`supervisor.setup.${kind}Help`)}>
            {t(`supervisor.setup.${kind}`)}
          </RadioOption>
        ))}
      </div>
    </RadioGroup>
  );
}
