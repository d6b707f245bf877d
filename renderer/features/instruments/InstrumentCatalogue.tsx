import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FormState, type Language, blankFormState, getInstrument } from '../../../assessments/instruments';
import { CatalogueList } from './catalogue/CatalogueList';
import { ClientPreview } from './catalogue/ClientPreview';
import { InstrumentDetail } from './catalogue/InstrumentDetail';
import { PracticePage } from './catalogue/PracticePage';
import './catalogue/catalogue.css';

type View = { kind: 'list' } | { kind: 'detail' | 'practice' | 'client'; id: string };

/**
 * Instruments: the catalogue, each instrument's detail, and its practice form and client view.
 * Practice answers are kept here, in memory, for one instrument at a time, shared by the form
 * and the client view; they are dropped when another instrument is practised or the screen is left.
 */
export function InstrumentCatalogue() {
  const { i18n } = useTranslation();
  const uiLanguage = i18n.language as Language;
  const [view, setView] = useState<View>({ kind: 'list' });
  const [query, setQuery] = useState('');
  const [textLanguage, setTextLanguage] = useState<Language>(uiLanguage);
  const [practice, setPractice] = useState<{ id: string; state: FormState } | null>(null);

  const def = view.kind === 'list' ? undefined : getInstrument(view.id);
  if (!def || view.kind === 'list') {
    return (
      <CatalogueList query={query} onQuery={setQuery} language={uiLanguage} onOpen={(id) => setView({ kind: 'detail', id })} />
    );
  }

  const state = practice?.id === def.id ? practice.state : blankFormState(def);
  const onState = (next: FormState) => setPractice({ id: def.id, state: next });
  const open = (kind: View['kind']) => setView({ kind, id: def.id } as View);

  switch (view.kind) {
    case 'detail':
      return (
        <InstrumentDetail
          def={def}
          language={textLanguage}
          onLanguage={setTextLanguage}
          onBack={() => setView({ kind: 'list' })}
          onPractice={() => open('practice')}
          onClientView={() => open('client')}
        />
      );
    case 'practice':
      return (
        <PracticePage
          def={def}
          language={textLanguage}
          onLanguage={setTextLanguage}
          state={state}
          onState={onState}
          onBack={() => open('detail')}
          onClientView={() => open('client')}
        />
      );
    case 'client':
      return (
        <ClientPreview
          def={def}
          uiLanguage={uiLanguage}
          state={state}
          onState={onState}
          onBack={() => open('detail')}
          onPractice={() => open('practice')}
        />
      );
  }
}
