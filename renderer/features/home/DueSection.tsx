import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HomePlace } from '../../../electron/contract/homeChannels';
import { Button } from '../../components/Button';

export type DueItem = { key: string; place: HomePlace; title: string; detail: string };

type Props = {
  /** Stable id (for the heading's id and tests). */
  id: string;
  title: string;
  /** What puts an item here, when it needs saying (a definition: "absent from the last 2 sessions"). */
  rule?: string;
  total: number;
  items: readonly DueItem[];
  onOpen: (place: HomePlace) => void;
  /** Shown instead of "nothing waiting" (e.g. "no sessions today"). */
  empty?: string;
  /** Safety first: the count is shown in the danger colours when there is any. */
  urgent?: boolean;
};

/**
 * One kind of due item: a heading with the count, the rule that lists an item, and the first items, each a
 * button that opens its place (Tab reaches each, Enter or Space opens it). More than shown: "and N more".
 */
export function DueSection({ id, title, rule, total, items, onOpen, empty, urgent = false }: Props) {
  const { t } = useTranslation();
  const headingId = `home-${id}`;
  return (
    <section className="home-due" aria-labelledby={headingId} data-testid={headingId}>
      <h3 id={headingId} className="home-due__title">
        {title}
        <span
          className={[
            'home-due__count',
            total > 0 ? 'home-due__count--some' : '',
            total > 0 && urgent ? 'home-due__count--urgent' : '',
          ]
            .filter(Boolean)
            .join(' ')}
        >
          <span className="visually-hidden">: </span>
          {total}
        </span>
      </h3>
      {rule ? <p className="home-due__rule muted">{rule}</p> : null}
      {total === 0 ? <p className="home-due__empty muted">{empty ?? t('home.nothing')}</p> : null}
      {items.length > 0 ? (
        <ul className="home-due__list">
          {items.map((item) => (
            <li key={item.key}>
              <Button variant="quiet" className="home-item" onPress={() => onOpen(item.place)}>
                <span className="home-item__title">{item.title}</span>
                <span className="home-item__detail">{item.detail}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {total > items.length ? <p className="home-due__more muted">{t('home.more', { count: total - items.length })}</p> : null}
    </section>
  );
}

/** A role's block of sections. */
export function RoleBlock({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="panel home-role" aria-labelledby={`home-role-${id}`}>
      <h2 id={`home-role-${id}`}>{title}</h2>
      <div className="home-role__grid">{children}</div>
    </section>
  );
}
