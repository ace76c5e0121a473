import { Button, Empty, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { ApiError, errorText } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, lang } = useI18n();
  const status = error instanceof ApiError ? error.status : 0;
  if (status === 404) return <Result status="404" title={t('common.notFound')} />;
  if (status === 403) return <Result status="403" title={t('common.forbidden')} />;
  return (
    <Result
      status="warning"
      title={t('common.error')}
      subTitle={errorText(error, lang, t('common.error'), t('common.networkError'))}
      extra={
        onRetry && (
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}

export function Loading({ rows = 4 }: { rows?: number }) {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite" aria-label={t('common.loading')}>
      <Skeleton active paragraph={{ rows }} />
    </div>
  );
}

export function EmptyState({ text }: { text?: string }) {
  const { t } = useI18n();
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text ?? t('common.empty')} />;
}

interface QueryLike<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

/** Loading, error and data states of one query, in the user's language. */
export function QueryView<T>({
  query,
  children,
  rows,
}: {
  query: QueryLike<T>;
  children: (data: T) => ReactNode;
  rows?: number;
}) {
  if (query.isPending) return <Loading rows={rows} />;
  if (query.isError || query.data === undefined)
    return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
