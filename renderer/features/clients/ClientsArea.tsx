import { AssessmentWorkflow } from '../assessment/AssessmentWorkflow';
import { useAreaState } from '../shell/areaState';
import { ClientListPage } from './ClientListPage';
import { ClientPage } from './ClientPage';
import { type ClientListFilters, NO_FILTERS } from './listFilters';
import { NewClientPage } from './NewClientPage';
import './clients.css';

/** Where the person is in the Clients area: the list, a new client, a client, or one of the client's assessments. */
type View =
  | { kind: 'list' }
  | { kind: 'new' }
  | { kind: 'client'; clientId: string; visit: number }
  | { kind: 'assessment'; clientId: string; assessmentId: string };

/**
 * The Clients area's navigation, list → client → assessment, in one place. Kept in the shell's
 * area store, so client mode (which unmounts every page) returns the psychologist to where they
 * were, and the list keeps its search and page.
 */
export function ClientsArea() {
  const [view, setView] = useAreaState<View>('clients:view', { kind: 'list' });
  const [filters, setFilters] = useAreaState<ClientListFilters>('clients:filters', NO_FILTERS);
  const openClient = (clientId: string) => setView({ kind: 'client', clientId, visit: Date.now() });

  switch (view.kind) {
    case 'list':
      return (
        <ClientListPage
          filters={filters}
          onFiltersChange={setFilters}
          onOpen={openClient}
          onNew={() => setView({ kind: 'new' })}
        />
      );
    case 'new':
      return <NewClientPage onCreated={(client) => openClient(client.id)} onCancel={() => setView({ kind: 'list' })} />;
    case 'client':
      return (
        <ClientPage
          // A new visit (back from an assessment) mounts the page afresh, so it reloads the record.
          key={view.visit}
          clientId={view.clientId}
          onBack={() => setView({ kind: 'list' })}
          onOpenAssessment={(assessmentId) => setView({ kind: 'assessment', clientId: view.clientId, assessmentId })}
        />
      );
    case 'assessment':
      return <AssessmentWorkflow assessmentId={view.assessmentId} onClose={() => openClient(view.clientId)} />;
  }
}
