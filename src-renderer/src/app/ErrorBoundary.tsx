import { Button, Result, Typography } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '@renderer/i18n';
import { navigate } from './navigation';

type Props = { section: string; children: ReactNode };
type State = { error: Error | null };

/**
 * Keeps a failing page from taking the whole app down: shows what happened and offers to
 * reload the page or go back to the dashboard. The shell keys it by route, so navigating away
 * clears it.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for the administrator (and the e2e tests, which fail on it).
    console.error(`[${this.props.section}]`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="duban-page" data-testid="page-error">
        <Result
          status="error"
          title={t('error.title')}
          subTitle={t('error.desc', { section: this.props.section })}
          extra={[
            <Button type="primary" key="reload" onClick={() => this.setState({ error: null })}>{t('error.reload')}</Button>,
            <Button key="home" onClick={() => navigate('home')}>{t('error.home')}</Button>,
          ]}
        >
          <Typography.Paragraph type="secondary" style={{ fontFamily: 'var(--duban-font-mono)', whiteSpace: 'pre-wrap', margin: 0 }}>
            {error.message}
          </Typography.Paragraph>
        </Result>
      </div>
    );
  }
}
