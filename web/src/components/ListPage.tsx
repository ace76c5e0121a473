// What the list pages (documents, indicators, tasks) share: a filter bar whose values live in the URL,
// a search box that filters on Enter, and one page of a server-side list with its pagination.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Input, Select, Space, Table, type TablePaginationConfig, type TableProps } from 'antd';
import { type CSSProperties, type ReactNode, useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Page } from '../api/types.ts';
import { formatNumber } from '../format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { EmptyState, QueryError } from './QueryState.tsx';
import type { UrlFilters } from './url.ts';

const PAGE_SIZES = [20, 50, 100, 200];
const DEFAULT_PAGE_SIZE = 50;

/**
 * One page of `path` (`/documents`, `/tasks`…) for the filters, page and page size in the URL. The
 * previous page stays on screen while the next loads; the table's pagination writes back to the URL.
 */
export function useServerList<T, K extends string>(resource: string, path: string, filters: UrlFilters<K>) {
  const { t, lang } = useI18n();
  const { values, page, pageSize, set } = filters;
  const query = useQuery({
    queryKey: [resource, 'list', values, page, pageSize],
    queryFn: () => api<Page<T>>(path, { query: { ...values, page, pageSize } }),
    placeholderData: keepPreviousData,
  });
  const pagination: TablePaginationConfig = {
    current: page,
    pageSize,
    total: query.data?.total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZES,
    showTotal: (total, [from, to]) =>
      t('common.range', {
        from: formatNumber(from, lang),
        to: formatNumber(to, lang),
        total: formatNumber(total, lang),
      }),
    onChange: (p, ps) =>
      set({ page: p === 1 ? null : p, pageSize: ps === DEFAULT_PAGE_SIZE ? null : ps } as Parameters<
        typeof set
      >[0]),
  };
  return {
    query,
    items: query.data?.items ?? [],
    loading: query.isFetching,
    /** Nothing said while the first page loads; the empty state once it is known to be empty. */
    loadingFirst: query.isPending,
    pagination,
  };
}

/** The card of filters above a list, with "clear filters" when any is set. */
export function FilterBar({
  active,
  onClear,
  children,
}: {
  active: boolean;
  onClear: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Card size="small" className="filters">
      <Space wrap size={[12, 8]}>
        {children}
        {active && (
          <Button type="link" onClick={onClear}>
            {t('common.clearFilters')}
          </Button>
        )}
      </Space>
    </Card>
  );
}

/** A text filter that applies on Enter (or the search button), and follows the URL when it changes. */
export function SearchFilter({
  label,
  value,
  onSearch,
  style,
}: {
  label: string;
  value: string;
  onSearch: (text: string) => void;
  style?: CSSProperties;
}) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <Input.Search
      aria-label={label}
      placeholder={label}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onSearch={(v) => onSearch(v.trim())}
      allowClear
      style={style}
    />
  );
}

/** A choice among fixed values; cleared, it removes the filter. */
export function SelectFilter({
  label,
  value,
  onChange,
  options,
  style,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  style?: CSSProperties;
}) {
  return (
    <Select
      aria-label={label}
      placeholder={label}
      allowClear
      value={value || undefined}
      onChange={(v?: string) => onChange(v ?? '')}
      options={options}
      style={style}
    />
  );
}

/** The table of a server-side list: its rows, loading, empty and error states, and pagination. */
export function ListTable<T extends object>({
  list,
  ...props
}: { list: ReturnType<typeof useServerList<T, string>> } & Omit<
  TableProps<T>,
  'loading' | 'dataSource' | 'locale' | 'pagination'
>) {
  if (list.query.isError)
    return <QueryError error={list.query.error} onRetry={() => void list.query.refetch()} />;
  return (
    <Table<T>
      {...props}
      loading={list.loading}
      dataSource={list.items}
      locale={{ emptyText: list.loadingFirst ? ' ' : <EmptyState /> }}
      pagination={list.pagination}
    />
  );
}
