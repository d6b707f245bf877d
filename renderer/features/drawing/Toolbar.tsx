import { useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { Button } from '../../components/Button';
import { ClearDialog } from './ClearDialog';
import { useClientT } from './clientLanguage';
import { ToolIcon } from './ToolIcon';
import type { DrawingClock } from './tools/drawingClock';
import type { DrawingEditor } from './tools/drawingEditor';
import {
  type Swatch,
  TOOL_WIDTHS,
  type Tool,
  WIDTH_NAMES,
  type WidthName,
  allows,
  swatchesFor,
  usesPalette,
} from './tools/toolkit';
import { useEditorSnapshot } from './useEditorSnapshot';
import { useUndoShortcuts } from './useUndoShortcuts';

type Props = { editor: DrawingEditor; clock: DrawingClock };

/** Screen sizes of the width samples, in CSS px, thin to thick. */
const SAMPLE_WIDTH: Record<WidthName, number> = { thin: 2, medium: 5, thick: 9 };

/**
 * The client's tools: only those the caller allowed, the colours of the chosen tool, three
 * widths, and undo, redo and clear (with confirmation) only where the protocol allows them
 * (issue 13 §5: PPAT and the classic Non-existent Animal take nothing back). Radio groups, so arrow keys move within a
 * group and a screen reader names each colour. Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y work anywhere.
 */
export function Toolbar({ editor, clock }: Props) {
  const { t, language } = useClientT();
  const { choice, canUndo, canRedo, state } = useEditorSnapshot(editor);
  const [confirmClear, setConfirmClear] = useState(false);
  useUndoShortcuts(editor, clock, !confirmClear && state !== 'finished');
  const { toolkit } = editor;
  const tool = choice.tool;
  const swatches = swatchesFor(toolkit, tool);
  const swatchName = (swatch: Swatch) =>
    swatch.name?.[language].text ?? (swatch.id === 'graphite' ? t('drawing.colours.graphite') : swatch.hex);

  return (
    <section className="drawing-tools" aria-label={t('drawing.tools.label')} lang={language}>
      {toolkit.tools.length > 1 ? (
        <RadioGroup className="drawing-tools__group" value={tool} onChange={(value) => editor.chooseTool(value as Tool)}>
          <Label className="drawing-tools__heading">{t('drawing.tools.tool')}</Label>
          <div className="drawing-tools__tools">
            {toolkit.tools.map((each) => (
              <Radio key={each} value={each} className="tool-option">
                <ToolIcon name={each} />
                <span className="tool-option__label">{t(`drawing.tools.${each}`)}</span>
              </Radio>
            ))}
          </div>
        </RadioGroup>
      ) : (
        <p className="drawing-tools__single">
          <ToolIcon name={tool} />
          {t(`drawing.tools.${tool}`)}
        </p>
      )}

      {usesPalette(tool) && swatches.length > 0 ? (
        <RadioGroup
          className="drawing-tools__group"
          value={choice.colours[tool] ?? null}
          onChange={(value) => editor.chooseColour(value)}
        >
          <Label className="drawing-tools__heading">{t('drawing.tools.colour')}</Label>
          <div className="drawing-tools__swatches">
            {swatches.map((swatch) => (
              <Radio key={swatch.id} value={swatch.id} className="swatch" aria-label={swatchName(swatch)}>
                <svg className="swatch__dot" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                  <circle cx="12" cy="12" r="10" fill={swatch.hex} stroke="#5a6468" strokeWidth="1" />
                </svg>
              </Radio>
            ))}
          </div>
        </RadioGroup>
      ) : null}

      <RadioGroup
        className="drawing-tools__group"
        value={choice.widths[tool]}
        onChange={(value) => editor.chooseWidth(value as WidthName)}
      >
        <Label className="drawing-tools__heading">
          {t(tool === 'eraser' ? 'drawing.tools.eraserSize' : 'drawing.tools.width')}
        </Label>
        <div className="drawing-tools__widths">
          {WIDTH_NAMES.map((width) => (
            <Radio key={width} value={width} className="width-option" data-width={TOOL_WIDTHS[tool][width]}>
              <svg className="width-option__sample" viewBox="0 0 40 20" aria-hidden="true" focusable="false">
                <line
                  x1="6"
                  y1="10"
                  x2="34"
                  y2="10"
                  stroke="currentColor"
                  strokeWidth={SAMPLE_WIDTH[width]}
                  strokeLinecap="round"
                />
              </svg>
              <span className="width-option__label">{t(`drawing.widths.${width}`)}</span>
            </Radio>
          ))}
        </div>
      </RadioGroup>

      {toolkit.actions.length > 0 ? (
        <div className="drawing-tools__actions">
          {allows(toolkit, 'undo') ? (
            <Button
              className="tool-action"
              isDisabled={!canUndo || state !== 'idle'}
              onPress={() => editor.undo(clock.now())}
              aria-keyshortcuts="Control+Z"
            >
              <ToolIcon name="undo" />
              {t('drawing.tools.undo')}
            </Button>
          ) : null}
          {allows(toolkit, 'redo') ? (
            <Button
              className="tool-action"
              isDisabled={!canRedo || state !== 'idle'}
              onPress={() => editor.redo(clock.now())}
              aria-keyshortcuts="Control+Shift+Z Control+Y"
            >
              <ToolIcon name="redo" />
              {t('drawing.tools.redo')}
            </Button>
          ) : null}
          {allows(toolkit, 'clear') ? (
            <Button className="tool-action" variant="danger" isDisabled={state !== 'idle'} onPress={() => setConfirmClear(true)}>
              <ToolIcon name="clear" />
              {t('drawing.tools.clear')}
            </Button>
          ) : null}
        </div>
      ) : null}
      <ClearDialog
        isOpen={confirmClear}
        onCancel={() => setConfirmClear(false)}
        onConfirm={() => {
          setConfirmClear(false);
          editor.clear(clock.now());
        }}
      />
    </section>
  );
}
