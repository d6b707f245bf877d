import { useTranslation } from 'react-i18next';
import {
  MAX_CONCLUSION,
  MAX_RECOMMENDATIONS,
  MAX_REFERRAL_NOTE,
  REFERRAL_KINDS,
  type Referral,
} from '../../../../electron/contract/assessmentChannels';
import { Checkbox } from '../../../components/Choice';
import { TextField } from '../../../components/TextField';
import { ConclusionReferrals } from '../../referrals/ConclusionReferrals';
import type { Draft } from '../model/draft';
import { setReferral, toggleReferral } from '../model/referrals';

type Props = {
  draft: Draft;
  onChange<P extends 'conclusion' | 'recommendations' | 'referrals'>(part: P, value: Draft[P]): void;
  /** Issue 17 §2: refer from here to a named organisation at once (renderer/features/referrals). */
  referFrom?: { assessmentId: string; clientId: string; clientCode: string };
};

/** Step 4: the conclusion and recommendations in the psychologist's words, and referrals, each with a note. */
export function ConclusionStep({ draft, onChange, referFrom }: Props) {
  const { t } = useTranslation();
  return (
    <div className="conclusion-step form">
      <TextField
        label={t('assessment.conclusion.conclusion')}
        description={t('assessment.conclusion.conclusionHelp')}
        value={draft.conclusion}
        onChange={(v) => onChange('conclusion', v)}
        maxLength={MAX_CONCLUSION}
        multiline
        isRequired
        inputClassName="workflow-text"
      />
      <TextField
        label={t('assessment.conclusion.recommendations')}
        value={draft.recommendations}
        onChange={(v) => onChange('recommendations', v)}
        maxLength={MAX_RECOMMENDATIONS}
        multiline
        inputClassName="workflow-text"
      />
      <fieldset className="referrals">
        <legend className="field__label">{t('assessment.referrals.title')}</legend>
        <p className="field__description">{t('assessment.referrals.help')}</p>
        {/* Issue 17 §2: signing turns each ticked referral into one followed on the client's page (services/referrals/fromAssessment.ts). */}
        <p className="field__description">{t('referrals.fromConclusion')}</p>
        {REFERRAL_KINDS.map((kind) => {
          const referral: Referral | undefined = draft.referrals.find((r) => r.kind === kind);
          return (
            <div key={kind} className="referral">
              <Checkbox
                isSelected={referral !== undefined}
                onChange={(on) => onChange('referrals', toggleReferral(draft.referrals, kind, on))}
              >
                {t(`assessment.referrals.kinds.${kind}`)}
              </Checkbox>
              {referral ? (
                <TextField
                  label={t('assessment.referrals.note', { kind: t(`assessment.referrals.kinds.${kind}`) })}
                  value={referral.note}
                  onChange={(note) => onChange('referrals', setReferral(draft.referrals, kind, note))}
                  maxLength={MAX_REFERRAL_NOTE}
                  className="referral__note"
                />
              ) : null}
            </div>
          );
        })}
        {referFrom ? <ConclusionReferrals {...referFrom} /> : null}
      </fieldset>
    </div>
  );
}
