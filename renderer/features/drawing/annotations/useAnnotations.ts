/** The psychologist's annotations of one drawing, through the annotations:* channels. */
import { useCallback, useEffect, useState } from 'react';
import type { Annotation } from '../../../../electron/contract/annotationChannels';
import { type AppError, call } from '../../../api';

export type { Annotation };
export type AnnotationKind = Annotation['kind'];

export interface Annotations {
  items: Annotation[];
  loaded: boolean;
  error: AppError | null;
  add: (kind: AnnotationKind, x: number, y: number, text: string) => Promise<boolean>;
  update: (id: string, text: string) => Promise<boolean>;
  remove: (id: string) => Promise<boolean>;
  clearError: () => void;
}

export function useAnnotations(drawingId: string): Annotations {
  const [items, setItems] = useState<Annotation[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    let cancelled = false;
    void call('annotations:list', { drawingId }).then((result) => {
      if (cancelled) return;
      if (result.ok) setItems(result.value);
      else setError(result.error);
      setLoaded(true);
    });
    return () => {
      cancelled = true;
    };
  }, [drawingId]);

  const add = useCallback(
    async (kind: AnnotationKind, x: number, y: number, text: string) => {
      const result = await call('annotations:add', { drawingId, kind, x, y, text });
      if (!result.ok) {
        setError(result.error);
        return false;
      }
      setError(null);
      setItems((list) => [...list, result.value]);
      return true;
    },
    [drawingId],
  );

  const update = useCallback(async (id: string, text: string) => {
    const result = await call('annotations:update', { id, text });
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    setError(null);
    setItems((list) => list.map((a) => (a.id === id ? result.value : a)));
    return true;
  }, []);

  const remove = useCallback(async (id: string) => {
    const result = await call('annotations:delete', { id });
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    setError(null);
    setItems((list) => list.filter((a) => a.id !== id));
    return true;
  }, []);

  return { items, loaded, error, add, update, remove, clearError: () => setError(null) };
}
