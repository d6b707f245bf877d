import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Orientation } from '../../../../assessments/drawing/page';
import { PAPER_MAX_BYTES, pageCropOf } from '../../../../assessments/drawing/paper';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { FormError } from '../../../components/FormError';
import { PageTitle } from '../../../components/Page';
import { toBase64 } from '../storage/base64';
import { storePaperThumbnail } from '../thumbnail/storeThumbnail';
import { CropPreview } from './CropPreview';
import {
  type Crop,
  type LoadedPicture,
  type PaperFileProblem,
  type Rotation,
  encodeCrop,
  readPicture,
  rotatedSize,
} from './paperImage';
import './paper.css';
import { OrientationChoice } from '../OrientationChoice';

type Props = { onImported: (id: string) => void; onCancel: () => void };

/**
 * "Import paper drawing": choose a scan or photo (PNG, JPEG), turn it, choose the orientation,
 * place the page-shaped crop; the crop is drawn anew (no metadata) and stored as a finished paper
 * drawing. A file that is not a picture, or too large, is refused here and nothing is sent.
 */
export function PaperImportForm({ onImported, onCancel }: Props) {
  const { t } = useTranslation();
  const [picture, setPicture] = useState<LoadedPicture | null>(null);
  const [rotation, setRotation] = useState<Rotation>(0);
  const [orientation, setOrientation] = useState<Orientation>('portrait');
  const [crop, setCrop] = useState<Crop | null>(null);
  const [problem, setProblem] = useState<PaperFileProblem | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [fileName, setFileName] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => () => picture?.bitmap.close(), [picture]);

  const reset = (p: LoadedPicture, r: Rotation, o: Orientation) => {
    const size = rotatedSize(p.bitmap, r);
    setCrop(pageCropOf(o, size.width, size.height));
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setProblem(null);
    setError(null);
    setPicture(null);
    setFileName(file?.name ?? '');
    if (!file) return;
    const read = await readPicture(file);
    if (!read.ok) return setProblem(read.problem);
    const o: Orientation = read.value.bitmap.width > read.value.bitmap.height ? 'landscape' : 'portrait';
    setRotation(0);
    setOrientation(o);
    setPicture(read.value);
    reset(read.value, 0, o);
  };

  const rotate = (by: 90 | 270) => {
    if (!picture) return;
    const r = ((rotation + by) % 360) as Rotation;
    const size = rotatedSize(picture.bitmap, r);
    const o: Orientation = size.width > size.height ? 'landscape' : 'portrait';
    setRotation(r);
    setOrientation(o);
    reset(picture, r, o);
  };

  const save = async () => {
    if (!picture || !crop) return;
    setBusy(true);
    setError(null);
    try {
      const encoded = await encodeCrop(picture, rotation, crop, orientation);
      if (encoded.blob.size > PAPER_MAX_BYTES) return setProblem('tooLarge');
      const image = toBase64(new Uint8Array(await encoded.blob.arrayBuffer()));
      const result = await call('drawings:importPaper', {
        orientation,
        mime: picture.mime,
        image,
        width: encoded.width,
        height: encoded.height,
      });
      if (result.ok) {
        // The thumbnail lists show, made from the picture just sent (issue 18 §4); not awaited.
        void storePaperThumbnail(result.value.id, orientation, encoded.blob);
        onImported(result.value.id);
      } else setError(result.error);
    } catch {
      setProblem('unreadable');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="paper-import">
      <PageTitle>{t('drawing.paper.title')}</PageTitle>
      <p className="lead">{t('drawing.paper.intro')}</p>
      <div className="field">
        <label className="field__label" htmlFor="paper-file">
          {t('drawing.paper.file')}
        </label>
        {/* The browser's own file button speaks the system's language, not the app's: it is hidden and ours opens it. */}
        <input
          ref={inputRef}
          id="paper-file"
          className="visually-hidden"
          type="file"
          accept="image/png,image/jpeg"
          tabIndex={-1}
          onChange={(e) => void onFile(e)}
        />
        <div className="paper-import__file">
          <Button onPress={() => inputRef.current?.click()}>{t('drawing.paper.choose')}</Button>
          <span className="paper-import__name">{fileName || t('drawing.paper.noFile')}</span>
        </div>
        <p className="field__description">{t('drawing.paper.fileHelp', { mb: Math.round(PAPER_MAX_BYTES / 1024 / 1024) })}</p>
      </div>
      {problem ? (
        <div className="notice notice--error" role="alert">
          <p>{t(`drawing.paper.problems.${problem}`)}</p>
        </div>
      ) : null}
      <FormError error={error} />
      {picture && crop ? (
        <div className="paper-import__editor">
          <CropPreview picture={picture} rotation={rotation} crop={crop} onCrop={setCrop} />
          <div className="paper-import__controls">
            <div className="paper-import__rotate">
              <Button onPress={() => rotate(270)}>{t('drawing.paper.rotateLeft')}</Button>
              <Button onPress={() => rotate(90)}>{t('drawing.paper.rotateRight')}</Button>
            </div>
            <OrientationChoice
              value={orientation}
              orientation="vertical"
              onChange={(o) => {
                setOrientation(o);
                reset(picture, rotation, o);
              }}
            />
            <Button variant="quiet" className="paper-import__reset" onPress={() => reset(picture, rotation, orientation)}>
              {t('drawing.paper.resetCrop')}
            </Button>
          </div>
        </div>
      ) : null}
      <div className="form__actions">
        <Button variant="primary" isDisabled={!picture || busy} onPress={() => void save()}>
          {busy ? t('drawing.paper.saving') : t('drawing.paper.save')}
        </Button>
        <Button variant="quiet" onPress={onCancel} isDisabled={busy}>
          {t('drawing.paper.cancel')}
        </Button>
      </div>
    </div>
  );
}
