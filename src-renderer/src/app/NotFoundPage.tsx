import { Button, Result } from 'antd';
import { useT } from '@renderer/i18n';
import { navigate } from './navigation';

/** A hash that names no page (an old bookmark, a typo). */
export function NotFoundPage({ path }: { path: string }) {
  const t = useT();
  return (
    <div className="duban-page" data-testid="page-not-found">
      <Result
        status="404"
        title={t('nav.notFound')}
        subTitle={t('nav.notFoundHint', { hash: `#/${path}` })}
        extra={<Button type="primary" onClick={() => navigate('home')}>{t('nav.backHome')}</Button>}
      />
    </div>
  );
}
