import { useMemo, useState } from 'react';
import { Form, Label, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type Orientation } from '../../../../assessments/drawing/page';
import type { Language } from '../../../../electron/contract/schemas';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { RadioOption } from '../../../components/Choice';
import { FormError } from '../../../components/FormError';
import { LanguageChoice } from '../../../components/LanguageChoice';
import { PageTitle } from '../../../components/Page';
import { Select } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import type { ClientModeSetup } from '../ClientMode';
import { drawingPageOptions, localized, pageOrientation, toolkitForPage, toolkitForSet } from '../drawingSetup';
import { TOOL_SETS, type ToolSet } from '../tools/toolkit';
import { OrientationChoice } from '../OrientationChoice';

const OWN = 'own';
const MAX_INSTRUCTION = 2000;

type Props = {
  /** The client the drawing is for (started from the client's page); without one it is a practice drawing. */
  client?: { id: string; code: string } | null;
  onStart: (setup: ClientModeSetup) => Promise<AppError | null>;
  onCancel: () => void;
};

/**
 * A new drawing: an instrument page (its orientation, tools, colours and instruction come from
 * the definition) or the psychologist's own task; the client's language; then the screen goes
 * to the client. Started from a client's page it goes into that client's record; from the Drawings
 * area it is a practice drawing, said so on the form (issue 12, item 7).
 */
export function NewDrawingForm({ client = null, onStart, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const uiLanguage = i18n.language as Language;
  const pages = useMemo(() => drawingPageOptions(), []);
  const [source, setSource] = useState<string>(OWN);
  const [orientation, setOrientation] = useState<Orientation>('portrait');
  const [toolSet, setToolSet] = useState<ToolSet>('pencilEraser');
  const [instruction, setInstruction] = useState('');
  const [clientLanguage, setClientLanguage] = useState<Language>(uiLanguage);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const option = pages.find((p) => p.key === source);
  const fixedOrientation = option && option.page.orientation !== 'either' ? option.page.orientation : null;
  const effectiveOrientation = option ? pageOrientation(option.page, orientation) : orientation;
  const clientInstruction = option ? localized(option.page.instruction, clientLanguage) : instruction.trim();

  const sourceOptions = [
    { id: OWN, label: t('drawing.new.ownTask') },
    ...pages.map((p) => ({
      id: p.key,
      label:
        p.instrument.pages.length > 1
          ? `${localized(p.instrument.name, uiLanguage)}: ${localized(p.page.title, uiLanguage)}`
          : localized(p.instrument.name, uiLanguage),
    })),
  ];

  const start = async () => {
    setBusy(true);
    setError(null);
    const created = await call('drawings:create', {
      orientation: effectiveOrientation,
      ...(option ? { instrumentId: option.instrument.id, pageId: option.page.id } : {}),
      screen: { width: window.screen.width, height: window.screen.height, devicePixelRatio: window.devicePixelRatio || 1 },
      ...(client ? { clientId: client.id } : { practice: true as const }),
    });
    if (!created.ok) {
      setBusy(false);
      return setError(created.error);
    }
    const refused = await onStart({
      drawingId: created.value.id,
      page: { orientation: effectiveOrientation },
      toolkit: option ? toolkitForPage(option.page) : toolkitForSet(toolSet),
      instruction: clientInstruction || null,
      clientLanguage,
    });
    setBusy(false);
    if (refused) setError(refused);
  };

  return (
    <>
      <PageTitle>{client ? t('drawing.new.clientTitle', { code: client.code }) : t('drawing.new.practiceTitle')}</PageTitle>
      <p className="lead">{t('drawing.new.intro')}</p>
      <p className={client ? 'notice notice--info' : 'notice notice--warning'} data-testid="drawing-owner">
        {client ? t('drawing.new.forClient', { code: client.code }) : t('drawing.new.practiceNotice')}
      </p>
      <Form className="form drawing-form" onSubmit={(e) => (e.preventDefault(), void start())}>
        <FormError error={error} />
        <Select label={t('drawing.new.task')} options={sourceOptions} value={source} onChange={setSource} />

        {fixedOrientation ? (
          <p className="drawing-fact">
            <span className="field__label">{t('drawing.new.orientation')}</span> {t(`drawing.orientation.${fixedOrientation}`)}
          </p>
        ) : (
          <OrientationChoice value={orientation} onChange={setOrientation} />
        )}

        {option ? (
          <p className="drawing-fact">
            <span className="field__label">{t('drawing.new.tools')}</span>{' '}
            {option.page.tools.map((tool) => t(`drawing.tools.${tool}`)).join(', ')}
          </p>
        ) : (
          <RadioGroup value={toolSet} onChange={(v) => setToolSet(v as ToolSet)} className="drawing-choice">
            <Label className="field__label">{t('drawing.new.tools')}</Label>
            <div className="drawing-choice__options">
              {TOOL_SETS.map((set) => (
                <RadioOption key={set} value={set} description={t(`drawing.toolSets.${set}Help`)}>
                  {t(`drawing.toolSets.${set}`)}
                </RadioOption>
              ))}
            </div>
          </RadioGroup>
        )}

        <LanguageChoice
          value={clientLanguage}
          onChange={setClientLanguage}
          size="large"
          label={t('drawing.new.clientLanguage')}
        />

        {option ? (
          <div className="field">
            <span className="field__label">{t('drawing.new.instruction')}</span>
            <blockquote className="drawing-instruction" lang={clientLanguage}>
              {clientInstruction}
            </blockquote>
            {option.page.instruction[clientLanguage].status === 'working' ? (
              <span className="field__description">{t('drawing.new.workingTranslation')}</span>
            ) : null}
          </div>
        ) : (
          <TextField
            label={t('drawing.new.instruction')}
            description={t('drawing.new.instructionHelp')}
            value={instruction}
            onChange={setInstruction}
            maxLength={MAX_INSTRUCTION}
            multiline
          />
        )}

        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={busy}>
            {t('drawing.new.start')}
          </Button>
          <Button variant="quiet" onPress={onCancel} isDisabled={busy}>
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
    </>
  );
}
