import type { ReactNode } from 'react';

type Props = { icon?: ReactNode; title: ReactNode; subtitle?: ReactNode; extra?: ReactNode; badge?: ReactNode };

/** The heading row every page of the shell starts with (an h1 the tests look for). */
export function PageHeader({ icon, title, subtitle, extra, badge }: Props) {
  return (
    <div className="duban-page-header">
      <div>
        <h1 className="duban-page-title" data-testid="page-title">{icon}{title}{badge}</h1>
        {subtitle ? <div className="duban-page-subtitle">{subtitle}</div> : null}
      </div>
      {extra ? <div className="duban-page-extra">{extra}</div> : null}
    </div>
  );
}
