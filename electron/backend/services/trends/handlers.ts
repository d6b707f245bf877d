import type { trendsChannels } from '../../../contract/trendsChannels';
import type { DomainHandlers } from '../handlerMap';
import { setTrendsK } from './kSetting';
import { buildTrendsView, trendsAudited, trendsCatalogue } from './trendsView';

/** The Trends area (issue 14). Each view is audited by table and dimensions, never its content. */
export const trendsHandlers = {
  'trends:catalogue': (s) => trendsCatalogue(s),
  'trends:view': (s, input) => {
    const view = buildTrendsView(s, input);
    s.audit('trends.viewed', null, {
      measure: input.measure,
      ...(input.instrumentId ? { instrumentId: input.instrumentId } : {}),
      ...(input.metric ? { metric: input.metric } : {}),
      granularity: input.granularity,
      year: input.year,
      by: input.by ?? 'none',
      k: view.k,
    });
    trendsAudited(s.db);
    return view;
  },
  'trends:setK': setTrendsK,
} satisfies DomainHandlers<typeof trendsChannels>;
