import { useMemo, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../electron/contract/groupChannels';
import type { Language } from '../../../../electron/contract/schemas';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { FormError } from '../../../components/FormError';
import { LanguageChoice } from '../../../components/LanguageChoice';
import { Select } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import { drawingPageOptions, localized, pageOrientation, toolkitForPage, toolkitForSet } from '../../drawing/drawingSetup';
import { useDrawingAreaContext } from '../../drawing/useDrawingArea';
import { DrawingCacheProvider } from '../../drawing/thumbnail/drawingCache';
import { LazyDrawingThumbnail } from '../../drawing/thumbnail/LazyDrawingThumbnail';

const OWN = 'own';
const THUMB = { width: 160 };

type Props = { session: SessionDetail; onReturn: () => void };

/**
 * Group drawings: the facilitator picks a member and a task, and hands the screen over in client
 * mode (the drawing feature's canvas, tools and exit with the password). Each drawing is stored
 * with the member and the session and shown here as a thumbnail under the member.
 */
export function GroupDrawings({ session, onReturn }: Props) {
  const { t, i18n } = useTranslation();
  const uiLanguage = i18n.language as Language;
  const drawingArea = useDrawingAreaContext();
  const pages = useMemo(() => drawingPageOptions(), []);
  const present = session.attendance.filter((r) => r.attendance !== 'absent-excused' && r.attendance !== 'absent-unexcused');
  const [memberId, setMemberId] = useState<string>(present[0]?.memberId ?? '');
  const member = session.attendance.find((r) => r.memberId === memberId);
  const [source, setSource] = useState<string>(OWN);
  const [instruction, setInstruction] = useState('');
  const [language, setLanguage] = useState<Language>(member?.language ?? uiLanguage);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const withDrawings = session.attendance.filter((r) => r.drawingIds.length > 0);
  const option = pages.find((p) => p.key === source);

  const chooseMember = (id: string) => {
    setMemberId(id);
    const chosen = session.attendance.find((r) => r.memberId === id);
    if (chosen?.language) setLanguage(chosen.language);
  };

  const start = async () => {
    if (!member) return;
    setBusy(true);
    setError(null);
    const orientation = option ? pageOrientation(option.page, 'portrait') : 'landscape';
    const created = await call('groupSessions:startDrawing', {
      sessionId: session.id,
      memberId: member.memberId,
      orientation,
      ...(option ? { instrumentId: option.instrument.id, pageId: option.page.id } : {}),
      screen: { width: window.screen.width, height: window.screen.height, devicePixelRatio: window.devicePixelRatio || 1 },
    });
    if (!created.ok) {
      setBusy(false);
      return setError(created.error);
    }
    const refused = await drawingArea.enterClientMode(
      {
        drawingId: created.value.id,
        page: { orientation },
        toolkit: option ? toolkitForPage(option.page) : toolkitForSet('all'),
        instruction: option ? localized(option.page.instruction, language) : instruction.trim() || null,
        clientLanguage: language,
      },
      // Back to this session (the Groups area kept its place), where the new drawing shows under the member.
      onReturn,
    );
    setBusy(false);
    if (refused) setError(refused);
  };

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

  return (
    <section className="session-section" aria-labelledby="drawings-title">
      <h2 id="drawings-title">{t('groups.drawings.title')}</h2>
      {withDrawings.length === 0 ? <p className="muted">{t('groups.drawings.none')}</p> : null}
      {withDrawings.length > 0 ? (
        // Session drawings fetched once while this screen is open: each drawings:get is an audited view.
        <DrawingCacheProvider>
          <ul className="member-drawings">
            {withDrawings.map((row) => (
              <li key={row.memberId} className="member-drawings__member">
                <h3 className="member-drawings__name">
                  {row.alias} <span className="mono muted">{row.code}</span>
                </h3>
                <ul className="thumbs">
                  {row.drawingIds.map((id, i) => (
                    <li key={id}>
                      <LazyDrawingThumbnail
                        drawingId={id}
                        size={THUMB}
                        label={t('groups.drawings.thumbLabel', { alias: row.alias, n: i + 1 })}
                        testId="drawing-thumbnail"
                      />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </DrawingCacheProvider>
      ) : null}
      {session.canRecord &&
      session.groupStatus !== 'finished' &&
      session.note.status !== 'signed' &&
      session.attendance.length > 0 ? (
        <Form className="form group-drawing-form" onSubmit={(e) => (e.preventDefault(), void start())}>
          <h3>{t('groups.drawings.new')}</h3>
          <FormError error={error} />
          <div className="form__row">
            <Select
              label={t('groups.drawings.member')}
              options={session.attendance.map((r) => ({ id: r.memberId, label: `${r.alias} (${r.code})` }))}
              value={memberId}
              onChange={chooseMember}
            />
            <Select label={t('drawing.new.task')} options={sourceOptions} value={source} onChange={setSource} />
          </div>
          {option ? (
            <blockquote className="drawing-instruction" lang={language}>
              {localized(option.page.instruction, language)}
            </blockquote>
          ) : (
            <TextField
              label={t('drawing.new.instruction')}
              description={t('drawing.new.instructionHelp')}
              value={instruction}
              onChange={setInstruction}
              maxLength={2000}
              multiline
            />
          )}
          <LanguageChoice value={language} onChange={setLanguage} size="large" label={t('drawing.new.clientLanguage')} />
          <div className="form__actions">
            <Button type="submit" variant="primary" isPending={busy} isDisabled={!member}>
              {t('groups.drawings.start')}
            </Button>
          </div>
        </Form>
      ) : null}
    </section>
  );
}
