import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Input, Select, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client.ts';
import { type Indicator, type Page, PROGRESS_STATUSES } from '../api/types.ts';
import { AgencyLink, AgencySelect, PageTitle } from '../components/common.tsx';
import { EmptyState, QueryError } from '../components/QueryState.tsx';
import { IllustrativeTag, ProgressTag } from '../components/tags.tsx';
import { useUrlFilters } from '../components/url.ts';
import { formatNumber, formatValue } from '../format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

const FILTERS = ['q', 'agency', 'status'] as const;

export default function IndicatorsPage() {
  const { t, tc, lang } = useI18n();
  const { values, page, pageSize, set, clear, active } = useUrlFilters(FILTERS);
  const [q, setQ] = useState(values.q);
  useEffect(() => setQ(values.q), [values.q]);
  const query = useQuery({
    queryKey: ['indicators', 'list', values, page, pageSize],
    queryFn: () => api<Page<Indicator>>('/indicators', { query: { ...values, page, pageSize } }),
    placeholderData: keepPreviousData,
  });
  return (
    <div className="page">
      <PageTitle title={t('ind.title')} />
      <Card size="small" className="filters">
        <Space wrap size={[12, 8]}>
          <Input.Search
            aria-label={t('ind.search')}
            placeholder={t('ind.search')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(v) => set({ q: v.trim() })}
            allowClear
            style={{ width: 280 }}
          />
          <AgencySelect
            placeholder={t('field.owner')}
            value={values.agency}
            onChange={(v) => set({ agency: v })}
            style={{ width: 240 }}
          />
          <Select
            aria-label={t('field.status')}
            placeholder={t('field.status')}
            allowClear
            value={values.status || undefined}
            onChange={(v) => set({ status: v ?? '' })}
            options={PROGRESS_STATUSES.map((s) => ({ value: s, label: tc('progress', s) }))}
            style={{ width: 190 }}
          />
          {active && (
            <Button type="link" onClick={clear}>
              {t('common.clearFilters')}
            </Button>
          )}
        </Space>
      </Card>
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Table<Indicator>
          data-testid="indicators-table"
          rowKey="id"
          loading={query.isFetching}
          dataSource={query.data?.items ?? []}
          scroll={{ x: 860 }}
          locale={{ emptyText: query.isPending ? ' ' : <EmptyState /> }}
          pagination={{
            current: page,
            pageSize,
            total: query.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (total, [from, to]) =>
              t('common.range', {
                from: formatNumber(from, lang),
                to: formatNumber(to, lang),
                total: formatNumber(total, lang),
              }),
            onChange: (p, ps) => set({ page: p === 1 ? null : p, pageSize: ps === 50 ? null : ps }),
          }}
          columns={[
            {
              title: t('field.indicator'),
              render: (_v, r) => (
                <>
                  <Link to={`/indicators/${r.id}`}>{r.name}</Link> <IllustrativeTag show={r.illustrative} />
                </>
              ),
            },
            { title: t('field.unit'), dataIndex: 'unit', width: 100 },
            { title: t('field.owner'), width: 180, render: (_v, r) => <AgencyLink agency={r.ownerAgency} /> },
            {
              title: t('field.target'),
              width: 160,
              render: (_v, r) =>
                r.progress.targetValue != null
                  ? `${formatValue(r.progress.targetValue, r.unit, lang)} (${r.progress.targetYear ?? ''})`
                  : '—',
            },
            {
              title: t('field.status'),
              width: 170,
              render: (_v, r) => <ProgressTag status={r.progress.status} colour={r.progress.colour} />,
            },
            {
              title: <abbr title={t('field.ratio')}>R</abbr>,
              width: 70,
              align: 'right',
              render: (_v, r) => formatNumber(r.progress.ratio, lang),
            },
          ]}
        />
      )}
    </div>
  );
}
